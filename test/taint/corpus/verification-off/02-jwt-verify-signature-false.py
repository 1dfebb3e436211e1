# case: vulnerable - a JWT decoded with the signature check switched off
import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})  # expect: jwt-verification-disabled

# case: safe - the signature check is on explicitly
import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True})  # sink

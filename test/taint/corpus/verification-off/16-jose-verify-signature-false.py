# case: vulnerable - python-jose decodes without checking the signature
from jose import jwt


def claims(token, key):
    return jwt.decode(token, key, options={"verify_signature": False})  # expect: jwt-verification-disabled

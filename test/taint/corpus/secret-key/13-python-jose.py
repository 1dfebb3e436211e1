# case: vulnerable - python-jose signs with a literal key
from jose import jwt


def issue(claims):
    return jwt.encode(claims, "jose-secret", algorithm="HS256")  # expect: hardcoded-secret-key

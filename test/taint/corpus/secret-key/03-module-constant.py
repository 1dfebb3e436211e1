# case: vulnerable - a module constant holding a literal key signs tokens
import jwt

SECRET = "a9f8e7d6c5b4"


def issue(claims):
    return jwt.encode(claims, SECRET, algorithm="HS256")  # expect: hardcoded-secret-key

# case: vulnerable - jwt.encode given a literal key by keyword
import jwt


def token(payload):
    return jwt.encode(payload, key="another-literal-key", algorithm="HS512")  # expect: hardcoded-secret-key

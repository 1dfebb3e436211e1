# case: vulnerable - a JWT checked with a key written in the source
import jwt


def read(token):
    return jwt.decode(token, "s3cr3t-signing-key", algorithms=["HS256"])  # expect: hardcoded-secret-key

# case: vulnerable - a JWT decoder that accepts the none algorithm
import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256", "none"])  # expect: jwt-verification-disabled

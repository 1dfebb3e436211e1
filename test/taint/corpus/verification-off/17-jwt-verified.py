# case: safe - the JWT is decoded with a key and a fixed algorithm list
import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"])  # sink

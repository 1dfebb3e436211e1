# case: safe - the verification key is read from a file
import jwt

with open("/etc/app/jwt.pub") as f:
    PUBLIC_KEY = f.read()


def verify(token):
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"])  # sink

# case: safe - an RSA private key read from disk signs the token
import jwt


def issue(claims, path="/run/secrets/jwt.pem"):
    with open(path) as f:
        key = f.read()
    return jwt.encode(claims, key, algorithm="RS256")  # sink

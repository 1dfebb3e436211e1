# case: safe - the key comes from the environment (with a fallback): not a literal passed as the key
import os

import jwt

KEY = os.environ.get("JWT_KEY", "dev-only")


def issue(claims):
    return jwt.encode(claims, KEY, algorithm="HS256")  # sink

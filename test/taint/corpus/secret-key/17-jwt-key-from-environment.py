# case: safe - the signing key comes from the environment
import os

import jwt


def issue(claims):
    return jwt.encode(claims, os.environ["JWT_SECRET"], algorithm="HS256")  # sink

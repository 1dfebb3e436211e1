# case: vulnerable - the branch that would read the environment cannot run: the key is the literal
import os

import jwt

KEY = "fallback-key" if True else os.environ["JWT_KEY"]


def issue(claims):
    return jwt.encode(claims, KEY, algorithm="HS256")  # expect: hardcoded-secret-key

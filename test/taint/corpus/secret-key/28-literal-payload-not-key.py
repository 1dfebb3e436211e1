# case: safe - the payload is literal, the key is not
import os

import jwt


def service_token():
    return jwt.encode({"sub": "reporting-service"}, os.environ["KEY"], algorithm="HS256")  # sink

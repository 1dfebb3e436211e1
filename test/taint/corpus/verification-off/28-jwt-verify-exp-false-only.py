# case: safe - only the expiry check is relaxed; the signature is still checked
import jwt


def claims(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_exp": False})  # sink

# case: safe - the key is a parameter; its origin is not in this code
import hashlib
import hmac


def sign(key, message):
    return hmac.new(key, message, hashlib.sha256).hexdigest()  # sink

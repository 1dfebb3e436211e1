# case: safe - an HMAC keyed with random bytes
import hashlib
import hmac
import secrets

KEY = secrets.token_bytes(32)


def sign(message):
    return hmac.new(KEY, message, hashlib.sha256).hexdigest()  # sink

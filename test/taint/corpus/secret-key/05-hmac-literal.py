# case: vulnerable - an HMAC keyed with bytes written in the source
import hashlib
import hmac


def sign(message):
    return hmac.new(b"webhook-key", message, hashlib.sha256).hexdigest()  # expect: hardcoded-secret-key

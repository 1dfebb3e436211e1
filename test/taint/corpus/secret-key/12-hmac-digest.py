# case: vulnerable - hmac.digest keyed with a literal
import hmac


def tag(msg):
    return hmac.digest(b"k3y", msg, "sha256")  # expect: hardcoded-secret-key

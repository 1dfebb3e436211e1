# case: vulnerable - an HMAC keyed by keyword with a module constant
import hmac

KEY = b"0123456789abcdef"


def mac(data):
    return hmac.new(key=KEY, msg=data, digestmod="sha256").digest()  # expect: hardcoded-secret-key

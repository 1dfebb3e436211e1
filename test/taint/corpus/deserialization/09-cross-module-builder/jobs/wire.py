import base64


def unwrap(payload):
    return base64.b64decode(payload.encode("ascii"))

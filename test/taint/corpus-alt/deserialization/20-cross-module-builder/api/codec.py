import base64


def unwrap(token):
    return base64.b64decode(token.encode("ascii"))

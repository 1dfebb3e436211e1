# case: safe - the token is decoded without a key argument; no key is written in the source
import jwt


def peek(token):
    return jwt.get_unverified_header(token)  # sink

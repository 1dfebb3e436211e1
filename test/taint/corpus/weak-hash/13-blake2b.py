# case: vulnerable - BLAKE2b is fast: not a password hash
import hashlib


def token_for(password):
    return hashlib.blake2b(password.encode(), digest_size=32).hexdigest()  # expect: weak-password-hash

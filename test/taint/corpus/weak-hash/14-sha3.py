# case: vulnerable - SHA3-256 is fast: not a password hash
import hashlib


def check(stored, password):
    return stored == hashlib.sha3_256(password.encode()).hexdigest()  # expect: weak-password-hash

# case: vulnerable - a password passed to a digest helper of another module
import hashlib


def digest(value):
    return hashlib.md5(value.encode()).hexdigest()  # expect: weak-password-hash

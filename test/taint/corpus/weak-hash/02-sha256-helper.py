# case: vulnerable - a helper stores passwords as a plain SHA-256
import hashlib


def hash_password(password):
    return hashlib.sha256(password.encode("utf-8")).hexdigest()  # expect: weak-password-hash

# case: safe - PBKDF2 with many iterations is a password hash
import hashlib
import os


def hash_password(password):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # sink

# case: safe - Argon2 is a password hash
from argon2 import PasswordHasher

ph = PasswordHasher()


def hash_password(password):
    return ph.hash(password)  # sink

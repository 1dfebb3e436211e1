# case: safe - passlib's pbkdf2_sha256 is a password hash
from passlib.hash import pbkdf2_sha256


def hash_password(password):
    return pbkdf2_sha256.hash(password)  # sink

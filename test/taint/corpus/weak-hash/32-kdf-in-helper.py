# case: safe - a helper derives the key with PBKDF2 before any fast hash
import hashlib


def derive(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 310_000)


def key_check(password, salt):
    return hashlib.sha256(derive(password, salt)).hexdigest()  # sink

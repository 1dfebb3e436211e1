# case: safe - only the length of the password is logged
import hashlib


def describe(password):
    return hashlib.md5(str(len(password)).encode()).hexdigest()  # sink

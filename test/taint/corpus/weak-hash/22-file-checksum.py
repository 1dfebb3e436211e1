# case: safe - SHA-256 of a file is not a password hash
import hashlib


def checksum(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()  # sink

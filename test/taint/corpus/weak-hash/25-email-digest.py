# case: safe - a SHA-256 of an email address is not a password hash
import hashlib


def gravatar(email):
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()  # sink

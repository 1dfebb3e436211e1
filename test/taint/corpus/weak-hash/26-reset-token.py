# case: safe - a random reset token is hashed, not a password
import hashlib
import secrets


def new_reset_token():
    password_reset_token = secrets.token_urlsafe(32)
    return hashlib.sha256(password_reset_token.encode()).hexdigest()  # sink

# case: vulnerable - a password fed to a SHA-256 object with update()
import hashlib


def fingerprint(username, password):
    h = hashlib.sha256()
    h.update(username.encode())
    h.update(password.encode())  # expect: weak-password-hash
    return h.hexdigest()

# case: vulnerable - a Fernet key written in the source
from cryptography.fernet import Fernet

box = Fernet(b"ZmRzYWZkc2FmZHNhZmRzYWZkc2FmZHNhZmRzYWZkc2E=")  # expect: hardcoded-secret-key


def seal(data):
    return box.encrypt(data)

# case: vulnerable - a module constant holding a literal Fernet key
from cryptography.fernet import Fernet

FERNET_KEY = b"c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI="


def decrypt(token):
    return Fernet(FERNET_KEY).decrypt(token)  # expect: hardcoded-secret-key

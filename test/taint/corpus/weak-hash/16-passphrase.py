# case: vulnerable - a passphrase hashed with MD5
import hashlib


def key_id(passphrase):
    return hashlib.md5(passphrase.encode()).hexdigest()[:8]  # expect: weak-password-hash

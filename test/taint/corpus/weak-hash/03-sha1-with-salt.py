# case: vulnerable - a salt does not make a fast hash a password hash
import hashlib
import os


def store(user, password):
    salt = os.urandom(8).hex()
    user.pw = salt + "$" + hashlib.sha1((salt + password).encode()).hexdigest()  # expect: weak-password-hash

# case: vulnerable - a password read with getpass hashed with SHA-512
import getpass
import hashlib

secret = getpass.getpass("Password: ")
print(hashlib.sha512(secret.encode()).hexdigest())  # expect: weak-password-hash

# case: vulnerable - the password attribute of a user object hashed with MD5
import hashlib


def migrate(user):
    user.password_digest = hashlib.md5(user.password.encode()).hexdigest()  # expect: weak-password-hash

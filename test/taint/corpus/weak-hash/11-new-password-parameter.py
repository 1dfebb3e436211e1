# case: vulnerable - a new_password parameter hashed with MD5
import hashlib


def change_password(user, new_password):
    user.hash = hashlib.md5(new_password.encode("utf-8")).hexdigest()  # expect: weak-password-hash

# case: safe - bcrypt is a password hash
import bcrypt


def hash_password(password):
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())  # sink

# case: safe - bcrypt.checkpw compares with a bcrypt hash
import bcrypt


def verify(password, stored):
    return bcrypt.checkpw(password.encode(), stored)  # sink

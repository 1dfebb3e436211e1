# case: safe - werkzeug's generate_password_hash uses a key-derivation function
from werkzeug.security import generate_password_hash


def store(user, password):
    user.pw = generate_password_hash(password)  # sink

# case: safe - Django's make_password uses a key-derivation function
from django.contrib.auth.hashers import make_password


def store(user, password):
    user.password = make_password(password)  # sink

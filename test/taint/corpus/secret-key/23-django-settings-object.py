# case: safe - the key is read from Django settings at run time
import jwt
from django.conf import settings


def issue(claims):
    return jwt.encode(claims, settings.SECRET_KEY, algorithm="HS256")  # sink

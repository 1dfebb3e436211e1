# case: safe - an MD5 of a user name (for a cache key) is not a password
import hashlib


def avatar_key(username):
    return hashlib.md5(username.lower().encode()).hexdigest()  # sink

# case: vulnerable - hashlib.new("md5") over a password
import hashlib


def legacy_hash(pwd):
    return hashlib.new("md5", pwd.encode()).hexdigest()  # expect: weak-password-hash

# case: vulnerable - a variable named passwd hashed with SHA-1
import hashlib
import sys

passwd = sys.stdin.readline().strip()
print(hashlib.sha1(passwd.encode()).hexdigest())  # expect: weak-password-hash

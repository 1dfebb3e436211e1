# case: safe - an unkeyed SHA-256 of a literal uses no key
import hashlib

VERSION_TAG = hashlib.sha256(b"release-2024").hexdigest()  # sink

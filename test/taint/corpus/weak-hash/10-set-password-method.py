# case: vulnerable - a model method hashes the raw password with SHA-1
import hashlib


class Account:
    def set_password(self, raw_password):
        self.password_hash = hashlib.sha1(raw_password.encode()).hexdigest()  # expect: weak-password-hash

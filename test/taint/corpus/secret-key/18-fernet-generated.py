# case: safe - a Fernet key generated at run time
from cryptography.fernet import Fernet

box = Fernet(Fernet.generate_key())  # sink

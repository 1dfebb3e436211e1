import os


def safe_name(value):
    return os.path.basename(value)

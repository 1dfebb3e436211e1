# case: safe - a script-level DEBUG constant outside any Django settings module
import sys

DEBUG = True  # sink


def log(msg):
    if DEBUG:
        print(msg, file=sys.stderr)

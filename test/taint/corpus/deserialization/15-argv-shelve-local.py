# case: vulnerable - a command-line argument names the shelf that shelve.open unpickles
import shelve
import sys

with shelve.open(sys.argv[1]) as db:  # expect: unsafe-deserialization-local
    print(list(db.keys()))

# case: vulnerable - data read from standard input is encoded to bytes and unpickled
import pickle
import sys

data = sys.stdin.read().encode("latin-1")
obj = pickle.loads(data)  # expect: unsafe-deserialization-local
print(obj)

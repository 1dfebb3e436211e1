# case: vulnerable - a command-line argument is base64-decoded and unpickled
import base64
import pickle
import sys

if __name__ == "__main__":
    job = pickle.loads(base64.b64decode(sys.argv[1]))  # expect: unsafe-deserialization-local
    print(job)

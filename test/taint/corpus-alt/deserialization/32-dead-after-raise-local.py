# case: safe - the argument is unpickled after a raise, so the code is never reached
import base64
import pickle
import sys


def main():
    token = sys.argv[1]
    raise SystemExit("pickled job tokens are no longer accepted")
    print(pickle.loads(base64.b64decode(token)))  # sink


if __name__ == "__main__":
    main()

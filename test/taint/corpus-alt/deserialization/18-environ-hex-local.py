# case: vulnerable - an environment variable is hex-decoded with bytes.fromhex and unpickled
import os
import pickle


def worker_state():
    raw = os.environ["WORKER_STATE"]
    return pickle.loads(bytes.fromhex(raw))  # expect: unsafe-deserialization-local


if __name__ == "__main__":
    print(worker_state())

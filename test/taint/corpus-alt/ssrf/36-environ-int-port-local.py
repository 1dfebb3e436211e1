# case: safe - the port from the environment is converted with int() before it is put into a localhost URL
import os

import requests


def check_local_server():
    port = int(os.environ.get("PORT", "8080"))
    return requests.get(f"http://127.0.0.1:{port}/healthz", timeout=2).ok  # sink


if __name__ == "__main__":
    print(check_local_server())

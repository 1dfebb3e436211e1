# case: vulnerable - a command-line argument is fetched as a URL
import sys

import requests


def main():
    resp = requests.get(sys.argv[1], timeout=10)  # expect: ssrf-local
    print(resp.status_code, len(resp.content))


if __name__ == "__main__":
    main()

# case: safe - main returns early unless the command-line mirror is one of MIRRORS
import sys

import requests

MIRRORS = ("https://pypi.org/simple/", "https://mirror.example.com/simple/")


def main():
    mirror = sys.argv[1]
    if mirror not in MIRRORS:
        print("unknown mirror")
        return 2
    print(requests.get(mirror, timeout=10).status_code)  # sink
    return 0


if __name__ == "__main__":
    sys.exit(main())

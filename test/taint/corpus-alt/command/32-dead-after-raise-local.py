# case: safe - the command comes after a raise, so the argument never reaches it
import os
import sys


def main():
    target = sys.argv[1]
    raise SystemExit("this tool has been retired")
    os.system("scp build.tar.gz " + target)  # sink


if __name__ == "__main__":
    main()

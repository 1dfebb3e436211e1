# case: vulnerable - a command-line argument is passed to os.system
import os
import sys


def main():
    target = sys.argv[1]
    os.system("make " + target)  # expect: command-injection-local


if __name__ == "__main__":
    main()

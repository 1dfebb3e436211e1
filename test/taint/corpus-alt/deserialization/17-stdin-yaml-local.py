# case: vulnerable - standard input is parsed with yaml.load and the full (unsafe) yaml.Loader
import sys

import yaml


def main():
    config = yaml.load(sys.stdin.read(), Loader=yaml.Loader)  # expect: unsafe-deserialization-local
    print(sorted(config))


if __name__ == "__main__":
    main()

# case: safe - standard input is parsed with yaml.safe_load
import sys

import yaml

if __name__ == "__main__":
    config = yaml.safe_load(sys.stdin.read())  # sink
    print(sorted(config))

# case: safe - YAML read from standard input is parsed with yaml.safe_load
import sys

import yaml

config = yaml.safe_load(sys.stdin.read())  # sink
print(config)

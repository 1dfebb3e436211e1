# case: safe - the command-line argument is passed through shlex.quote before os.system
import os
import shlex
import sys

if __name__ == "__main__":
    path = sys.argv[1]
    os.system("less " + shlex.quote(path))  # sink

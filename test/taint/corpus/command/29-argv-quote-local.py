# case: safe - the command-line argument is quoted with shlex.quote before the shell sees it
import os
import shlex
import sys

filename = sys.argv[1]
os.system("wc -l " + shlex.quote(filename))  # sink

# case: safe - a command-line argument escaped with re.escape
import re
import sys

print(re.findall(re.escape(sys.argv[1]), open("app.log").read()))  # sink

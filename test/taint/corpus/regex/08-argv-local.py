# case: vulnerable - a command-line argument compiled as a pattern
import re
import sys

rx = re.compile(sys.argv[1])  # expect: regex-injection-local
print([line for line in open("app.log") if rx.search(line)])

# case: vulnerable - a command-line argument is run with exec
import sys

if len(sys.argv) > 1:
    exec(sys.argv[1])  # expect: code-injection-local

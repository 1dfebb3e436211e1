# case: vulnerable - each line read from standard input is bound with := and compiled
import sys

while (line := sys.stdin.readline()):
    code = compile(line, "<stdin>", "eval")  # expect: code-injection-local
    print(code.co_names)

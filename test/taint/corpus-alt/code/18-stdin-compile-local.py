# case: vulnerable - a script read from standard input is compiled
import sys

if __name__ == "__main__":
    source = sys.stdin.read()
    code = compile(source, "<stdin>", "exec")  # expect: code-injection-local
    exec(code, {"__name__": "__main__"})

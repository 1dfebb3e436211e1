# case: vulnerable - a command-line argument is evaluated as an expression
import sys


def main():
    expression = sys.argv[1]
    print(eval(expression))  # expect: code-injection-local


if __name__ == "__main__":
    main()

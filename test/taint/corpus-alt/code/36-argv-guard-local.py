# case: safe - the command-line argument is evaluated only when it is one of AGGREGATES
import sys

AGGREGATES = ("sum", "max", "min")
DATA = [4, 8, 15, 16, 23, 42]

if __name__ == "__main__":
    name = sys.argv[1]
    if name in AGGREGATES:
        print(eval(name + "(DATA)"))  # sink

# case: vulnerable - input passed to a search helper of another module that compiles it
import re

LINES = ["alpha", "beta"]


def grep(expr):
    rx = re.compile(expr)  # expect: regex-injection
    return [l for l in LINES if rx.search(l)]

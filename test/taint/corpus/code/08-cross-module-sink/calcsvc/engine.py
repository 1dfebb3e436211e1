# case: vulnerable - a query value from calcsvc/views.py reaches eval in a helper of another module
def compute(expression):
    return eval(expression)  # expect: code-injection

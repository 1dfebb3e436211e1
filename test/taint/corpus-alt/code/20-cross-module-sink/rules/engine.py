# case: vulnerable - a view of another module passes a form field to this helper, which evaluates it
def matches(rule, record):
    return bool(eval(rule, {}, record))  # expect: code-injection

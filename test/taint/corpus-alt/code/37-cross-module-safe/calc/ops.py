# case: safe - the helper called from another module's view converts its parameter with int() before eval
def double(value):
    return eval(f"{int(value)} * 2")  # sink

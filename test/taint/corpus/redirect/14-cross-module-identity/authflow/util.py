def next_target(value):
    return value.strip()

import shlex


def quoted_path(value):
    return shlex.quote(value)

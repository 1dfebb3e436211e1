def hook_source(body):
    return "def hook(event):\n    " + body + "\n"

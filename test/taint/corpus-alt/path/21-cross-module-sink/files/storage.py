# case: vulnerable - a view of another module passes a route parameter to this helper, which opens it under ROOT
import os

ROOT = "/srv/storage"


def load(name):
    with open(os.path.join(ROOT, name), "rb") as fh:  # expect: path-injection
        return fh.read()

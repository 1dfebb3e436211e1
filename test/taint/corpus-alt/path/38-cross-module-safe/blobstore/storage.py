# case: safe - the helper called from another module's view passes the name through secure_filename
import os

from werkzeug.utils import secure_filename

ROOT = "/srv/storage"


def load(name):
    with open(os.path.join(ROOT, secure_filename(name)), "rb") as fh:  # sink
        return fh.read()

# case: vulnerable - a form value from media/views.py is the file name written by a helper of another module
import os


def save_upload(filename, data):
    path = os.path.join("/srv/media", filename)
    with open(path, "wb") as f:  # expect: path-injection
        f.write(data)

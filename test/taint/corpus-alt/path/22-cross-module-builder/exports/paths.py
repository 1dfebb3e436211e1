import os

EXPORT_ROOT = "/srv/exports"


def export_path(name):
    return os.path.join(EXPORT_ROOT, name + ".csv")

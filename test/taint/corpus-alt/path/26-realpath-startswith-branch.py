# case: safe - the file is opened only inside the branch where its resolved path starts with the base folder
import os

from django.http import HttpResponse, HttpResponseForbidden

BASE = "/srv/media"


def media(request, name):
    target = os.path.realpath(os.path.join(BASE, name))
    if target.startswith(BASE + os.sep):
        with open(target, "rb") as fh:  # sink
            return HttpResponse(fh.read())
    return HttpResponseForbidden()

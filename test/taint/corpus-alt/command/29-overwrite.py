# case: safe - the variable holding the input is overwritten with a constant before it is run
import os

from django.http import HttpResponse


def maintenance(request):
    command = request.GET.get("command", "")
    command = "/opt/app/bin/cleanup --dry-run"
    os.system(command)  # sink
    return HttpResponse("done")

# case: safe - the subprocess call follows a raise and never runs
import subprocess

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse


def run_task(request):
    task = request.POST.get("task", "")
    raise PermissionDenied("tasks are disabled")
    subprocess.run(task, shell=True)  # sink
    return HttpResponse("ok")

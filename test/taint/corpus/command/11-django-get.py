# case: vulnerable - a Django GET parameter reaches subprocess.run with shell=True
import subprocess

from django.http import HttpResponse


def disk_usage(request):
    path = request.GET.get("path", "/srv")
    result = subprocess.run("du -sh " + path, shell=True, capture_output=True)  # expect: command-injection
    return HttpResponse(result.stdout)

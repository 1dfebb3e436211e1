# case: vulnerable - a Django POST field goes through a command builder of another module into os.system
import os

from django.http import HttpResponse

from webapp.commands import archive_command


def export(request):
    code = os.system(archive_command(request.POST["name"]))  # expect: command-injection
    return HttpResponse(status=200 if code == 0 else 500)

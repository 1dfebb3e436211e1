# case: vulnerable - a Django GET parameter goes through a path builder of another module into open
from django.http import HttpResponse

from exports.paths import export_path


def write_export(request):
    with open(export_path(request.GET["name"]), "w") as fh:  # expect: path-injection
        fh.write("id,total\n")
    return HttpResponse("written")

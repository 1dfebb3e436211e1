# case: vulnerable - a Django view's URL parameter is put into the folder removed with shutil.rmtree
import shutil

from django.http import HttpResponse


def delete_project(request, project):
    shutil.rmtree(f"/srv/projects/{project}")  # expect: path-injection
    return HttpResponse(status=204)

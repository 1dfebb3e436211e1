# case: vulnerable - a Django GET parameter is joined to the media root and listed with os.listdir
import os

from django.http import JsonResponse

MEDIA_ROOT = "/srv/media"


def browse(request):
    folder = request.GET.get("dir", "")
    entries = os.listdir(os.path.join(MEDIA_ROOT, folder))  # expect: path-injection
    return JsonResponse({"entries": sorted(entries)})

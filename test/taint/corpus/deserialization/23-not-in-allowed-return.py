# case: safe - the view returns early unless the shelf name is in the allow-list
import shelve

from django.http import HttpResponseBadRequest, JsonResponse

SHELVES = ("cache", "sessions")


def shelf_keys(request):
    name = request.GET.get("name", "")
    if name not in SHELVES:
        return HttpResponseBadRequest("unknown shelf")
    with shelve.open("/srv/shelves/" + name) as db:  # sink
        return JsonResponse({"keys": list(db.keys())})

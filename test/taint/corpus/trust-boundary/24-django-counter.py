# case: safe - a counter kept in the Django session is incremented
from django.http import HttpResponse


def hits(request):
    request.GET.get("x")
    request.session["count"] = request.session.get("count", 0) + 1  # sink
    return HttpResponse("ok")

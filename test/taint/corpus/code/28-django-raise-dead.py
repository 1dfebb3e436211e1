# case: safe - the exec call follows a raise and never runs
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse


def run_snippet(request):
    snippet = request.POST.get("snippet", "")
    raise PermissionDenied("snippets are disabled")
    exec(snippet)  # sink
    return HttpResponse("ok")

# case: vulnerable - a Django POST parameter is run with exec
from django.http import HttpResponse


def run_snippet(request):
    snippet = request.POST.get("snippet", "")
    scope = {}
    exec(snippet, scope)  # expect: code-injection
    return HttpResponse(str(scope.get("result")))

# case: safe - Django render() takes a template name and a context
from django.shortcuts import render


def search(request):
    return render(request, "search.html", {"q": request.GET.get("q", "")})  # sink

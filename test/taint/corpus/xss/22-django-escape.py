# case: safe - django.utils.html.escape escapes the GET parameter
from django.http import HttpResponse
from django.utils.html import escape


def search(request):
    return HttpResponse("<h2>" + escape(request.GET.get("q", "")) + "</h2>")  # sink

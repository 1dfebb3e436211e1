# case: safe - format_html escapes the values it formats
from django.http import HttpResponse
from django.utils.html import format_html


def show(request):
    return HttpResponse(format_html("<p>{}</p>", request.GET["q"]))  # sink

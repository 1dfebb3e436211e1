# case: vulnerable - a Django view compiles a GET parameter
import re

from django.http import HttpResponse


def grep(request):
    rx = re.compile(request.GET["rx"], re.IGNORECASE)  # expect: regex-injection
    return HttpResponse(str(bool(rx.search("Hello"))))

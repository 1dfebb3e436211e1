# case: safe - the response is sent as text/plain, which a browser does not render as HTML
from django.http import HttpResponse


def echo(request):
    return HttpResponse("You said: " + request.GET["msg"], content_type="text/plain")  # sink

# case: vulnerable - a permanent redirect to a GET parameter
from django.http import HttpResponsePermanentRedirect


def moved(request):
    return HttpResponsePermanentRedirect(request.GET["new"])  # expect: open-redirect

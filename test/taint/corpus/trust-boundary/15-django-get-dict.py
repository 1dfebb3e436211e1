# case: vulnerable - all GET parameters stored in the Django session
from django.http import HttpResponse


def save_filters(request):
    request.session["filters"] = dict(request.GET)  # expect: trust-boundary-violation
    return HttpResponse("ok")

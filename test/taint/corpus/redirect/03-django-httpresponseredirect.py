# case: vulnerable - a GET parameter is the Location of an HttpResponseRedirect
from django.http import HttpResponseRedirect


def after_login(request):
    return HttpResponseRedirect(request.GET["next"])  # expect: open-redirect

# case: vulnerable - a Django HttpResponse given a headers dict holding input
from django.http import HttpResponse


def tagged(request):
    return HttpResponse("ok", headers={"X-Tag": request.GET["tag"]})  # expect: header-injection

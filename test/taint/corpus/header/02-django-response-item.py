# case: vulnerable - a GET parameter set as a header of a Django HttpResponse
from django.http import HttpResponse


def frame(request):
    response = HttpResponse("ok")
    response["X-Frame-Label"] = request.GET["label"]  # expect: header-injection
    return response

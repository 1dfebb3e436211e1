# case: vulnerable - a Django response cookie without secure
from django.http import HttpResponse


def view(request):
    response = HttpResponse("ok")
    response.set_cookie("token", "abc", httponly=True)  # expect: insecure-cookie
    return response

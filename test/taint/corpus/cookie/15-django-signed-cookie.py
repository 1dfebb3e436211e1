# case: vulnerable - a Django signed cookie without the flags
from django.http import HttpResponse


def view(request):
    response = HttpResponse("ok")
    response.set_signed_cookie("cart", "1,2,3")  # expect: insecure-cookie
    return response

# case: vulnerable - a POST field stored in the Django session
from django.http import HttpResponse


def add_to_cart(request):
    request.session["cart"] = request.POST["cart"]  # expect: trust-boundary-violation
    return HttpResponse("added")

# case: vulnerable - a Django cookie goes through a decoder of another module into pickle.loads
import pickle

from django.http import JsonResponse

from api.codec import unwrap


def cart(request):
    items = pickle.loads(unwrap(request.COOKIES["cart"]))  # expect: unsafe-deserialization
    return JsonResponse({"items": items})

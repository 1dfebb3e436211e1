# case: vulnerable - a Django POST field is evaluated to build a filter
from django.http import JsonResponse

from shop.models import Product


def product_search(request):
    criteria = eval(request.POST.get("criteria", "{}"))  # expect: code-injection
    names = list(Product.objects.filter(**criteria).values_list("name", flat=True))
    return JsonResponse({"products": names})

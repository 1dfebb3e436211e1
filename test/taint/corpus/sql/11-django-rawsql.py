# case: vulnerable - a Django URL parameter is formatted into RawSQL
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from shop.models import Product


def ranked(request, field):
    expr = RawSQL("SELECT COUNT(*) FROM shop_review WHERE %s > 3" % field, [])  # expect: sql-injection
    rows = Product.objects.annotate(score=expr).values("id", "score")
    return JsonResponse({"products": list(rows)})

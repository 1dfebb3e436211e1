# case: vulnerable - a Django GET parameter is %-formatted into a where clause of QuerySet.extra
from django.http import JsonResponse

from news.models import Article


def articles(request):
    category = request.GET.get("category", "general")
    qs = Article.objects.extra(where=["category = '%s'" % category])  # expect: sql-injection
    return JsonResponse({"count": qs.count()})

# case: safe - JsonResponse is JSON, not HTML
from django.http import JsonResponse


def api(request):
    return JsonResponse({"q": request.GET.get("q", "")})  # sink

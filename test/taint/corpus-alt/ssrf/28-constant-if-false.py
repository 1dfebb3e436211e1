# case: safe - the assignment of the input is under if 1 > 2, which never runs; the URL stays constant
import requests
from django.http import JsonResponse


def exchange_rates(request):
    url = "https://rates.example.com/latest"
    if 1 > 2:
        url = request.GET["source"]
    return JsonResponse(requests.get(url, timeout=5).json())  # sink

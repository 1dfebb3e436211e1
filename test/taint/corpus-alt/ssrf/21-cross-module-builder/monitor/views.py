# case: vulnerable - a Django GET parameter goes through a URL builder of another module into requests.get
import requests
from django.http import JsonResponse

from monitor.urls import status_url


def status(request):
    resp = requests.get(status_url(request.GET["host"]), timeout=5)  # expect: ssrf
    return JsonResponse({"up": resp.ok})

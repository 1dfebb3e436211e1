# case: vulnerable - a Django GET parameter is the URL fetched by requests.get
import requests

from django.http import HttpResponse


def fetch_page(request):
    url = request.GET["url"]
    return HttpResponse(requests.get(url, timeout=5).text)  # expect: ssrf

# case: vulnerable - a Django GET parameter is fetched with requests.get
import requests
from django.http import HttpResponse


def proxy_image(request):
    image_url = request.GET.get("src", "")
    resp = requests.get(image_url, timeout=10)  # expect: ssrf
    return HttpResponse(resp.content, content_type=resp.headers.get("Content-Type"))

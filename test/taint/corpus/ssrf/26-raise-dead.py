# case: safe - the urlopen call follows a raise and never runs
import urllib.request

from django.http import Http404


def mirror(request):
    url = request.GET.get("url", "")
    raise Http404("mirroring is disabled")
    urllib.request.urlopen(url)  # sink

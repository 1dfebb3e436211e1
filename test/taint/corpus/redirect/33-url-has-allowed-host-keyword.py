# case: safe - a helper returns the target only when url_has_allowed_host_and_scheme(url=...) accepts it
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def valid_next_url(request):
    next_url = request.POST.get("next") or request.GET.get("next")
    if not next_url or not url_has_allowed_host_and_scheme(url=next_url, allowed_hosts={request.get_host()}):
        return ""
    return next_url


def after_save(request):
    target = valid_next_url(request) or "/"
    return HttpResponseRedirect(target)  # sink

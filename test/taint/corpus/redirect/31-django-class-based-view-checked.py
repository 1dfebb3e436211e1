# case: safe - a class-based view checks the target with url_has_allowed_host_and_scheme
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View


class Done(View):
    def get(self, request):
        nxt = request.GET.get("next", "/")
        if url_has_allowed_host_and_scheme(nxt, allowed_hosts=None):
            return HttpResponseRedirect(nxt)  # sink
        return HttpResponseRedirect("/")

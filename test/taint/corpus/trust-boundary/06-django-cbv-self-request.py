# case: vulnerable - a class-based view stores a GET parameter in self.request.session
from django.http import HttpResponse
from django.views import View


class FilterView(View):
    def get(self, request):
        self.request.session["filter"] = self.request.GET["filter"]  # expect: trust-boundary-violation
        return HttpResponse("ok")

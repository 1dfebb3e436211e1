# case: vulnerable - a class-based view sets a header from a GET parameter
from django.http import HttpResponse
from django.views import View


class ExportView(View):
    def get(self, request):
        response = HttpResponse("a,b")
        response["Content-Disposition"] = "attachment; filename=%s" % request.GET["f"]  # expect: header-injection
        return response

# case: vulnerable - a class-based view compiles a GET parameter as a template
from django.http import HttpResponse
from django.template import Context, Template
from django.views import View


class PreviewView(View):
    def get(self, request):
        tpl = Template("<p>" + request.GET["p"] + "</p>")  # expect: template-injection
        return HttpResponse(tpl.render(Context()))

# case: vulnerable - a POST field becomes a Django Template source
from django.http import HttpResponse
from django.template import Context, Template


def render_custom(request):
    tpl = Template(request.POST["tpl"])  # expect: template-injection
    return HttpResponse(tpl.render(Context({})))

# case: vulnerable - a Django GET parameter is the file name opened by codecs.open
import codecs

from django.http import HttpResponse


def template_source(request):
    name = request.GET.get("template", "index.html")
    with codecs.open("/srv/templates/" + name, encoding="utf-8") as f:  # expect: path-injection
        return HttpResponse(f.read(), content_type="text/plain")

# case: vulnerable - a Django view parses the body with an lxml parser that resolves entities
from django.http import HttpResponse
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=True)


def soap(request):
    envelope = etree.fromstring(request.body, PARSER)  # expect: xxe
    return HttpResponse(envelope.tag)

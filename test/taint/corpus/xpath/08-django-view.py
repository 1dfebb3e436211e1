# case: vulnerable - a Django view puts a GET parameter into an lxml xpath()
from django.http import HttpResponse
from lxml import etree

tree = etree.parse("accounts.xml")


def account(request):
    acct = request.GET["acct"]
    return HttpResponse(str(tree.xpath("//account[number='" + acct + "']/balance/text()")))  # expect: xpath-injection

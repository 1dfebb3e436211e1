# case: vulnerable - an aiohttp handler puts a query parameter into xpath()
from aiohttp import web
from lxml import etree

tree = etree.parse("hosts.xml")


async def host(request):
    h = request.query["h"]
    return web.json_response(tree.xpath("//host[@name='" + h + "']/@ip"))  # expect: xpath-injection

# case: vulnerable - an aiohttp handler parses the body with entity resolution on
from aiohttp import web
from lxml import etree


async def handle(request):
    body = await request.read()
    doc = etree.fromstring(body, etree.XMLParser(resolve_entities=True))  # expect: xxe
    return web.Response(text=doc.tag)

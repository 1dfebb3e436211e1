# case: vulnerable - an aiohttp handler returns query input as text/html
from aiohttp import web


async def hello(request):
    name = request.query.get("name", "")
    return web.Response(text="<b>" + name + "</b>", content_type="text/html")  # expect: reflected-xss

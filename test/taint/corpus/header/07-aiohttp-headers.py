# case: vulnerable - an aiohttp response with a header from the query
from aiohttp import web


async def handle(request):
    return web.Response(text="ok", headers={"X-User": request.query["u"]})  # expect: header-injection

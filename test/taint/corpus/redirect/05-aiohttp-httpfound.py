# case: vulnerable - an aiohttp handler raises HTTPFound to a query parameter
from aiohttp import web


async def out(request):
    raise web.HTTPFound(request.query["to"])  # expect: open-redirect

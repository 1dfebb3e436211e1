# case: safe - the target is built from the application router
from aiohttp import web


async def legacy(request):
    raise web.HTTPFound(request.app.router["index"].url_for())  # sink

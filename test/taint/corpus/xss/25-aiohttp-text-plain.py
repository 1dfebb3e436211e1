# case: safe - aiohttp's text= answers text/plain by default
from aiohttp import web


async def echo(request):
    return web.Response(text="echo: " + request.query.get("m", ""))  # sink

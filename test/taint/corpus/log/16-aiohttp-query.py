# case: vulnerable - an aiohttp handler logs a query parameter
import logging

from aiohttp import web

logger = logging.getLogger("api")


async def handle(request):
    logger.info("path requested: " + request.query.get("p", ""))  # expect: log-injection
    return web.Response(text="ok")

# case: safe - an aiohttp Application without debug mode
from aiohttp import web

app = web.Application()  # sink

# case: vulnerable - an aiohttp Application in debug mode
from aiohttp import web

app = web.Application(debug=True)  # expect: aiohttp-debug-mode

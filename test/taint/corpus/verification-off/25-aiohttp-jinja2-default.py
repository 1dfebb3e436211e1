# case: safe - aiohttp_jinja2 escapes by default
import aiohttp_jinja2
import jinja2
from aiohttp import web

app = web.Application()
aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"))  # sink

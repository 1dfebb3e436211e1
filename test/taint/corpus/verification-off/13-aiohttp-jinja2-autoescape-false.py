# case: vulnerable - aiohttp_jinja2 set up with autoescaping off
import aiohttp_jinja2
import jinja2
from aiohttp import web

app = web.Application()
aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader("templates"), autoescape=False)  # expect: template-autoescape-disabled

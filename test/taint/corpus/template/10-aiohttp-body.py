# case: vulnerable - an aiohttp handler compiles the request body as a template
import jinja2
from aiohttp import web


async def render(request):
    source = await request.text()
    tpl = jinja2.Template(source)  # expect: template-injection
    return web.Response(text=tpl.render())

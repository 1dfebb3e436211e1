# case: vulnerable - an aiohttp response cookie without secure or httponly
from aiohttp import web


async def login(request):
    resp = web.Response(text="ok")
    resp.set_cookie("sid", "abc123")  # expect: insecure-cookie
    return resp

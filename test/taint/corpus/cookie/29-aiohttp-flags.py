# case: safe - an aiohttp cookie with both flags
from aiohttp import web


async def login(request):
    resp = web.Response(text="ok")
    resp.set_cookie("sid", "abc123", secure=True, httponly=True)  # sink
    return resp

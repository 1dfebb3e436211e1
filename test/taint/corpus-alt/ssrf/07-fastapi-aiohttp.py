# case: vulnerable - a FastAPI query parameter is fetched with an aiohttp ClientSession
import aiohttp
from fastapi import FastAPI

app = FastAPI()


@app.get("/proxy")
async def proxy(target: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(target) as resp:  # expect: ssrf
            return {"status": resp.status, "body": await resp.text()}

# case: vulnerable - a FastAPI parameter is the URL fetched through an aiohttp ClientSession
import aiohttp

from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch")
async def fetch(url: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # expect: ssrf
            return {"status": resp.status}

# case: vulnerable - a FastAPI query parameter is run by asyncio.create_subprocess_shell
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.get("/lookup")
async def lookup(name: str):
    proc = await asyncio.create_subprocess_shell("nslookup " + name)  # expect: command-injection
    await proc.wait()
    return {"status": proc.returncode}

# case: safe - the URL is fetched only inside the branch where its netloc is one of ALLOWED_HOSTS
from urllib.parse import urlparse

import httpx
from fastapi import FastAPI, HTTPException

app = FastAPI()

ALLOWED_HOSTS = ("hooks.slack.com", "discord.com")


@app.post("/notify")
def notify(url: str):
    if urlparse(url).netloc in ALLOWED_HOSTS:
        return {"status": httpx.post(url, json={"text": "hi"}).status_code}  # sink
    raise HTTPException(status_code=400, detail="host not allowed")

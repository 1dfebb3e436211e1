# case: vulnerable - a FastAPI query parameter is fetched with httpx.get
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/fetch")
def fetch(url: str):
    resp = httpx.get(url, timeout=5.0)  # expect: ssrf
    return {"status": resp.status_code}

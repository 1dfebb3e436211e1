# case: vulnerable - a FastAPI str parameter compiled as a pattern
import re

from fastapi import FastAPI

app = FastAPI()


@app.get("/match")
def match(pattern: str):
    return {"ok": re.compile(pattern).match("abc") is not None}  # expect: regex-injection

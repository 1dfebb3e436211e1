# case: safe - a FastAPI parameter typed int in a quantifier
import re

from fastapi import FastAPI

app = FastAPI()


@app.get("/pin/{length}")
def pin(length: int, value: str = ""):
    return {"ok": re.fullmatch("[0-9]{%d}" % length, value) is not None}  # sink

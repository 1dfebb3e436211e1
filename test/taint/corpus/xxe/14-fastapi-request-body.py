# case: vulnerable - a FastAPI handler parses the raw body with entity resolution on
from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/xml")
async def xml(request: Request):
    body = await request.body()
    return {"tag": etree.fromstring(body, etree.XMLParser(resolve_entities=True)).tag}  # expect: xxe

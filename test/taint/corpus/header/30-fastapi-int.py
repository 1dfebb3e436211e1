# case: safe - a FastAPI parameter typed int as a header value
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/page/{n}")
def page(n: int):
    return Response("ok", headers={"X-Page": str(n)})  # sink

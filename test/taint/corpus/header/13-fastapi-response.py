# case: vulnerable - a FastAPI str parameter as a header of a Response
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/h")
def h(tag: str):
    return Response("ok", headers={"X-Tag": tag})  # expect: header-injection

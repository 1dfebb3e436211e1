# case: vulnerable - a FastAPI response cookie without flags
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response):
    response.set_cookie(key="session", value="abc")  # expect: insecure-cookie
    return {"ok": True}

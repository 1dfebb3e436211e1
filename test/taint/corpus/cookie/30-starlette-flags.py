# case: safe - a FastAPI response cookie with both flags
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response):
    response.set_cookie(key="session", value="abc", secure=True, httponly=True)  # sink
    return {"ok": True}

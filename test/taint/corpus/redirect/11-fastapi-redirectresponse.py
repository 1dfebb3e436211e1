# case: vulnerable - a FastAPI str parameter is the target of a RedirectResponse
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/continue")
def cont(next_url: str):
    return RedirectResponse(url=next_url)  # expect: open-redirect

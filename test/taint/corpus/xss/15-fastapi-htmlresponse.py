# case: vulnerable - a FastAPI str parameter rendered into an HTMLResponse
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/items")
def items(q: str = ""):
    return HTMLResponse(content=f"<h1>Items matching {q}</h1>")  # expect: reflected-xss

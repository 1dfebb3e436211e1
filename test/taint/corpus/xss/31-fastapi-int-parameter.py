# case: safe - a FastAPI parameter typed int cannot hold markup
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/items/{item_id}")
def item(item_id: int):
    return HTMLResponse(f"<p>Item {item_id}</p>")  # sink

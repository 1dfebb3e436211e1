# case: vulnerable - a FastAPI path parameter names the file written with Path.write_text
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()


@app.put("/notes/{name}")
def save_note(name: str, body: str):
    Path(f"/srv/notes/{name}.txt").write_text(body)  # expect: path-injection
    return {"saved": name}

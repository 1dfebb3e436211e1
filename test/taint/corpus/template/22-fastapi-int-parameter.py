# case: safe - an int parameter cannot hold template syntax
import jinja2
from fastapi import FastAPI

app = FastAPI()


@app.get("/repeat/{times}")
def repeat(times: int):
    return {"out": jinja2.Template("x" * times).render()}  # sink

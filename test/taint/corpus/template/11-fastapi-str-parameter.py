# case: vulnerable - a FastAPI str parameter becomes the template source
import jinja2
from fastapi import FastAPI

app = FastAPI()


@app.get("/greet")
def greet(greeting: str):
    return {"html": jinja2.Template(greeting).render(user="x")}  # expect: template-injection

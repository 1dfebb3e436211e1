# case: vulnerable - a FastAPI query parameter is evaluated
from fastapi import FastAPI

app = FastAPI()


@app.get("/compute")
def compute(expression: str):
    return {"value": eval(expression)}  # expect: code-injection

# case: vulnerable - a FastAPI query parameter is evaluated with eval
from fastapi import FastAPI

app = FastAPI()


@app.get("/eval")
def evaluate(expression: str):
    return {"value": eval(expression)}  # expect: code-injection

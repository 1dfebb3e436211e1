from fastapi import FastAPI

from calc.ops import double

app = FastAPI()


@app.get("/double")
def double_view(n: str):
    return {"value": double(n)}

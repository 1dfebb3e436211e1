# case: safe - the eval comes after a return, so the code is never reached
from fastapi import FastAPI

app = FastAPI()


@app.get("/legacy/eval")
def legacy_eval(expr: str):
    return {"error": "this endpoint has been removed"}
    return {"value": eval(expr)}  # sink

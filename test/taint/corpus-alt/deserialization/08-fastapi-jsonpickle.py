# case: vulnerable - a FastAPI query parameter is decoded with jsonpickle
import jsonpickle
from fastapi import FastAPI

app = FastAPI()


@app.post("/restore")
def restore(state: str):
    obj = jsonpickle.decode(state)  # expect: unsafe-deserialization
    return {"type": type(obj).__name__}

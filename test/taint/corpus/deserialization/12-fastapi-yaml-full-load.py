# case: vulnerable - a FastAPI parameter is parsed with yaml.full_load
import yaml

from fastapi import FastAPI

app = FastAPI()


@app.post("/validate")
def validate(document: str):
    data = yaml.full_load(document)  # expect: unsafe-deserialization
    return {"valid": data is not None}

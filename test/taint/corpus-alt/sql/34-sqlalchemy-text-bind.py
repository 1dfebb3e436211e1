# case: safe - sqlalchemy.text gets a constant query with a :sku bind parameter; the input is a bound value
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///items.db")


@app.get("/items/{sku}")
def item(sku: str):
    stmt = text("SELECT id, name FROM items WHERE sku = :sku")  # sink
    with engine.connect() as conn:
        row = conn.execute(stmt, {"sku": sku}).first()
    return dict(row._mapping) if row else {}

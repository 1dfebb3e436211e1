# case: vulnerable - a FastAPI query parameter is put into the ORDER BY of sqlalchemy.text
from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///items.db")


@app.get("/items")
def items(sort: str = "name"):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, name FROM items ORDER BY {sort}")).fetchall()  # expect: sql-injection
    return [dict(r._mapping) for r in rows]

# case: vulnerable - a FastAPI query parameter is formatted into the script of executescript
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.post("/archive")
def archive(year: str):
    cur = sqlite3.connect("app.db").cursor()
    cur.executescript("DELETE FROM logs WHERE year = {};".format(year))  # expect: sql-injection
    return {"archived": year}

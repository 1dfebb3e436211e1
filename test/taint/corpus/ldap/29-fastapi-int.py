# case: safe - a FastAPI parameter typed int in the filter
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()


@app.get("/employee/{number}")
def employee(number: int):
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", "(employeeNumber=%d)" % number)  # sink
    return {"n": len(conn.entries)}

# case: vulnerable - a FastAPI str parameter in an ldap3 filter
from fastapi import FastAPI
from ldap3 import Connection, Server

app = FastAPI()


@app.get("/members")
def members(team: str):
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", "(team=" + team + ")")  # expect: ldap-injection
    return {"n": len(conn.entries)}

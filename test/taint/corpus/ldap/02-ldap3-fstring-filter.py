# case: vulnerable - an ldap3 search filter formatted from a query parameter
from ldap3 import Connection, Server
from flask import Flask, request

app = Flask(__name__)
server = Server("ldap.example.com")
BASE = "dc=example,dc=com"


@app.route("/find")
def find():
    conn = Connection(server, auto_bind=True)
    cn = request.args["cn"]
    conn.search(BASE, f"(cn={cn})")  # expect: ldap-injection
    return str(conn.entries)

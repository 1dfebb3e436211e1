# case: safe - the input names the attributes to return, not the filter or the DN
from ldap3 import Connection, Server
from flask import Flask, request

app = Flask(__name__)
server = Server("ldap.example.com")
BASE = "dc=example,dc=com"


@app.route("/attrs")
def attrs():
    conn = Connection(server, auto_bind=True)
    conn.search(BASE, "(objectClass=person)", attributes=[request.args["attr"]])  # sink
    return str(conn.entries)

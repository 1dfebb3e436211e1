# case: vulnerable - the ldap3 search base is a query parameter
from ldap3 import Connection, Server
from flask import Flask, request

app = Flask(__name__)
server = Server("ldap.example.com")
BASE = "dc=example,dc=com"


@app.route("/ou")
def ou():
    conn = Connection(server, auto_bind=True)
    conn.search(request.args["ou"], "(objectClass=person)")  # expect: ldap-injection
    return str(conn.entries)

# case: vulnerable - ldap3 search_filter given by keyword, built from JSON input
from ldap3 import Connection, Server
from flask import Flask, request

app = Flask(__name__)
server = Server("ldap.example.com")
BASE = "dc=example,dc=com"


@app.route("/api/find", methods=["POST"])
def api_find():
    conn = Connection(server, auto_bind=True)
    conn.search(search_base=BASE, search_filter="(mail=%s)" % request.json["mail"])  # expect: ldap-injection
    return {"n": len(conn.entries)}

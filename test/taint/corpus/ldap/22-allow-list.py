# case: safe - the attribute value must be one of the allowed constants
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"

DEPARTMENTS = ("sales", "support", "engineering")


@app.route("/dept")
def dept():
    conn = ldap.initialize("ldap://ldap.example.com")
    d = request.args["d"]
    if d not in DEPARTMENTS:
        return "unknown", 400
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(department=" + d + ")"))  # sink

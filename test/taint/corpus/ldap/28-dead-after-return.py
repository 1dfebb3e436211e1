# case: safe - the search with input comes after return and never runs
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/off")
def off():
    return "directory search is disabled"
    conn = ldap.initialize("ldap://ldap.example.com")
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + request.args["u"] + ")"))  # sink

# case: safe - the input is overwritten with a constant before the search
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/me")
def me():
    conn = ldap.initialize("ldap://ldap.example.com")
    uid = request.args.get("uid", "")
    uid = "service"
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))  # sink

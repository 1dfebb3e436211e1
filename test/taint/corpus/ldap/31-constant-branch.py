# case: safe - the branch that would take the input cannot run
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/c")
def c():
    conn = ldap.initialize("ldap://ldap.example.com")
    flt = "(objectClass=person)" if 1 > 0 else request.args["f"]
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt))  # sink

# case: safe - only a number from the input reaches the filter
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/uidnumber")
def uidnumber():
    conn = ldap.initialize("ldap://ldap.example.com")
    n = int(request.args["n"])
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uidNumber=%d)" % n))  # sink

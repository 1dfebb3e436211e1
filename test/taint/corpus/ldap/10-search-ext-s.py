# case: vulnerable - search_ext_s with a filter built from input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/group")
def group():
    conn = ldap.initialize("ldap://ldap.example.com")
    g = request.args["group"]
    return str(conn.search_ext_s(BASE, ldap.SCOPE_SUBTREE, "(memberOf=cn=" + g + ")"))  # expect: ldap-injection

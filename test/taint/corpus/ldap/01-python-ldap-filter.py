# case: vulnerable - a query parameter concatenated into a python-ldap search filter
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/user")
def user():
    conn = ldap.initialize("ldap://ldap.example.com")
    name = request.args["name"]
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + name + ")"))  # expect: ldap-injection

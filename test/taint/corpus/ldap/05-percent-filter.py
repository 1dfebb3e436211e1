# case: vulnerable - a filter formatted with % from form input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/mail", methods=["POST"])
def mail():
    conn = ldap.initialize("ldap://ldap.example.com")
    flt = "(mail=%s)" % request.form["mail"]
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt))  # expect: ldap-injection

# case: vulnerable - str.format builds the filter from input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/phone")
def phone():
    conn = ldap.initialize("ldap://ldap.example.com")
    flt = "(telephoneNumber={})".format(request.args["tel"])
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, flt))  # expect: ldap-injection

# case: vulnerable - the search base DN is built from input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/entry")
def entry():
    conn = ldap.initialize("ldap://ldap.example.com")
    uid = request.args["uid"]
    return str(conn.search_s("uid=" + uid + "," + BASE, ldap.SCOPE_BASE))  # expect: ldap-injection

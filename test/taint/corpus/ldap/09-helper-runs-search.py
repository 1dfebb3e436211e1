# case: vulnerable - a helper searches with its parameter; the view passes input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


def find_user(conn, name):
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % name)  # expect: ldap-injection


@app.route("/u")
def u():
    conn = ldap.initialize("ldap://ldap.example.com")
    return str(find_user(conn, request.args["name"]))

# case: vulnerable - the asynchronous python-ldap search with a filter from input
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/start")
def start():
    conn = ldap.initialize("ldap://ldap.example.com")
    msgid = conn.search(BASE, ldap.SCOPE_SUBTREE, "(sn=" + request.args["sn"] + ")")  # expect: ldap-injection
    return str(conn.result(msgid))

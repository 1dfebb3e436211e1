# case: safe - the value must fully match a pattern of safe characters
import re

import ldap

from flask import Flask, request

app = Flask(__name__)


@app.route("/check")
def check():
    uid = request.args["uid"]
    if not re.fullmatch(r"[a-z0-9_]{1,32}", uid):
        return "bad uid", 400
    conn = ldap.initialize("ldap://ldap.example.com")
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % uid))  # sink

# case: safe - the view refuses anything but letters and digits
import ldap

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/login-name")
def login_name():
    name = request.args["name"]
    if not name.isalnum():
        abort(400)
    conn = ldap.initialize("ldap://ldap.example.com")
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + name + ")"))  # sink

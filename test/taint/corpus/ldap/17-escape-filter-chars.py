# case: safe - escape_filter_chars neutralises the filter syntax in the input
import ldap
from ldap.filter import escape_filter_chars

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    conn = ldap.initialize("ldap://ldap.example.com")
    name = escape_filter_chars(request.args["name"])
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + name + ")"))  # sink

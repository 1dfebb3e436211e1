# case: vulnerable - one value is escaped, the other goes into the filter raw
import ldap
from ldap.filter import escape_filter_chars

from flask import Flask, request

app = Flask(__name__)


@app.route("/two")
def two():
    conn = ldap.initialize("ldap://ldap.example.com")
    uid = escape_filter_chars(request.args["uid"])
    dept = request.args["dept"]
    flt = "(&(uid=" + uid + ")(department=" + dept + "))"
    return str(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, flt))  # expect: ldap-injection

# case: safe - escape_dn_chars escapes the value before it goes into the DN
import ldap
from ldap.dn import escape_dn_chars

from flask import Flask, request

app = Flask(__name__)


@app.route("/entry")
def entry():
    conn = ldap.initialize("ldap://ldap.example.com")
    dn = "uid=" + escape_dn_chars(request.args["uid"]) + ",ou=people,dc=example,dc=com"
    return str(conn.search_s(dn, ldap.SCOPE_BASE))  # sink

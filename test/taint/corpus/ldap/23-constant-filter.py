# case: safe - the filter is constant; the input only picks an attribute to print
import ldap
from flask import Flask, request

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=com"


@app.route("/all")
def all_people():
    conn = ldap.initialize("ldap://ldap.example.com")
    rows = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)")  # sink
    field = request.args.get("field", "cn")
    return str([attrs.get(field) for _, attrs in rows])

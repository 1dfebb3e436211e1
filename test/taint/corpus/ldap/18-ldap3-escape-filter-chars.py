# case: safe - ldap3's escape_filter_chars is applied to the input
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

from flask import Flask, request

app = Flask(__name__)


@app.route("/cn")
def cn():
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", f"(cn={escape_filter_chars(request.args['cn'])})")  # sink
    return str(conn.entries)

# case: safe - ldap3's escape_rdn escapes the value of the RDN
from ldap3 import Connection, Server
from ldap3.utils.dn import escape_rdn

from flask import Flask, request

app = Flask(__name__)


@app.route("/ou")
def ou():
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("ou=" + escape_rdn(request.args["ou"]) + ",dc=example,dc=com", "(objectClass=*)")  # sink
    return str(conn.entries)

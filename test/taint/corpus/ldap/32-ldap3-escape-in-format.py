# case: safe - ldap3 escape_filter_chars applied inside str.format
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

from flask import Flask, request

app = Flask(__name__)


@app.route("/s")
def s():
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", "(sn={})".format(escape_filter_chars(request.args["sn"])))  # sink
    return str(conn.entries)

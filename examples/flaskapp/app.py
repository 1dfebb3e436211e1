"""A small Flask app: the ping view runs a shell command built from the request."""
import subprocess

from flask import Flask, request

app = Flask(__name__)


def ping_command(host):
    """Return the command line that pings `host` once."""
    return "ping -c 1 " + host


@app.route("/ping")
def ping():
    """Ping the host named in the query string."""
    host = request.args.get("host", "localhost")
    output = subprocess.check_output(ping_command(host), shell=True)
    return output

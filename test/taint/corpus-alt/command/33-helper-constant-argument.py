# case: safe - the helper that runs a shell command is only called with a constant; the input is only logged
import logging
import subprocess

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


def run_shell(command):
    return subprocess.run(command, shell=True, capture_output=True, text=True)  # sink


@app.route("/uptime")
def uptime():
    log.info("uptime asked by %s", request.args.get("user", "anonymous"))
    return run_shell("uptime").stdout

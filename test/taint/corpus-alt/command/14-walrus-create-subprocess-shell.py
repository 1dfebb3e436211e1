# case: vulnerable - a query parameter bound with := goes into asyncio.create_subprocess_shell
import asyncio

from flask import Flask, request

app = Flask(__name__)


@app.route("/trace")
async def trace():
    if target := request.args.get("target"):
        proc = await asyncio.create_subprocess_shell("traceroute -m 10 " + target, stdout=asyncio.subprocess.PIPE)  # expect: command-injection
        out, _ = await proc.communicate()
        return out.decode()
    return "missing target", 400

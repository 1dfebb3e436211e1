# case: safe - the dict holds the input under "user" but the opened path is the constant "log" slot
from flask import Flask, request

app = Flask(__name__)


@app.post("/audit")
def audit():
    entry = {"log": "/var/log/app/audit.log", "user": request.form["user"]}
    with open(entry["log"], "a") as fh:  # sink
        fh.write("audit requested\n")
    return {"user": entry["user"]}

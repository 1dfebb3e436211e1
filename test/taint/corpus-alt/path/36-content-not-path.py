# case: safe - the input is only written into a file whose path is constant
from flask import Flask, request

app = Flask(__name__)
LOG_FILE = "/var/log/app/feedback.log"


@app.post("/feedback")
def feedback():
    message = request.form["message"]
    with open(LOG_FILE, "a", encoding="utf-8") as fh:  # sink
        fh.write(message + "\n")
    return "thanks"

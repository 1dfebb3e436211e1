# case: safe - the job id is converted with uuid.UUID, so only a UUID's text reaches the command
import os
import uuid

from flask import Flask, request

app = Flask(__name__)


@app.post("/jobs/cancel")
def cancel():
    job = uuid.UUID(request.form["job"])
    os.system(f"/opt/jobs/bin/cancel {job}")  # sink
    return "cancelled"

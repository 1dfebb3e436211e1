# case: vulnerable - a helper of another module base64-decodes a form value; the view unpickles the result
import pickle

from flask import Flask, request

from jobs.wire import unwrap

app = Flask(__name__)


@app.route("/jobs", methods=["POST"])
def submit():
    job = pickle.loads(unwrap(request.form["job"]))  # expect: unsafe-deserialization
    return {"queued": str(job)}

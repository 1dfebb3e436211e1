# case: vulnerable - the body is stored with setdefault under "payload" and that slot is unpickled
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/tasks")
def enqueue():
    task = {"queue": "default"}
    task.setdefault("payload", request.get_data())
    obj = pickle.loads(task["payload"])  # expect: unsafe-deserialization
    return {"queue": task["queue"], "type": type(obj).__name__}

from flask import Flask, request

from hooks.client import notify

app = Flask(__name__)


@app.post("/integrations/test")
def test_integration():
    resp = notify(request.form["hook_url"], {"event": "test"})
    return {"sent": resp is not None}

from flask import Flask, request

from config.parse import parse

app = Flask(__name__)


@app.post("/config")
def upload_config():
    return {"sections": list(parse(request.get_data(as_text=True)))}

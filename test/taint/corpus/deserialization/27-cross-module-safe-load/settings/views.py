from flask import Flask, request

from settings.parsing import parse_settings

app = Flask(__name__)


@app.route("/settings", methods=["POST"])
def update_settings():
    return {"settings": parse_settings(request.get_data())}

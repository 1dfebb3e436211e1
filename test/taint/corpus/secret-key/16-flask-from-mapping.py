# case: vulnerable - app.config.from_mapping sets a literal SECRET_KEY
from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config.from_mapping(SECRET_KEY="dev")  # expect: hardcoded-secret-key-setting
    return app

# case: safe - the Flask SECRET_KEY is generated at start-up
import secrets

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = secrets.token_hex(32)  # sink

# case: vulnerable - DEBUG is switched on in the Flask app config
from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = True  # expect: flask-debug-mode

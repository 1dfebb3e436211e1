# case: safe - DEBUG is off in the Flask config
from flask import Flask

app = Flask(__name__)
app.config["DEBUG"] = False  # sink

# case: vulnerable - the Flask SECRET_KEY set in app.config is a literal
from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "changeme"  # expect: hardcoded-secret-key-setting

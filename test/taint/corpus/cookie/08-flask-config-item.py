# case: vulnerable - Flask's session cookie secure flag turned off in app.config
from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = False  # expect: insecure-cookie

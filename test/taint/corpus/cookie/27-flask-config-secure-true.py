# case: safe - Flask's session cookie stays secure
from flask import Flask

app = Flask(__name__)
app.config["SESSION_COOKIE_SECURE"] = True  # sink

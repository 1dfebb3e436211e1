# case: vulnerable - app.config.from_mapping turns off the session cookie's secure flag
from flask import Flask

app = Flask(__name__)
app.config.from_mapping(SESSION_COOKIE_SECURE=False, SECRET_KEY_FILE="/run/secret")  # expect: insecure-cookie

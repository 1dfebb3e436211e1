# case: vulnerable - app.config.update turns off the session cookie's httponly flag
from flask import Flask

app = Flask(__name__)
app.config.update(SESSION_COOKIE_HTTPONLY=False)  # expect: insecure-cookie

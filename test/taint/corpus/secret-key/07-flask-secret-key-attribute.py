# case: vulnerable - the Flask secret_key is a literal
from flask import Flask

app = Flask(__name__)
app.secret_key = "dev-secret"  # expect: hardcoded-secret-key-setting

# case: vulnerable - the Flask app is put in debug mode
from flask import Flask

app = Flask(__name__)
app.debug = True  # expect: flask-debug-mode

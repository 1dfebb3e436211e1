# case: vulnerable - app.config.update sets a literal SECRET_KEY
from flask import Flask

app = Flask(__name__)
app.config.update(SECRET_KEY="not-so-secret", DEBUG=False)  # expect: hardcoded-secret-key-setting

# case: safe - debug mode depends on the environment at run time
import os

from flask import Flask

app = Flask(__name__)
app.debug = os.environ.get("FLASK_DEBUG") == "1"  # sink

# case: safe - the route's int converter lets only a number through
from flask import Flask, request

app = Flask(__name__)


@app.route("/user/<int:user_id>")
def user(user_id):
    return f"<p>User #{user_id}</p>"  # sink

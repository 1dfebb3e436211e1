# case: safe - the view returns early unless the hook is one of HOOKS, so only allowed names reach exec
from flask import Flask

app = Flask(__name__)

HOOKS = {"warm_cache", "rotate_logs"}


@app.route("/hooks/<name>")
def run_hook(name):
    if name not in HOOKS:
        return "unknown hook", 404
    exec(f"import maintenance; maintenance.{name}()")  # sink
    return "ran"

# case: vulnerable - an environment variable is the file that pathlib.Path(...).write_text writes
import os
from pathlib import Path

log_dir = os.environ["LOG_DIR"]
Path(log_dir + "/app.log").write_text("started\n")  # expect: path-injection-local

# case: safe - the environment value is converted with int() before it reaches the command
import os
import subprocess

workers = int(os.environ.get("WORKERS", "4"))
subprocess.run("gunicorn -w %d app:app" % workers, shell=True)  # sink

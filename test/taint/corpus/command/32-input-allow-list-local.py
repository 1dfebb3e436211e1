# case: safe - the answer typed at the prompt is used only when it is one of the allowed actions
import subprocess

ACTIONS = {"start": "systemctl start app", "stop": "systemctl stop app"}

choice = input("start or stop? ")
if choice in ACTIONS:
    subprocess.run("systemctl " + choice + " app", shell=True)  # sink

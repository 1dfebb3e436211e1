# case: vulnerable - a form value from deploy/views.py reaches os.system in a helper of another module
import os


def restart_service(name):
    os.system("systemctl restart " + name)  # expect: command-injection

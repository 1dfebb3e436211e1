# case: vulnerable - a view of another module passes a query parameter to this helper, which runs it with shell=True
import subprocess


def run_ping(host):
    return subprocess.check_output("ping -c 1 " + host, shell=True, text=True)  # expect: command-injection

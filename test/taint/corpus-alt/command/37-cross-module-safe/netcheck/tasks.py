# case: safe - the helper called from another module's view shell-quotes the host before running it
import shlex
import subprocess


def run_ping(host):
    return subprocess.check_output("ping -c 1 " + shlex.quote(host), shell=True, text=True)  # sink

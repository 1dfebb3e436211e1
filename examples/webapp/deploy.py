"""Deployment helpers."""
import json
import os
import subprocess as sp
from shutil import which


def archive(release_dir: str, name: str) -> None:
    """Pack a release directory into a tarball."""
    # The command is built from arguments: shell injection if `name` comes from a user.
    sp.call("tar czf " + name + ".tar.gz " + release_dir, shell=True)


def disk_usage() -> bytes:
    """Return the disk usage report."""
    # A literal command: safe as written, flagged with a low severity.
    return sp.check_output("df -h", shell=True)


def restart(service: str) -> None:
    """Restart a service without a shell: not an alert."""
    sp.run(["systemctl", "restart", service], check=True)

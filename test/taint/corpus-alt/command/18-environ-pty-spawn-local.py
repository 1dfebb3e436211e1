# case: vulnerable - the EDITOR environment variable is run through sh -c by pty.spawn
import os
import pty


def edit_notes():
    editor = os.environ.get("EDITOR", "vi")
    pty.spawn(["/bin/sh", "-c", editor + " /tmp/notes.txt"])  # expect: command-injection-local


if __name__ == "__main__":
    edit_notes()

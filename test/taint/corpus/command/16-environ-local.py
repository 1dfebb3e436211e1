# case: vulnerable - an environment variable, unpacked from a tuple, is the command of os.system
import os

editor, filename = os.environ.get("EDITOR", "vi"), "notes.txt"
os.system(editor + " " + filename)  # expect: command-injection-local

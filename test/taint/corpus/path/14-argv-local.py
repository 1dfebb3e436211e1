# case: vulnerable - a command-line argument is the path that os.makedirs creates
import os
import sys

for name in sys.argv[1:]:
    os.makedirs(os.path.join("/srv/workspaces", name), exist_ok=True)  # expect: path-injection-local

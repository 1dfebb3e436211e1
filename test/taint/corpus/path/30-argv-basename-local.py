# case: safe - os.path.basename of the command-line argument keeps the file in the output folder
import os
import sys

name = os.path.basename(sys.argv[1])
with open(os.path.join("/srv/out", name), "w") as f:  # sink
    f.write("done\n")

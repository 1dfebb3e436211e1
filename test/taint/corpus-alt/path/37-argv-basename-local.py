# case: safe - os.path.basename drops every folder part of the argument before the spool file is removed
import os
import sys

SPOOL = "/var/spool/app"

if __name__ == "__main__":
    os.remove(os.path.join(SPOOL, os.path.basename(sys.argv[1])))  # sink

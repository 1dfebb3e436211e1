# case: safe - a command-line argument with its newlines removed
import logging
import sys

name = sys.argv[1].replace("\n", " ").replace("\r", " ")
logging.info("processing %s", name)  # sink

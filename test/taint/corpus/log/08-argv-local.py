# case: vulnerable - a command-line argument logged as it is
import logging
import sys

logging.basicConfig(level=logging.INFO)
logging.info("processing %s", sys.argv[1])  # expect: log-injection-local

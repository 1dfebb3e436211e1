# case: vulnerable - text typed at the prompt logged as it is
import logging

logger = logging.getLogger("cli")
answer = input("reason: ")
logger.info("reason given: " + answer)  # expect: log-injection-local

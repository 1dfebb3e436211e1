# case: vulnerable - input passed to an audit function of another module
import logging

logger = logging.getLogger("audit")


def record(what):
    logger.warning("event " + what)  # expect: log-injection

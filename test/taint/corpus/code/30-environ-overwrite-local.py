# case: safe - the environment value is overwritten with a constant before exec runs
import os

setup = os.environ.get("APP_SETUP", "")
setup = "import logging; logging.basicConfig()"
exec(setup)  # sink

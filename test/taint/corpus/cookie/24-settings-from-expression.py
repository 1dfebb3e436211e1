# case: safe - the setting is computed from another setting at run time
import os

DEBUG = os.environ.get("DEBUG") == "1"
SESSION_COOKIE_SECURE = not DEBUG  # sink

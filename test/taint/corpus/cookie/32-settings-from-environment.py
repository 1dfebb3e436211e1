# case: safe - the setting is read from the environment
import os

ALLOWED_HOSTS = ["app.example.com"]
SESSION_COOKIE_SECURE = os.environ.get("COOKIE_SECURE", "1") == "1"  # sink

# case: safe - the environment value picks the file only when it is one of the allowed profiles
import os

PROFILES = ("dev", "prod")

profile = os.environ.get("APP_PROFILE", "dev")
if profile in PROFILES:
    with open("/etc/app/" + profile + ".ini") as f:  # sink
        print(f.read())

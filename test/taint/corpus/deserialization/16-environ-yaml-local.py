# case: vulnerable - an environment variable is parsed with yaml.load and yaml.Loader
import os

import yaml

overrides = yaml.load(os.environ.get("APP_OVERRIDES", "{}"), Loader=yaml.Loader)  # expect: unsafe-deserialization-local
print(overrides)

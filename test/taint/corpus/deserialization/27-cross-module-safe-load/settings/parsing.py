# case: safe - the helper of another module receives the request body but parses it with yaml.safe_load
import yaml


def parse_settings(text):
    return yaml.safe_load(text)  # sink

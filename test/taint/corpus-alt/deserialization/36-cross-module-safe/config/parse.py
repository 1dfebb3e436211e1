# case: safe - the helper called from another module's view parses with yaml.load and yaml.SafeLoader
import yaml


def parse(text):
    return yaml.load(text, Loader=yaml.SafeLoader)  # sink

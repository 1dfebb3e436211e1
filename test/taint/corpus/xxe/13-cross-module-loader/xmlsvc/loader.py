# case: vulnerable - input passed to a loader of another module that resolves entities
from lxml import etree


def parse_document(data):
    parser = etree.XMLParser(resolve_entities=True)
    return etree.fromstring(data, parser)  # expect: xxe

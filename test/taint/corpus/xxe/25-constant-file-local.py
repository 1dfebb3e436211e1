# case: safe - an entity-resolving parser reads a constant file, not input
from lxml import etree

parser = etree.XMLParser(resolve_entities=True)
print(etree.parse("/etc/app/settings.xml", parser).getroot().tag)  # sink

# case: vulnerable - a file named on the command line parsed with entity resolution on
import sys

from lxml import etree

parser = etree.XMLParser(resolve_entities=True)
print(etree.parse(sys.argv[1], parser).getroot().tag)  # expect: xxe-local

# case: vulnerable - standard input parsed with entity resolution on
import sys

from lxml import etree

data = sys.stdin.buffer.read()
root = etree.fromstring(data, etree.XMLParser(resolve_entities=True))  # expect: xxe-local
print(root.tag)

# case: safe - a command-line argument with a quote is refused before it reaches the query
import sys

from lxml import etree

doc = etree.parse("inventory.xml")
sku = sys.argv[1]
if "'" in sku:
    sys.exit("bad sku")
print(doc.xpath("//part[@sku='" + sku + "']/qty/text()"))  # sink

# case: vulnerable - a command-line argument in an xpath() query
import sys

from lxml import etree

doc = etree.parse("inventory.xml")
print(doc.xpath("//part[@sku='%s']/qty/text()" % sys.argv[1]))  # expect: xpath-injection-local

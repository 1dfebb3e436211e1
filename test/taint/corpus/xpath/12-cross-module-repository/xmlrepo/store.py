# case: vulnerable - input passed to a repository of another module that builds the XPath
from lxml import etree

catalog = etree.parse("books.xml")


def find_book(isbn):
    return catalog.xpath("//book[isbn='%s']" % isbn)  # expect: xpath-injection

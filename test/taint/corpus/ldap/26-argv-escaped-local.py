# case: safe - a command-line argument escaped before it goes into the filter
import sys

import ldap
from ldap.filter import escape_filter_chars

conn = ldap.initialize("ldap://ldap.example.com")
print(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % escape_filter_chars(sys.argv[1])))  # sink

# case: vulnerable - a command-line argument in the filter of a directory tool
import sys

import ldap

conn = ldap.initialize("ldap://ldap.example.com")
print(conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=%s)" % sys.argv[1]))  # expect: ldap-injection-local

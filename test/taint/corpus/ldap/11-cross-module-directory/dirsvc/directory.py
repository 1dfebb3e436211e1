# case: vulnerable - input passed to a directory helper of another module that builds the filter
import ldap


def search_person(q):
    conn = ldap.initialize("ldap://ldap.example.com")
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(cn=*" + q + "*)")  # expect: ldap-injection

# case: vulnerable - a name typed at the prompt in an ldap3 filter
from ldap3 import Connection, Server

conn = Connection(Server("ldap.example.com"), auto_bind=True)
who = input("user: ")
conn.search("dc=example,dc=com", "(uid=" + who + ")")  # expect: ldap-injection-local
print(conn.entries)

# case: vulnerable - a Django view puts a GET parameter into an ldap3 filter
from django.http import JsonResponse
from ldap3 import Connection, Server


def lookup(request):
    conn = Connection(Server("ldap.example.com"), auto_bind=True)
    conn.search("dc=example,dc=com", "(sAMAccountName=" + request.GET["user"] + ")")  # expect: ldap-injection
    return JsonResponse({"n": len(conn.entries)})

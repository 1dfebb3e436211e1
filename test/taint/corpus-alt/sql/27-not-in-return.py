# case: safe - the view returns early unless the table is one of TABLES, so only allowed names reach the query
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

TABLES = ("orders", "refunds", "payouts")


def row_count(request, table):
    if table not in TABLES:
        return HttpResponseBadRequest("unknown table")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")  # sink
        (count,) = cursor.fetchone()
    return JsonResponse({"count": count})

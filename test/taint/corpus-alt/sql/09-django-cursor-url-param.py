# case: vulnerable - a Django view's URL parameter is %-formatted into the SQL of cursor.execute
from django.db import connection
from django.http import JsonResponse


def user_detail(request, username):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, date_joined FROM auth_user WHERE username = '%s'" % username)  # expect: sql-injection
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None})

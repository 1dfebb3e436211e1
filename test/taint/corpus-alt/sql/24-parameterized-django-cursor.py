# case: safe - the Django URL parameter is passed as a query parameter (%s placeholder with a params list)
from django.db import connection
from django.http import JsonResponse


def user_detail(request, username):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, date_joined FROM auth_user WHERE username = %s", [username])  # sink
        row = cursor.fetchone()
    return JsonResponse({"id": row[0] if row else None})

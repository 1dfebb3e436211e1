# case: safe - the user id is converted with int() before it becomes the shelve file name
import shelve

from django.http import JsonResponse


def preferences(request, user_id):
    uid = int(user_id)
    with shelve.open(f"/var/cache/app/prefs-{uid}") as db:  # sink
        return JsonResponse(dict(db))

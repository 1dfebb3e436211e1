# case: vulnerable - a Django GET parameter is concatenated into a pg_dump command run by os.system
import os

from django.http import JsonResponse


def backup(request):
    database = request.GET["db"]
    code = os.system("pg_dump " + database + " > /backups/latest.sql")  # expect: command-injection
    return JsonResponse({"exit": code})

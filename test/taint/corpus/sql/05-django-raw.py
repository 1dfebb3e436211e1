# case: vulnerable - a Django GET parameter is concatenated into Model.objects.raw
from django.contrib.auth.models import User
from django.http import JsonResponse


def by_name(request):
    name = request.GET.get("name", "")
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = '" + name + "'")  # expect: sql-injection
    return JsonResponse({"ids": [u.id for u in users]})

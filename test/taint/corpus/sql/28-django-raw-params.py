# case: safe - Model.objects.raw gets a constant query and the GET value as a parameter
from django.contrib.auth.models import User
from django.http import JsonResponse


def by_name(request):
    name = request.GET.get("name", "")
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [name])  # sink
    return JsonResponse({"ids": [u.id for u in users]})

# case: safe - slugify keeps only letters, digits, dashes and underscores
from django.http import HttpResponse
from django.utils.text import slugify


def export(request):
    response = HttpResponse("a,b")
    response["Content-Disposition"] = f'attachment; filename="{slugify(request.GET["name"])}.csv"'  # sink
    return response

# case: vulnerable - a Django request body is parsed with yaml.full_load
import yaml
from django.http import JsonResponse


def import_settings(request):
    settings = yaml.full_load(request.body)  # expect: unsafe-deserialization
    return JsonResponse({"keys": sorted(settings)})

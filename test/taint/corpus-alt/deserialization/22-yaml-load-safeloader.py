# case: safe - yaml.load with Loader=yaml.SafeLoader builds only plain Python objects
import yaml
from django.http import JsonResponse


def import_settings(request):
    settings = yaml.load(request.body, Loader=yaml.SafeLoader)  # sink
    return JsonResponse({"keys": sorted(settings)})

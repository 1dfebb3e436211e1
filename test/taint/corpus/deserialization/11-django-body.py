# case: vulnerable - a Django request body is unpickled
import pickle

from django.http import JsonResponse


def import_model(request):
    model = pickle.loads(request.body)  # expect: unsafe-deserialization
    return JsonResponse({"model": str(model)})

# case: vulnerable - the body wrapped in io.BytesIO and bound by a with statement is given to pickle.load
import io
import pickle

from django.http import JsonResponse


def upload_state(request):
    with io.BytesIO(request.body) as buffer:
        state = pickle.load(buffer)  # expect: unsafe-deserialization
    return JsonResponse({"keys": sorted(state)})

# case: safe - the assignment of the input is under if 3 * 4 < 10, which never runs
from django.http import JsonResponse


def evaluate(request):
    expression = "sum([1, 2, 3])"
    if 3 * 4 < 10:
        expression = request.GET["expr"]
    return JsonResponse({"value": eval(expression)})  # sink

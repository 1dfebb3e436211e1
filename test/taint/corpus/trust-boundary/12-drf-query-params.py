# case: vulnerable - a DRF view stores query_params input in the session
from rest_framework.decorators import api_view
from rest_framework.response import Response


@api_view(["GET"])
def remember_sort(request):
    request.session["sort"] = request.query_params["sort"]  # expect: trust-boundary-violation
    return Response({"ok": True})

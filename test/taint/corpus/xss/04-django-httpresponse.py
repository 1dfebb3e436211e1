# case: vulnerable - a GET parameter pasted into a Django HttpResponse (text/html by default)
from django.http import HttpResponse


def search(request):
    query = request.GET.get("q", "")
    return HttpResponse("<h2>Results for " + query + "</h2>")  # expect: reflected-xss

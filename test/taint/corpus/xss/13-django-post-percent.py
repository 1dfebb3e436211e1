# case: vulnerable - a POST field formatted into a Django HttpResponse
from django.http import HttpResponse


def preview(request):
    return HttpResponse("<article>%s</article>" % request.POST.get("text"))  # expect: reflected-xss

# case: vulnerable - a Django view logs a GET parameter
import logging

from django.http import HttpResponse

logger = logging.getLogger("shop")


def view(request):
    logger.error("bad coupon %s", request.GET["coupon"])  # expect: log-injection
    return HttpResponse("ok")

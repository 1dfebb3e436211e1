# case: vulnerable - Django's redirect() shortcut given a GET parameter
from django.shortcuts import redirect


def bounce(request):
    target = request.GET.get("to")
    return redirect(target)  # expect: open-redirect

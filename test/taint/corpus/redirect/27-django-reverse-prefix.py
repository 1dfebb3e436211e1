# case: safe - the target starts with a path built by reverse()
from django.shortcuts import redirect
from django.urls import reverse


def search(request):
    return redirect(reverse("search") + "?q=" + request.GET.get("q", ""))  # sink

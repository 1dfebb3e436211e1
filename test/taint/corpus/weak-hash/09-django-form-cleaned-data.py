# case: vulnerable - a Django form's password field hashed with SHA-256
import hashlib

from django import forms
from django.http import HttpResponse


class SignupForm(forms.Form):
    username = forms.CharField()
    password = forms.CharField(widget=forms.PasswordInput)


def signup(request):
    form = SignupForm(request.POST)
    if form.is_valid():
        h = hashlib.sha256(form.cleaned_data["password"].encode()).hexdigest()  # expect: weak-password-hash
        return HttpResponse(h)
    return HttpResponse("invalid")

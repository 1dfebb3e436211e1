# case: vulnerable - a class-based view redirects to a POST field
from django.http import HttpResponseRedirect
from django.views import View


class LoginView(View):
    def post(self, request):
        return HttpResponseRedirect(request.POST["next"])  # expect: open-redirect

# case: vulnerable - a class-based view puts a GET parameter into its HTML response
from django.http import HttpResponse
from django.views import View


class GreetView(View):
    def get(self, request):
        who = request.GET["who"]
        return HttpResponse(f"<p>Welcome, {who}</p>")  # expect: reflected-xss

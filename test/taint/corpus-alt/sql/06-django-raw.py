# case: vulnerable - a Django GET parameter is put into the SQL of Model.objects.raw
from django.http import JsonResponse

from shop.models import Book


def books_by_author(request):
    author = request.GET["author"]
    books = Book.objects.raw(f"SELECT * FROM shop_book WHERE author = '{author}'")  # expect: sql-injection
    return JsonResponse({"titles": [book.title for book in books]})

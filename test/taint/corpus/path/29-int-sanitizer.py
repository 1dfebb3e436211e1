# case: safe - int() leaves only a number in the file name
from django.http import FileResponse


def invoice(request, number):
    path = "/srv/invoices/%d.pdf" % int(number)
    return FileResponse(open(path, "rb"))  # sink

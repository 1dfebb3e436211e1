# case: vulnerable - a Django POST field is concatenated into a RawSQL expression
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from polls.models import Question


def annotated(request):
    choice = request.POST["choice"]
    expression = RawSQL("SELECT COUNT(*) FROM polls_vote WHERE choice = " + choice, [])  # expect: sql-injection
    qs = Question.objects.annotate(votes=expression)
    return JsonResponse({"votes": [q.votes for q in qs]})

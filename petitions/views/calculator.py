"""The public deadline calculator (no login): the same engine the petition journey uses."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

import deadlines

from ..forms.calculator import CalculatorForm
from ..time_limit import explanation_in


@require_GET
def calculator_view(request: HttpRequest) -> HttpResponse:
    """GET with the answers in the query string: a result can be bookmarked and shared."""
    # Bound only when the query carries the form's own answers (not e.g. ?utm_source=…).
    fields = CalculatorForm.base_fields
    asked = any(name in request.GET or f"{name}_0" in request.GET for name in fields)
    form = CalculatorForm(request.GET if asked else None)
    answer, problem = None, ""
    if asked and form.is_valid():
        try:
            today = timezone.localdate()
            answer = deadlines.assess(deadlines.facts_from_dict(form.facts(today=today)))
        except deadlines.DeadlinesInputError:
            problem = _(
                "The calculator covers court acts that entered into legal force from "
                "2000 to 2059. For other dates ask the court's office."
            )
    return render(
        request,
        "petitions/calculator.html",
        {
            "form": form,
            "answer": answer,
            "problem": problem,
            "explanation": explanation_in(answer, get_language()),
        },
    )

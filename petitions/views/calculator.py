"""The public deadline calculator (no login): the same engine the petition journey uses."""

from typing import Any

from django import forms
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

import deadlines
from core.forms import DatePartsField

from ..forms.case import CIVIL_ACTS, CRIMINAL_ACTS
from ..models import CIVIL_EXCLUSIONS, CRIMINAL_EXCLUSIONS, ActKind, Appeal, Direction, Procedure
from ..time_limit import explanation_in


class CalculatorForm(forms.Form):
    procedure = forms.ChoiceField(
        label=_("What kind of case is it?"),
        choices=Procedure.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose whether the case is civil or criminal."),
            "invalid_choice": _("Choose whether the case is civil or criminal."),
        },
    )
    act_kind = forms.ChoiceField(
        label=_("Which court act do you contest?"),
        choices=ActKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the court act you contest."),
            "invalid_choice": _("Choose the court act you contest."),
        },
    )
    in_force_on = DatePartsField(
        label=_("When did the act enter into legal force?"),
        help_text=_("The date is on the act or in the court's notice. For example, 15 4 2025."),
        error_messages={"required": _("Enter the date the act entered into legal force.")},
    )
    appeal = forms.ChoiceField(
        label=_("Civil cases: was the act appealed?"),
        choices=Appeal.choices,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Choose what happened on appeal.")},
    )
    art438_part6 = forms.BooleanField(
        label=_(
            "The petition rests on the grounds of article 438 part 6 of the Civil Procedure Code"
        ),
        required=False,
    )
    direction = forms.ChoiceField(
        label=_("Criminal cases: how would the review change the person's position?"),
        choices=Direction.choices,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Choose how the review would change the position.")},
    )

    # Optional: unanswered, the answer says the code's exclusions were not checked.
    civil_exclusion = forms.ChoiceField(
        label=_("Civil cases: was the case heard or ended in one of these ways?"),
        choices=[(k.value, k.label) for k in CIVIL_EXCLUSIONS],
        widget=forms.RadioSelect,
        required=False,
        error_messages={
            "invalid_choice": _("Choose how the case was heard or ended, or choose None of these.")
        },
    )
    criminal_exclusion = forms.ChoiceField(
        label=_("Criminal cases: does one of these apply to the case?"),
        choices=[(k.value, k.label) for k in CRIMINAL_EXCLUSIONS],
        widget=forms.RadioSelect,
        required=False,
        error_messages={
            "invalid_choice": _("Choose whether one of these applies, or choose None of these.")
        },
    )

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        procedure, act = cleaned.get("procedure"), cleaned.get("act_kind")
        if procedure and act:
            allowed = CIVIL_ACTS if procedure == Procedure.CIVIL else CRIMINAL_ACTS
            if act not in allowed:
                self.add_error(
                    "act_kind",
                    forms.ValidationError(
                        _(
                            "This act does not exist in this kind of case. Choose another act or "
                            "another kind of case."
                        ),
                        code="inconsistent",
                    ),
                )
        if procedure == Procedure.CIVIL and act != ActKind.SUPREME_COURT_COLLEGIUM:
            if self.has_error("appeal"):
                pass  # an unknown answer already has its own message
            elif not cleaned.get("appeal"):
                self.add_error(
                    "appeal",
                    forms.ValidationError(_("Choose what happened on appeal."), code="required"),
                )
            elif act == ActKind.APPELLATE and cleaned["appeal"] == Appeal.NOT_APPEALED:
                self.add_error(
                    "appeal",
                    forms.ValidationError(
                        _(
                            "An act of the court of appeal was itself made on appeal. "
                            "Choose another answer or go back and change the contested act."
                        ),
                        code="inconsistent",
                    ),
                )
        if (
            procedure == Procedure.CRIMINAL
            and not cleaned.get("direction")
            and not self.has_error("direction")
        ):
            self.add_error(
                "direction",
                forms.ValidationError(
                    _("Choose how the review would change the position."), code="required"
                ),
            )
        return cleaned

    def facts(self) -> dict[str, Any]:
        data = self.cleaned_data
        facts: dict[str, Any] = {
            "procedure": data["procedure"],
            "act_kind": data["act_kind"],
            "in_force_on": data["in_force_on"].isoformat(),
            "regime": settings.DEADLINES_REGIME,
        }
        if data["procedure"] == Procedure.CIVIL:
            if data["act_kind"] != ActKind.SUPREME_COURT_COLLEGIUM:
                facts["appeal"] = data["appeal"]
            facts["art438_part6"] = data["art438_part6"]
            exclusion = data.get("civil_exclusion")
        else:
            facts["direction"] = data["direction"]
            exclusion = data.get("criminal_exclusion")
        if exclusion:
            facts["exclusion"] = exclusion
        return facts


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
            answer = deadlines.assess(
                deadlines.facts_from_dict({**form.facts(), "today": today.isoformat()})
            )
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

"""The public calculator's form: the journey's case questions on one page, the ones that depend
on the kind of case optional until it is known, the code's exclusions optional altogether
(unanswered, the answer says they were not checked). Its facts are built by the same function
as a petition's (``time_limit.case_facts``)."""

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import (
    ACTS_WITHOUT_APPEAL,
    CIVIL_EXCLUSIONS,
    CRIMINAL_EXCLUSIONS,
    ActKind,
    Appeal,
    Procedure,
)
from ..time_limit import case_facts
from .fields import (
    CIVIL_ACTS,
    CRIMINAL_ACTS,
    act_kind_field,
    appeal_field,
    appellate_act_not_appealed_error,
    art438_part6_field,
    cassation_act_date_error,
    choice_field,
    direction_field,
    in_force_on_field,
    not_yet_in_force_error,
    procedure_field,
)


class CalculatorForm(forms.Form):
    procedure = procedure_field()
    act_kind = act_kind_field(ActKind.choices)
    in_force_on = in_force_on_field()
    appeal = appeal_field(label=_("Civil cases: was the act appealed?"), required=False)
    art438_part6 = art438_part6_field()
    direction = direction_field(
        label=_("Criminal cases: how would the review change the person's position?"),
        required=False,
    )
    civil_exclusion = choice_field(
        label=_("Civil cases: was the case heard or ended in one of these ways?"),
        message=_("Choose how the case was heard or ended, or choose None of these."),
        choices=[(k.value, k.label) for k in CIVIL_EXCLUSIONS],
        required=False,
        help_text=_(
            "Simplified procedure means the procedures of chapters 12 and 21-1 of the Civil "
            "Procedure Code (article 434 part 2 sub-item 1)."
        ),
    )
    criminal_exclusion = choice_field(
        label=_("Criminal cases: does one of these apply to the case?"),
        message=_("Choose whether one of these applies, or choose None of these."),
        choices=[(k.value, k.label) for k in CRIMINAL_EXCLUSIONS],
        required=False,
    )

    def clean_in_force_on(self) -> dt.date:
        value: dt.date = self.cleaned_data["in_force_on"]
        # A term cannot run from a day still to come: "363 days left" would mislead.
        if value > timezone.localdate():
            raise not_yet_in_force_error()
        return value

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
        in_force = cleaned.get("in_force_on")
        if act == ActKind.CASSATION_COURT_ACT and in_force:
            error = cassation_act_date_error(in_force)
            if error is not None:
                self.add_error("in_force_on", error)
        if procedure == Procedure.CIVIL and act not in ACTS_WITHOUT_APPEAL:
            if self.has_error("appeal"):
                pass  # an unknown answer already has its own message
            elif not cleaned.get("appeal"):
                self.add_error(
                    "appeal",
                    forms.ValidationError(_("Choose what happened on appeal."), code="required"),
                )
            elif act == ActKind.APPELLATE and cleaned["appeal"] == Appeal.NOT_APPEALED:
                self.add_error("appeal", appellate_act_not_appealed_error())
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

    def facts(self, *, today: dt.date | None = None) -> dict[str, Any]:
        data = self.cleaned_data
        civil = data["procedure"] == Procedure.CIVIL
        return case_facts(
            procedure=data["procedure"],
            act_kind=data["act_kind"],
            in_force_on=data["in_force_on"],
            appeal=data.get("appeal") or "",
            art438_part6=data["art438_part6"],
            direction=data.get("direction") or "",
            exclusion=data.get("civil_exclusion" if civil else "criminal_exclusion") or "",
            today=today,
        )

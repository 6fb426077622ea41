"""The filing journey as declared steps: plain data, unit-tested without views.

Each step names its form and section and says when it applies (civil and criminal branches,
lawyers' extra question) and when it is answered. Views ask ``first_unanswered`` to stop deep
links from skipping questions; the task list is built from ``sections``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cabinet.models import Role

from . import forms
from .models import ActKind, Petition, Procedure


@dataclass(frozen=True)
class Step:
    slug: str
    form: type[forms.StepForm]
    section: str
    title: Promise
    fields: tuple[str, ...]
    applies: Callable[[Petition], bool] = lambda petition: True

    def answered(self, petition: Petition) -> bool:
        return all(
            getattr(petition, name) not in (None, "")
            for name in self.fields
            if name != "art438_part6"
        )


def _is_lawyer(petition: Petition) -> bool:
    return petition.filer.role == Role.LAWYER


def _civil(petition: Petition) -> bool:
    return petition.procedure == Procedure.CIVIL


def _criminal(petition: Petition) -> bool:
    return petition.procedure == Procedure.CRIMINAL


def _civil_appealable(petition: Petition) -> bool:
    # An act of a Supreme Court collegium is reviewable without the appeal question (CPC 434.1).
    return _civil(petition) and petition.act_kind != ActKind.SUPREME_COURT_COLLEGIUM


STEPS: tuple[Step, ...] = (
    Step("client", forms.ClientForm, "case", _("Whose petition"), ("for_client",), _is_lawyer),
    Step("procedure", forms.ProcedureForm, "case", _("Kind of case"), ("procedure",)),
    Step("act", forms.ActKindForm, "case", _("Contested act"), ("act_kind",)),
    Step("court", forms.CourtForm, "case", _("Court and case number"), ("court", "case_number")),
    Step("dates", forms.DatesForm, "case", _("Dates of the act"), ("act_date", "in_force_on")),
    Step(
        "appeal",
        forms.AppealForm,
        "case",
        _("Appeal"),
        ("appeal", "art438_part6"),
        _civil_appealable,
    ),
    Step(
        "direction",
        forms.DirectionForm,
        "case",
        _("Direction of the review"),
        ("direction",),
        _criminal,
    ),
    Step("grounds", forms.GroundsForm, "content", _("Grounds"), ("grounds",)),
    Step("arguments", forms.ArgumentsForm, "content", _("Arguments"), ("arguments",)),
    Step("request", forms.RequestForm, "content", _("Request to the court"), ("request",)),
)
STEP_BY_SLUG = {step.slug: step for step in STEPS}

SECTIONS: tuple[tuple[str, Promise], ...] = (
    ("case", _("Contested act and time limit")),
    ("parties", _("Parties")),
    ("content", _("Grounds, arguments and request")),
    ("attachments", _("Documents")),
    ("sign", _("Check, sign and send")),
)


def applicable_steps(petition: Petition) -> list[Step]:
    return [step for step in STEPS if step.applies(petition)]


def first_unanswered(petition: Petition, *, before: str | None = None) -> Step | None:
    """The first applicable unanswered step (before ``before``, if given), or None."""
    for step in applicable_steps(petition):
        if step.slug == before:
            return None
        if not step.answered(petition):
            return step
    return None


def next_step(petition: Petition, current: Step) -> Step | None:
    steps = applicable_steps(petition)
    slugs = [step.slug for step in steps]
    index = slugs.index(current.slug) if current.slug in slugs else -1
    later = steps[index + 1 :]
    return later[0] if later else None


def section_steps(petition: Petition, section: str) -> list[Step]:
    return [step for step in applicable_steps(petition) if step.section == section]

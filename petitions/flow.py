"""The filing journey as declared steps, and the way through them: tested without a client.

Each step names its form and section and says when it applies (civil and criminal branches,
lawyers' extra question) and when it is answered. Navigation lives here too, so following one
question reads in one module: ``question_detour`` (deep links cannot skip a question, and the
content stays closed until a time-limit answer against filing is acknowledged), ``next_url``
and ``back_url``. The task list is built from ``SECTIONS``; whether the petition is ready to
sign is ``readiness``'s to say.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cabinet.models import Role

from .acknowledgement import may_file
from .fee import fee_computed_on, fee_day, pays_state_fee
from .forms import case as forms
from .forms import content as forms_content
from .models import (
    ACTS_WITHOUT_APPEAL,
    FIRST_INSTANCE_ACTS,
    ActKind,
    Appeal,
    Exclusion,
    FeeClaim,
    Petition,
    Procedure,
    StateFee,
)
from .time_limit import petition_assess, petition_needs_restoration


@dataclass(frozen=True)
class Step:
    slug: str
    form: type[forms.StepForm]
    section: str
    title: Promise
    fields: tuple[str, ...]
    applies: Callable[[Petition], bool] = lambda petition: True
    # When the fields alone do not say (an either-or answer), this does.
    answered_when: Callable[[Petition], bool] | None = None

    def answered(self, petition: Petition) -> bool:
        if self.answered_when is not None:
            return self.answered_when(petition)
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
    # An act of a Supreme Court collegium is reviewable without the appeal question (CPC 434.1);
    # a cassation court's act is reviewed by the Supreme Court (CPC 454-1).
    return _civil(petition) and petition.act_kind not in ACTS_WITHOUT_APPEAL


def contests_cassation_act(petition: Petition) -> bool:
    """A petition to the Supreme Court against a cassation court's act (CPC ch. 54-1, CrPC
    ch. 52-1): exceptional grounds instead of the cassation exclusions, no state fee."""
    return petition.act_kind == ActKind.CASSATION_COURT_ACT


def _cassation_exclusions_apply(petition: Petition) -> bool:
    return not contests_cassation_act(petition)


def _exceptional_answered(petition: Petition) -> bool:
    return bool(petition.exceptional_grounds)


def has_other_instance(petition: Petition) -> bool:
    # CPC 441 asks for the acts of both instances: the first-instance decision behind a contested
    # appellate act, or the appellate act that reviewed a contested first-instance decision. In a
    # criminal case (CrPC 484.1: reviewed after appeal), the court of appeal's act.
    if contests_cassation_act(petition):
        return True  # the act the cassation court reviewed
    if _criminal(petition):
        return petition.exclusion == Exclusion.NONE
    if not _civil(petition):
        return False
    if petition.act_kind == ActKind.APPELLATE:
        return True
    return petition.act_kind == ActKind.FIRST_INSTANCE and petition.appeal not in (
        "",
        Appeal.NOT_APPEALED,
    )


def _court_answered(petition: Petition) -> bool:
    by_name = petition.act_kind in FIRST_INSTANCE_ACTS
    court = bool(petition.court_name) if by_name else petition.court_id is not None
    return court and bool(petition.case_number)


def _fee_answered(petition: Petition) -> bool:
    if petition.state_fee == StateFee.EXEMPT:
        return petition.fee_exemption_item is not None or bool(petition.fee_exemption)
    return petition.state_fee == StateFee.PAID


def _fee_computed(petition: Petition) -> bool:
    # From 2026 (Tax Code of 18.07.2025) the fee is computed from the claim and the filer.
    return pays_state_fee(petition) and fee_computed_on(fee_day(petition))


def _fee_claim_answered(petition: Petition) -> bool:
    amount_given = petition.fee_claim != FeeClaim.PROPERTY or petition.fee_claim_amount is not None
    return bool(petition.fee_claim) and amount_given and bool(petition.fee_filer)


STEPS: tuple[Step, ...] = (
    Step("client", forms.ClientForm, "case", _("Whose petition"), ("for_client",), _is_lawyer),
    Step("procedure", forms.ProcedureForm, "case", _("Kind of case"), ("procedure",)),
    Step("standing", forms.StandingForm, "case", _("Part in the case"), ("standing",)),
    Step("act", forms.ActKindForm, "case", _("Contested act"), ("act_kind",)),
    Step(
        "court",
        forms.CourtForm,
        "case",
        _("Court and case number"),
        ("court", "court_name", "case_number"),
        answered_when=_court_answered,
    ),
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
        "exclusion",
        forms.ExclusionForm,
        "case",
        _("Cases not reviewed in cassation"),
        ("exclusion",),
        _cassation_exclusions_apply,
    ),
    Step(
        "direction",
        forms.DirectionForm,
        "case",
        _("Direction of the review"),
        ("direction",),
        _criminal,
    ),
    Step(
        "restoration",
        forms_content.RestorationForm,
        "content",
        _("Restoring the time limit"),
        ("restoration_reasons",),
        petition_needs_restoration,
    ),
    Step(
        "other_act",
        forms_content.OtherActForm,
        "content",
        _("The other court act in the case"),
        ("other_court_name", "other_act_date"),
        has_other_instance,
    ),
    Step(
        "exceptional",
        forms.ExceptionalGroundsForm,
        "content",
        _("Exceptional grounds"),
        ("exceptional_grounds",),
        contests_cassation_act,
        answered_when=_exceptional_answered,
    ),
    Step("grounds", forms.GroundsForm, "content", _("Grounds"), ("grounds",)),
    Step("arguments", forms.ArgumentsForm, "content", _("Arguments"), ("arguments",)),
    Step("request", forms.RequestForm, "content", _("Request to the court"), ("request",)),
    Step(
        "hearing",
        forms_content.HearingForm,
        "content",
        _("Taking part in the hearing"),
        ("wants_hearing",),
        _criminal,
    ),
    Step(
        "fee_claim",
        forms_content.FeeClaimForm,
        "content",
        _("The claim, for the state fee"),
        ("fee_claim", "fee_claim_amount", "fee_filer"),
        _fee_computed,
        answered_when=_fee_claim_answered,
    ),
    Step(
        "fee",
        forms_content.StateFeeForm,
        "content",
        _("State fee"),
        ("state_fee", "fee_exemption_item", "fee_exemption"),
        pays_state_fee,
        answered_when=_fee_answered,
    ),
)
STEP_BY_SLUG = {step.slug: step for step in STEPS}

SECTIONS: tuple[tuple[str, Promise], ...] = (
    ("case", _("Contested act and time limit")),
    ("parties", _("Parties")),
    ("content", _("Content of the petition")),
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


def case_unanswered(petition: Petition) -> Step | None:
    """The first unanswered question of the case section, which the time limit depends on."""
    return next((s for s in section_steps(petition, "case") if not s.answered(petition)), None)


def next_step(petition: Petition, current: Step) -> Step | None:
    steps = applicable_steps(petition)
    slugs = [step.slug for step in steps]
    index = slugs.index(current.slug) if current.slug in slugs else -1
    later = steps[index + 1 :]
    return later[0] if later else None


def section_steps(petition: Petition, section: str) -> list[Step]:
    return [step for step in applicable_steps(petition) if step.section == section]


def step_for(petition: Petition, slug: str) -> Step | None:
    """The step of this slug, if it applies to the petition (else the page does not exist)."""
    step = STEP_BY_SLUG.get(slug)
    return step if step is not None and step.applies(petition) else None


def petition_url(petition: Petition, name: str) -> str:
    return reverse(f"petitions:{name}", kwargs={"public_id": petition.public_id})


def question_url(petition: Petition, step: Step) -> str:
    return reverse(
        "petitions:question", kwargs={"public_id": petition.public_id, "slug": step.slug}
    )


def question_detour(petition: Petition, step: Step, *, today: dt.date | None = None) -> str | None:
    """Where a request for ``step`` must go instead, or None when it may be asked.

    Deep links cannot skip questions: an earlier unanswered case question comes first. The
    content stays closed, whichever of its pages is asked, while the time limit's answer needs
    an acknowledgement the person has not given (``acknowledgement``): late with a term that
    cannot be restored, not reviewable, or no answer. Then any earlier unanswered question."""
    earlier = first_unanswered(petition, before=step.slug)
    if earlier is not None and earlier.section == "case":
        return question_url(petition, earlier)
    if step.section == "content":
        answer = petition_assess(petition, today=today or timezone.localdate())
        if not may_file(petition, answer):
            return petition_url(petition, "deadline")
    if earlier is not None:
        return question_url(petition, earlier)
    return None


def next_url(petition: Petition, step: Step, *, return_to_check: bool = False) -> str:
    """Where an answered question leads: the check page when the person came from it; after the
    case questions, the time limit; after a section's last question, the task list."""
    if return_to_check:
        return petition_url(petition, "check")
    following = next_step(petition, step)
    if step.section == "case" and (following is None or following.section != "case"):
        return petition_url(petition, "deadline")
    if following is None or following.section != step.section:
        return petition_url(petition, "task_list")
    return question_url(petition, following)


def back_url(petition: Petition, step: Step) -> str:
    """The previous question of the same section, or the task list from a section's first."""
    steps = applicable_steps(petition)
    index = [s.slug for s in steps].index(step.slug)
    if index == 0 or steps[index - 1].section != step.section:
        return petition_url(petition, "task_list")
    return question_url(petition, steps[index - 1])

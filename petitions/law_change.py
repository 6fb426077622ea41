"""Did the law change between a draft's answers and the day it is signed?

A draft is assessed and addressed by the law of the day it is signed (``addressee``,
``submission``), not of the day it was begun. When a boundary of the law — 1 July 2025 (the
cassation courts take over from the Supreme Court) or 1 July 2027 (the small-claim bars fall
away) — lies between the day the draft was begun and today, and the answer the person was given
when they answered the case questions (``Petition.deadline``, with the ``regime`` it used) differs
from today's in what it tells them, the check page says so before signing: what changed, and why.

"Changed" compares what the person read: the regime (hence the document's name and the court it
goes to), whether the act may be reviewed in cassation, whether there is a time limit and its
last day. Nothing that moves from day to day by itself (the days left, the explanation's "today")
counts, and without a boundary crossed nothing is reported: a term that ran out meanwhile is the
time-limit page's to say, not a change of the law.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

import deadlines
from deadlines.rules import REFORM_DAY, THRESHOLDS_LIFTED_DAY

from .addressee import (
    in_language,
    petition_regime,
    regime_addressee_names,
    regime_document_title,
)
from .models import Petition
from .time_limit import petition_assess

BOUNDARIES = (REFORM_DAY, THRESHOLDS_LIFTED_DAY)


@dataclass(frozen=True)
class Change:
    """One thing that reads differently now: ``before`` and ``now``, in the active language."""

    before: str
    now: str


@dataclass(frozen=True)
class LawChange:
    """What the law of ``since`` changed for a draft begun before that day."""

    since: dt.date
    document: Change | None
    addressee: Change | None
    time_limit: Change | None


def answer_text(answer: dict[str, Any] | None) -> str:
    """What an answer (``deadlines.assessment_to_dict``) tells the person, in a few words."""
    if answer is None:
        return _("no answer")
    if not answer.get("admissible"):
        return _("not reviewable in cassation")
    if answer.get("unlimited") or not answer.get("deadline"):
        return _("no time limit")
    return _("the last day is %(day)s") % {
        "day": date_format(dt.date.fromisoformat(answer["deadline"]))
    }


def law_change(petition: Petition, *, today: dt.date | None = None) -> LawChange | None:
    """What the law of ``today`` (the court's today by default) changed for this draft since its
    case answers were assessed, or None: not a draft, no answer recorded, no boundary crossed
    since the draft was begun, or nothing the person read is different."""
    if petition.submitted_at is not None or not petition.deadline:
        return None
    today = today or timezone.localdate()
    begun = timezone.localdate(petition.created_at)
    crossed = [day for day in BOUNDARIES if begun < day <= today]
    if not crossed:
        return None
    recorded: dict[str, Any] = petition.deadline
    answer = petition_assess(petition, today=today)
    current = None if answer is None else deadlines.assessment_to_dict(answer)

    def change(before: str, now: str) -> Change | None:
        return Change(before=before, now=now) if before != now else None

    old_regime = str(recorded.get("regime", ""))
    new_regime = petition_regime(petition, today=today)
    document = addressee = None
    if old_regime and old_regime != new_regime:
        act = petition.act_kind
        document = change(
            regime_document_title(old_regime, act), regime_document_title(new_regime, act)
        )
        addressee = change(
            in_language(regime_addressee_names(old_regime, petition.procedure, act)),
            in_language(regime_addressee_names(new_regime, petition.procedure, act)),
        )
    time_limit = change(answer_text(recorded), answer_text(current))
    if document is None and addressee is None and time_limit is None:
        return None
    return LawChange(
        since=crossed[-1], document=document, addressee=addressee, time_limit=time_limit
    )

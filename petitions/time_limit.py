"""The deadlines engine applied to a petition: the only place petitions talks to ``deadlines``."""

import datetime as dt
import re
from typing import Any

from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

import deadlines

from .models import ACTS_WITHOUT_APPEAL, ActKind, Petition, Procedure


def filing_day(petition: Petition, *, today: dt.date | None = None) -> dt.date:
    """The day the petition is filed on: its submission's (Astana date), or for a draft ``today``
    (by default the court's today) - the day it would be filed if signed now. The law, the
    addressee and the state fee of that day apply."""
    if petition.submitted_at is not None:
        return timezone.localdate(petition.submitted_at)
    return today or timezone.localdate()


def case_facts(
    *,
    procedure: str,
    act_kind: str,
    in_force_on: dt.date,
    appeal: str = "",
    art438_part6: bool = False,
    direction: str = "",
    exclusion: str = "",
    today: dt.date | None = None,
    filed_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """The engine's case facts from the case answers: the journey's and the calculator's alike
    (the appeal and art. 438.6 in civil cases, the direction in criminal ones)."""
    data: dict[str, Any] = {
        "procedure": procedure,
        "act_kind": act_kind,
        "in_force_on": in_force_on.isoformat(),
        "regime": settings.DEADLINES_REGIME,  # auto (the law of the filing day) unless pinned
    }
    supreme_court_review = act_kind == ActKind.CASSATION_COURT_ACT
    if procedure == Procedure.CIVIL:
        if act_kind not in ACTS_WITHOUT_APPEAL:
            data["appeal"] = appeal
        if not supreme_court_review:
            data["art438_part6"] = art438_part6
    else:
        data["direction"] = direction
    if exclusion and not supreme_court_review:
        data["exclusion"] = exclusion
    if today is not None:
        data["today"] = today.isoformat()
    if filed_at is not None:
        data["filed_at"] = filed_at.isoformat()
    return data


def petition_facts(
    petition: Petition, *, today: dt.date | None = None, filed_at: dt.datetime | None = None
) -> deadlines.CaseFacts | None:
    """The case facts of the petition, or None while the case questions are not all answered."""
    if not (petition.procedure and petition.act_kind and petition.in_force_on):
        return None
    # A cassation court's act is reviewed by the Supreme Court: no cassation exclusions (CPC 434.2,
    # CrPC 484) and no appeal question apply to it.
    if not petition.exclusion and petition.act_kind != ActKind.CASSATION_COURT_ACT:
        return None
    if petition.procedure == Procedure.CIVIL:
        if petition.act_kind not in ACTS_WITHOUT_APPEAL and not petition.appeal:
            return None
    elif not petition.direction:
        return None
    return deadlines.facts_from_dict(
        case_facts(
            procedure=petition.procedure,
            act_kind=petition.act_kind,
            in_force_on=petition.in_force_on,
            appeal=petition.appeal,
            art438_part6=petition.art438_part6,
            direction=petition.direction,
            exclusion=petition.exclusion,
            today=today,
            filed_at=filed_at,
        )
    )


def petition_assess(
    petition: Petition, *, today: dt.date, filed_at: dt.datetime | None = None
) -> deadlines.Assessment | None:
    """The engine's answer, or None while the facts are incomplete or outside what it knows
    (for example an in-force date before its calendar starts); the page then says so."""
    try:
        facts = petition_facts(petition, today=today, filed_at=filed_at)
    except deadlines.DeadlinesInputError:
        return None
    return None if facts is None else deadlines.assess(facts, today=today)


def in_time(answer: deadlines.Assessment | None) -> bool:
    """Admissible, and not out of time today."""
    if answer is None or not answer.admissible:
        return False
    return answer.unlimited or (answer.days_left is not None and answer.days_left >= 0)


def late_but_restorable(answer: deadlines.Assessment | None) -> bool:
    """Out of time, but the court of cassation may restore its term when asked with the filing.

    The engine says so (``Restoration.CASSATION_TERM``): the person can still file, with the
    reasons why the term was missed; the court decides. Other late answers stay closed.
    """
    if answer is None or not answer.admissible or in_time(answer):
        return False
    return answer.restoration is deadlines.Restoration.CASSATION_TERM


def may_proceed(answer: deadlines.Assessment | None) -> bool:
    """Can the person go on to file? In time, or late with a term the court may restore."""
    return in_time(answer) or late_but_restorable(answer)


def petition_needs_restoration(petition: Petition, *, today: dt.date | None = None) -> bool:
    """Is the petition late today, with a term that may be restored (so the reasons are asked)?"""
    return late_but_restorable(petition_assess(petition, today=today or timezone.localdate()))


def explanation_in(
    answer: deadlines.Assessment | None, language: str | None
) -> tuple[deadlines.Step, ...]:
    """The explanation as the steps a citizen scans, in ``language`` (kk if not ru or en)."""
    if answer is None:
        return ()
    return answer.explanation.steps((language or "kk")[:2])


_CITATION = re.compile(r"^(CPC|CrPC) (\d+(?:-\d+)?)(?:\.(\d+))?$")
_GROUND_CITATION = re.compile(r"^(CPC|CrPC) art\. (\d+(?:-\d+)?) part (\d+)$")


def citation_text(code: str) -> str:
    """A citation of the engine ("CPC 436.1", "CrPC 498-1.3", "CPC 454-2", "Law 136-VIII") as
    readers of the page write it."""
    match = _CITATION.match(code)
    if match is not None:
        kind, article, part = match.groups()
        values = {"article": article, "part": part}
        if part is None:
            if kind == "CPC":
                return _("CPC article %(article)s") % values
            return _("CrPC article %(article)s") % values
        if kind == "CPC":
            return _("CPC article %(article)s part %(part)s") % values
        return _("CrPC article %(article)s part %(part)s") % values
    if code.startswith("Law "):
        return _("Law No. %(number)s") % {"number": code.removeprefix("Law ")}
    return code


def ground_text(ground: deadlines.ExceptionalGround, language: str | None = None) -> str:
    """An exceptional ground in ``language`` (else the active one), with its citation as the
    page's readers write it: "… (АПК 454-1-бабының 1-бөлігі)"."""
    language = (language or get_language() or "kk")[:2]
    text = str(getattr(ground, language, ground.kk))
    match = _GROUND_CITATION.match(ground.citation)
    code = f"{match[1]} {match[2]}.{match[3]}" if match else ground.citation
    with override(language):
        return f"{text} ({citation_text(code)})"


def citations_text(answer: deadlines.Assessment) -> str:
    return ", ".join(citation_text(code) for code in answer.citations)

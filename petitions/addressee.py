"""The court a petition is addressed to (CPC art. 441, CrPC art. 488 require it named).

It follows the law of the filing day and the kind of case: before 1 July 2025 the Supreme Court,
as the service page describes; from then the cassation court for civil or for criminal cases in
Astana. A draft is addressed by today (the day it would be filed), a submitted petition by the
regime its recorded assessment used at the moment of submission. ``DEADLINES_REGIME`` may pin a
regime (training, tests). Names are data in the three languages, like the court directory. The
document's name follows the same law (``document_title``).
"""

import datetime as dt

from django.conf import settings
from django.utils.translation import get_language, gettext

import deadlines

from .models import ActKind, Petition, Procedure
from .time_limit import filing_day

SUPREME_COURT = {
    "kk": "Қазақстан Республикасының Жоғарғы Соты",
    "ru": "Верховный Суд Республики Казахстан",
    "en": "Supreme Court of the Republic of Kazakhstan",
}
CASSATION_COURTS = {
    Procedure.CIVIL: {
        "kk": "Азаматтық істер жөніндегі кассациялық сот",
        "ru": "Кассационный суд по гражданским делам",
        "en": "Cassation Court for Civil Cases",
    },
    Procedure.CRIMINAL: {
        "kk": "Қылмыстық істер жөніндегі кассациялық сот",
        "ru": "Кассационный суд по уголовным делам",
        "en": "Cassation Court for Criminal Cases",
    },
}


def regime_on(day: dt.date) -> str:
    """The regime for a filing on ``day``: the site's pinned one, else the law of that day."""
    if settings.DEADLINES_REGIME != deadlines.Regime.AUTO:
        return str(settings.DEADLINES_REGIME)
    return str(deadlines.regime_on(day))


def petition_regime(petition: Petition, *, today: dt.date | None = None) -> str:
    """The regime a petition is filed under.

    Submitted: the one its assessment at the moment of submission recorded, else the law of the
    submission day. A draft: the law of ``today`` (by default the court's today), the day it
    would be filed - so a draft begun before a boundary and signed after it follows the later law.
    """
    if petition.submitted_at is not None:
        recorded = (petition.deadline or {}).get("regime")
        if recorded:
            return str(recorded)
    return regime_on(filing_day(petition, today=today))


def regime_addressee_names(
    regime: str, procedure: str, act_kind: str = ""
) -> dict[str, str] | None:
    """The court a ``procedure`` case is addressed to under ``regime``, in kk/ru/en."""
    if procedure not in Procedure.values:
        return None
    if is_complaint(regime, act_kind):
        return dict(CASSATION_COURTS[Procedure(procedure)])
    return dict(SUPREME_COURT)


def addressee_names(petition: Petition, *, today: dt.date | None = None) -> dict[str, str] | None:
    """The addressed court in kk/ru/en, or None before the kind of case is known."""
    return regime_addressee_names(
        petition_regime(petition, today=today), petition.procedure, petition.act_kind
    )


def is_complaint(regime: str, act_kind: str = "") -> bool:
    """Is a filing under ``regime`` against an ``act_kind`` act a cassation complaint (to the
    cassation courts, from 1 July 2025) rather than a petition to the Supreme Court? Before that
    day every filing was a petition; from then a petition goes to the Supreme Court only against
    a cassation court's own act (CPC ch. 54-1, CrPC ch. 52-1). Pages name the document by it."""
    return regime == deadlines.Regime.CASSATION_COURTS and act_kind != ActKind.CASSATION_COURT_ACT


def files_complaint(petition: Petition, *, today: dt.date | None = None) -> bool:
    """Is the petition, by the law it is filed under and the act it contests, a cassation
    complaint?"""
    return is_complaint(petition_regime(petition, today=today), petition.act_kind)


def regime_document_title(regime: str, act_kind: str = "") -> str:
    """The document's name under ``regime``, in the active language."""
    if is_complaint(regime, act_kind):
        return gettext("Cassation complaint")
    if act_kind == ActKind.CASSATION_COURT_ACT:
        return gettext("Petition for review by the Supreme Court")
    return gettext("Petition for cassation review")


def document_title(petition: Petition, *, today: dt.date | None = None) -> str:
    """The document's name by the same law, in the active language: a petition (өтінішхат) to
    the Supreme Court before 1 July 2025, a cassation complaint (кассациялық шағым) from then,
    and from then too a petition to the Supreme Court against a cassation court's act."""
    return regime_document_title(petition_regime(petition, today=today), petition.act_kind)


def in_language(names: dict[str, str] | None, language: str | None = None) -> str:
    """One of the kk/ru/en names: ``language``'s, else the active language's ("" for None)."""
    if names is None:
        return ""
    return names.get((language or get_language() or "kk")[:2], names["kk"])


def addressee_name(
    petition: Petition, language: str | None = None, *, today: dt.date | None = None
) -> str:
    return in_language(addressee_names(petition, today=today), language)

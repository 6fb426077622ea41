"""The court a petition is addressed to (CPC art. 441, CrPC art. 488 require it named).

It follows from the site's regime and the kind of case: the Supreme Court, as the service page
describes; or, in the regime in force since 1 July 2025, the cassation court for civil or for
criminal cases in Astana. Names are data in the three languages, like the court directory.
"""

from django.conf import settings
from django.utils.translation import get_language

from .models import Petition, Procedure

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


def addressee_names(petition: Petition) -> dict[str, str] | None:
    """The addressed court in kk/ru/en, or None before the kind of case is known.

    The regime is the one the petition's time limit was assessed under, else the site's.
    """
    if petition.procedure not in Procedure.values:
        return None
    regime = (petition.deadline or {}).get("regime") or settings.DEADLINES_REGIME
    if regime == "cassation_courts":
        return dict(CASSATION_COURTS[Procedure(petition.procedure)])
    return dict(SUPREME_COURT)


def addressee_name(petition: Petition, language: str | None = None) -> str:
    names = addressee_names(petition)
    if names is None:
        return ""
    return names.get((language or get_language() or "kk")[:2], names["kk"])

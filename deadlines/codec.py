"""Strict conversion between the CLI's JSON objects and the engine's types.

Strict on purpose: a citizen's deadline must never rest on a guessed input. Dates must be exactly
``YYYY-MM-DD`` (``date.fromisoformat`` would also take "20260430" or week dates), ``filed_at`` must
carry a UTC offset (a naive time would silently be read in the server's zone), booleans must be
JSON ``true``/``false`` (not 0/1), and unknown keys are errors rather than ignored. ``null`` for an
optional key means "not given". Choices, consistency and ranges are checked by ``CaseFacts``
itself, so the web form and the CLI refuse exactly the same cases.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from deadlines.errors import DeadlinesInputError
from deadlines.model import Assessment, CaseFacts

INPUT_KEYS = frozenset(
    {"procedure", "act_kind", "in_force_on", "appeal", "direction", "art438_part6", "regime",
     "filed_at", "today", "exclusion"}
)  # fmt: skip
OUTPUT_KEYS = (
    "regime", "admissible", "route", "deadline", "unlimited", "on_time", "restorable", "days_left",
    "citations", "explanation",
)  # fmt: skip
_CHOICE_KEYS = ("procedure", "act_kind", "appeal", "direction", "regime", "exclusion")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})")


def _date(data: dict[str, Any], key: str, *, required: bool) -> date | None:
    value = data.get(key)
    if value is None:
        if required:
            raise DeadlinesInputError("missing", f"{key} is required", key)
        return None
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise DeadlinesInputError("invalid_type", f"{key} must be a date YYYY-MM-DD", key)
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"{key} is not a real date: {value}"
        raise DeadlinesInputError("invalid_date", msg, key) from None


def _datetime(data: dict[str, Any], key: str) -> datetime | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not _DATETIME.fullmatch(value):
        msg = f"{key} must be an ISO datetime with a UTC offset, e.g. 2026-04-30T23:59:59+05:00"
        raise DeadlinesInputError("invalid_type", msg, key)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        msg = f"{key} is not a real moment: {value}"
        raise DeadlinesInputError("invalid_date", msg, key) from None


def facts_from_dict(data: object) -> CaseFacts:
    """Validate the CLI's input object and return the case facts.

    Raises ``DeadlinesInputError`` for wrong types, unknown or missing keys, impossible dates,
    dates outside the supported calendar, and combinations the codes do not know.
    """
    if not isinstance(data, dict):
        raise DeadlinesInputError("invalid_type", "input must be a JSON object")
    unknown = sorted(set(data) - INPUT_KEYS)
    if unknown:
        msg = f"unknown key(s): {', '.join(map(repr, unknown))}"
        raise DeadlinesInputError("unknown_key", msg, unknown[0])
    for key in _CHOICE_KEYS:
        if data.get(key) is not None and not isinstance(data[key], str):
            raise DeadlinesInputError("invalid_type", f"{key} must be a string", key)
    art438 = data.get("art438_part6")
    if art438 is not None and not isinstance(art438, bool):
        msg = "art438_part6 must be true or false"
        raise DeadlinesInputError("invalid_type", msg, "art438_part6")
    return CaseFacts(
        procedure=data.get("procedure"),  # type: ignore[arg-type]  # converted by CaseFacts
        act_kind=data.get("act_kind"),  # type: ignore[arg-type]
        in_force_on=_date(data, "in_force_on", required=True),  # type: ignore[arg-type]
        appeal=data.get("appeal"),
        direction=data.get("direction"),
        art438_part6=bool(art438),
        regime=data.get("regime"),  # type: ignore[arg-type]  # None: the default regime
        filed_at=_datetime(data, "filed_at"),
        today=_date(data, "today", required=False),
        exclusion=data.get("exclusion"),
    )


def assessment_to_dict(assessment: Assessment) -> dict[str, Any]:
    """Return exactly the CLI's output object (JSON-ready: dates as ISO strings)."""
    deadline = assessment.deadline
    explanation = assessment.explanation
    return {
        "regime": str(assessment.regime),
        "admissible": assessment.admissible,
        "route": None if assessment.route is None else str(assessment.route),
        "deadline": deadline.isoformat() if deadline is not None else None,
        "unlimited": assessment.unlimited,
        "on_time": assessment.on_time,
        "restorable": assessment.restorable,
        "days_left": assessment.days_left,
        "citations": list(assessment.citations),
        "explanation": {"kk": explanation.kk, "ru": explanation.ru, "en": explanation.en},
    }

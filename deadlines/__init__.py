"""Cassation deadlines for Kazakhstan: which acts may be reviewed, until when, and why.

A pure library (no Django, no I/O, no clock unless asked): facts in, a cited answer out, in kk, ru
and en. The public API is what this module exports; see ``docs/deadlines.md``.

    >>> from datetime import date
    >>> from deadlines import assess, facts_from_dict
    >>> facts = facts_from_dict({"procedure": "civil", "act_kind": "appellate",
    ...                          "in_force_on": "2025-10-31", "appeal": "decided_on_appeal"})
    >>> assess(facts, today=date(2026, 1, 15)).deadline
    datetime.date(2026, 4, 30)
"""

from deadlines.codec import INPUT_KEYS, OUTPUT_KEYS, assessment_to_dict, facts_from_dict
from deadlines.engine import assess
from deadlines.errors import DeadlinesInputError
from deadlines.grounds import ExceptionalGround, exceptional_grounds
from deadlines.model import (
    ActKind,
    Appeal,
    Assessment,
    CaseFacts,
    Direction,
    Exclusion,
    Explanation,
    Note,
    Procedure,
    Reason,
    Regime,
    Restoration,
    Route,
    Step,
)
from deadlines.rules import regime_on
from deadlines.terms import COURT_TZ
from deadlines.workdays import is_working_day, next_working_day

__all__ = [
    "COURT_TZ",
    "INPUT_KEYS",
    "OUTPUT_KEYS",
    "ActKind",
    "Appeal",
    "Assessment",
    "CaseFacts",
    "DeadlinesInputError",
    "Direction",
    "ExceptionalGround",
    "Exclusion",
    "Explanation",
    "Note",
    "Procedure",
    "Reason",
    "Regime",
    "Restoration",
    "Route",
    "Step",
    "assess",
    "assessment_to_dict",
    "exceptional_grounds",
    "facts_from_dict",
    "is_working_day",
    "next_working_day",
    "regime_on",
]

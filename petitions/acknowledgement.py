"""Filing against the time-limit answer: the person acknowledges it, the court decides.

The portal never refuses to file because its own engine thinks the petition late, not reviewable
in cassation or premature, or cannot answer at all: admissibility is the court's to decide, and
the engine can be wrong (a holiday not yet in the law, a transitional rule not yet encoded). Where
the portal used to stop the person, the time-limit page shows the answer and asks them to
acknowledge that the court may return the petition, or refuse to consider it, for that reason.
A late civil petition whose term the court may restore needs no acknowledgement: it goes on as
before, and its content asks why the term was missed.

What is stored, and what invalidates it. ``Petition.deadline_acknowledged`` holds the key facts
of the answer acknowledged (``acknowledgement_of``): the verdict (late, not reviewable, premature,
no answer), the regime, the engine's reason, the last day and the citations — exactly what the
person read, and nothing that moves by itself from day to day (``days_left``, the explanation's
wording of "today"). The acknowledgement holds while the answer computed now has the same key
facts; any change of them — another case answer, another regime on the filing day, a corrected
rule or calendar — asks for it again. Comparing the facts themselves, rather than remembering
which answers were changed, covers every way an answer can change, including ones no save
triggers; saving a case answer also clears an acknowledgement the new answer no longer matches, so
the check page, the manifest and the PDF never show one that does not apply.

The facts, not a hash of them, are stored: they go into the signed manifest, and a clerk reading
the petition sees what the filer acknowledged. The page posts a digest of the facts it showed
(``fingerprint``), so a second tab changing the answer meanwhile is caught, never acknowledged
unseen.
"""

import hashlib
import json
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

import deadlines

from .models import Petition
from .time_limit import in_time, may_proceed

LATE, NOT_REVIEWABLE, PREMATURE, NO_ANSWER = "late", "not_reviewable", "premature", "no_answer"


def verdict(answer: deadlines.Assessment | None) -> str | None:
    """What the engine's answer says against filing, or None when it says nothing against it.

    At the moment of filing the engine compares the filing instant with the term (``on_time``);
    before it, the days left today say the same.
    """
    if answer is None:
        return NO_ANSWER
    if not answer.admissible:
        if answer.reason is deadlines.Reason.NOT_IN_FORCE_WHEN_FILED:
            return PREMATURE
        return NOT_REVIEWABLE
    late = answer.on_time is False if answer.on_time is not None else not in_time(answer)
    return LATE if late else None


def acknowledgement_of(answer: deadlines.Assessment | None) -> dict[str, Any] | None:
    """The key facts acknowledging ``answer`` records; None when the person may go on without
    (in time, or late with a term the court may restore and the reasons asked)."""
    if may_proceed(answer):
        return None
    kind = verdict(answer)
    if answer is None or kind is None:
        return {"verdict": NO_ANSWER}
    return {
        "verdict": kind,
        "regime": str(answer.regime),
        "reason": str(answer.reason),
        "deadline": answer.deadline.isoformat() if answer.deadline is not None else None,
        "citations": list(answer.citations),
    }


def fingerprint(facts: dict[str, Any] | None) -> str:
    """A digest of the facts a page showed, posted back with the acknowledgement."""
    canonical = json.dumps(facts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def acknowledged(petition: Petition, answer: deadlines.Assessment | None) -> bool:
    """Has the person acknowledged this very answer (one that needs it)?"""
    needed = acknowledgement_of(answer)
    return needed is not None and petition.deadline_acknowledged == needed


def may_file(petition: Petition, answer: deadlines.Assessment | None) -> bool:
    """May the person go on past the time limit: the answer lets them, or they acknowledged it."""
    return may_proceed(answer) or acknowledged(petition, answer)


def acknowledgement_text(petition: Petition) -> str:
    """The recorded acknowledgement as the clerk reads it (blank if none), in today's language."""
    facts = petition.deadline_acknowledged
    if not facts or petition.deadline_acknowledged_at is None:
        return ""
    when = date_format(timezone.localtime(petition.deadline_acknowledged_at), "DATETIME_FORMAT")
    kind = facts.get("verdict")
    if kind == LATE:
        text = _(
            "On %(when)s the filer acknowledged that, by the portal's calculation, the time limit "
            "has passed, and that the court may return the petition or refuse to consider it for "
            "this reason."
        )
    elif kind == NOT_REVIEWABLE:
        text = _(
            "On %(when)s the filer acknowledged that, by the portal's calculation, the act cannot "
            "be contested in cassation, and that the court may return the petition or refuse to "
            "consider it for this reason."
        )
    elif kind == PREMATURE:
        text = _(
            "On %(when)s the filer acknowledged that, by the portal's calculation, the act had not "
            "entered into legal force, and that the court may return the petition or refuse to "
            "consider it for this reason."
        )
    else:
        text = _(
            "On %(when)s the filer acknowledged that the portal could not work out the time "
            "limit, and that the court may return the petition or refuse to consider it for this "
            "reason."
        )
    return text % {"when": when}

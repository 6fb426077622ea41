"""Is the petition ready to sign? The one authority, as pure functions of the petition.

The task list, the cabinet's next step, the check and sign pages and the submission service all
ask here, so a petition the pages would not let a person sign cannot be sent by calling the
service directly either. Each section is decided once:

- case: every case question answered, and the time limit lets the person go on (in time, or late
  with a term the court may restore) or they acknowledged its answer (``acknowledgement``: the
  portal never refuses to file on its own reckoning of the time limit; the court decides);
- parties: exactly one petitioner and someone else, every IIN and BIN one that can exist; filing
  for oneself, the petitioner is the account holder (IIN and name), for a client never the filer;
- content: every applicable content question answered (CPC art. 441 / CrPC art. 488);
- documents: the documents those articles require are attached.

``refusals`` says the same at the moment of submission, with the words the person reads. What it
refuses is what is not a filing (no parties, no content, no documents, the reasons for a term the
court may restore not given) and an answer against filing the person has not acknowledged — never
the answer itself.
"""

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import deadlines

from . import flow
from .acknowledgement import may_file
from .models import Attachment, Petition, StateFee
from .parties import parties_valid
from .time_limit import late_but_restorable, petition_assess

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

DONE, TODO, CANNOT_START = "done", "todo", "cannot_start"
NOT_ACKNOWLEDGED = "deadline_not_acknowledged"


def parties_complete(petition: Petition) -> bool:
    """Exactly one petitioner and someone else, by the rules of ``petitions.parties``."""
    return parties_valid(petition, petition.parties.all())  # prefetched in the cabinet


def content_complete(petition: Petition) -> bool:
    """Every content question that applies to this petition is answered."""
    return all(step.answered(petition) for step in flow.section_steps(petition, "content"))


def documents_missing(petition: Petition) -> list["StrOrPromise"]:
    """The documents CPC art. 441 / CrPC art. 488 require that are not attached yet.

    A copy of the contested act always; the power of attorney or warrant when a lawyer files for
    a client; the state-fee payment document when the person said they paid it (civil cases).
    """
    kinds = {a.kind for a in petition.attachments.all()}  # prefetched in the cabinet
    missing: list[StrOrPromise] = []
    if Attachment.Kind.COURT_ACT not in kinds:
        missing.append(gettext_lazy("Attach a copy of the contested court act."))
    if petition.for_client and Attachment.Kind.AUTHORITY not in kinds:
        missing.append(
            gettext_lazy(
                "Attach the power of attorney or the lawyer's warrant that lets you file for the "
                "client."
            )
        )
    if petition.state_fee == StateFee.PAID and Attachment.Kind.STATE_FEE not in kinds:
        missing.append(gettext_lazy("Attach the document that shows the state fee was paid."))
    return missing


def case_open(petition: Petition, *, today: dt.date | None = None) -> bool:
    """The case questions are answered and the time limit lets the person go on, or its answer
    is acknowledged."""
    if flow.case_unanswered(petition) is not None:
        return False
    return may_file(petition, petition_assess(petition, today=today or timezone.localdate()))


def sections_state(petition: Petition, *, today: dt.date | None = None) -> dict[str, str]:
    """Each task-list section's state; ``sign`` is TODO exactly when the petition may be signed."""
    open_ = case_open(petition, today=today)
    content = content_complete(petition)
    parties = parties_complete(petition)
    files = not documents_missing(petition)
    return {
        "case": DONE if open_ else TODO,
        "parties": (DONE if parties else TODO) if open_ else CANNOT_START,
        "content": (DONE if content else TODO) if open_ else CANNOT_START,
        "attachments": (DONE if files else TODO) if open_ else CANNOT_START,
        "sign": TODO if open_ and parties and content and files else CANNOT_START,
    }


def ready_to_sign(petition: Petition, *, today: dt.date | None = None) -> bool:
    return sections_state(petition, today=today)["sign"] != CANNOT_START


@dataclass(frozen=True)
class Unready:
    """Why a petition cannot be sent, as the person reads it."""

    code: str
    message: str


def refusals(petition: Petition, *, answer: deadlines.Assessment | None) -> list[Unready]:
    """What stops the petition being sent now, given the time limit's ``answer`` at the moment
    of filing; empty when it may be sent. The sections the task list shows; the time limit comes
    before the content, since a late petition's content asks for the reasons it is late."""
    found = []
    if flow.case_unanswered(petition) is not None:
        found.append(
            Unready(
                "case_incomplete",
                _("Answer every question about the contested act and the case."),
            )
        )
    if not parties_complete(petition):
        found.append(
            Unready(
                "parties_incomplete",
                _(
                    "Name exactly one petitioner and at least one other party, with IINs or BINs "
                    "that exist. Filing for yourself, the petitioner is you, with your own name "
                    "and IIN; filing for a client, it is the client."
                ),
            )
        )
    missing = documents_missing(petition)
    if missing:
        found.append(Unready("documents_missing", " ".join(str(m) for m in missing)))
    late = _time_limit_refusal(petition, answer)
    if late is not None:
        found.append(late)
    if not content_complete(petition):
        found.append(
            Unready(
                "content_incomplete",
                _(
                    "Answer every question of the petition's content: the grounds, the arguments "
                    "and what you ask the court to do."
                ),
            )
        )
    return found


def acknowledgement_missing(petition: Petition, *, today: dt.date | None = None) -> Unready | None:
    """The refusal for an answer against filing not acknowledged (today's answer), if that is
    what keeps the case section open; None otherwise."""
    if flow.case_unanswered(petition) is not None:
        return None
    answer = petition_assess(petition, today=today or timezone.localdate())
    refusal = _time_limit_refusal(petition, answer)
    return refusal if refusal is not None and refusal.code == NOT_ACKNOWLEDGED else None


def _time_limit_refusal(petition: Petition, answer: deadlines.Assessment | None) -> Unready | None:
    """Never the answer itself: an answer against filing that the person has not acknowledged
    (as it is at the moment of filing: a term can end between the check page and the POST), or
    the missing reasons for a term the court may restore."""
    # may_file: the answer lets them (in time, or late and restorable), or it was acknowledged.
    if not may_file(petition, answer):
        return Unready(
            NOT_ACKNOWLEDGED,
            _(
                "By the portal's calculation the time limit has passed, or the act cannot be "
                "contested in cassation, and you have not confirmed that you understand this "
                "(the answer may have changed since you saw it). Open the time-limit page, read "
                "the answer and confirm it, then sign again."
            ),
        )
    if late_but_restorable(answer) and not petition.restoration_reasons:
        return Unready(
            "restoration_reasons_missing",
            _(
                "The time limit has passed. If the court may restore it, the petition asks why "
                "you missed it: open the time-limit page, then answer that question."
            ),
        )
    return None

"""Writes on petitions. Views call these; each is safe to repeat (idempotent) where it matters."""

import datetime as dt
import logging
from functools import partial
from typing import Any

from django.db import transaction
from django.utils import timezone

import deadlines
from cabinet.models import Role, User
from core.refusal import Refusal

from ..acknowledgement import acknowledgement_of, fingerprint
from ..flow import Step
from ..models import FIRST_INSTANCE_ACTS, ActKind, Party, Petition, Procedure, Status, StatusEvent
from ..parties import iin_bin_problem, petitioner_problem
from ..selectors import PetitionNotEditableError
from ..time_limit import petition_assess

logger = logging.getLogger(__name__)

CASE_FIELDS = {
    "procedure",
    "act_kind",
    "in_force_on",
    "appeal",
    "direction",
    "art438_part6",
    "exclusion",
}
# Answers that mean nothing once the procedure changes (civil acts vs criminal acts).
PROCEDURE_DEPENDENT = {
    "standing": "",
    "act_kind": "",
    "appeal": "",
    "direction": "",
    "art438_part6": False,
    "exclusion": "",
    "exceptional_grounds": [],
    "other_court_name": "",
    "other_act_date": None,
    "wants_hearing": None,
    "state_fee": "",
    "fee_exemption": "",
    "fee_exemption_item": None,
    "fee_claim": "",
    "fee_claim_amount": None,
    "fee_filer": "",
}

# Answers that mean nothing once the contested act becomes, or stops being, a cassation court's.
SUPREME_COURT_REVIEW_DEPENDENT = {
    "exclusion": "",
    "art438_part6": False,
    "exceptional_grounds": [],
    "state_fee": "",
    "fee_exemption": "",
    "fee_exemption_item": None,
    "fee_claim": "",
    "fee_claim_amount": None,
    "fee_filer": "",
}


def court_list(act_kind: str) -> str:
    """Which list the contested act's court comes from: named (first instance), the cassation
    courts, or the rest of the directory."""
    if act_kind in FIRST_INSTANCE_ACTS:
        return "named"
    return "cassation" if act_kind == ActKind.CASSATION_COURT_ACT else "directory"


def petition_start(*, filer: User) -> Petition:
    # A lawyer is asked whose petition it is before anything else; a citizen files for themself.
    return Petition.objects.create(
        filer=filer, for_client=None if filer.role == Role.LAWYER else False
    )


def petition_lock_draft(petition: Petition) -> Petition:
    """Lock the petition's row for this transaction and return it fresh; refuse if not a draft.

    The ``petition`` a view holds was read when the request began: a slow upload or a second tab
    may have signed and sent it since. Every write re-reads the status under the row lock that
    signing also takes, so nothing changes a petition after the manifest it was signed over.
    """
    locked = Petition.objects.select_for_update().filter(pk=petition.pk).first()
    if locked is None or locked.status != Status.DRAFT:
        raise PetitionNotEditableError
    return locked


def petition_deadline_refresh(*, petition: Petition, today: dt.date | None = None) -> None:
    """Re-assess the term (unsaved); drop an acknowledgement the new answer no longer matches."""
    answer = petition_assess(petition, today=today or timezone.localdate())
    petition.deadline = None if answer is None else deadlines.assessment_to_dict(answer)
    if petition.deadline_acknowledged != acknowledgement_of(answer):
        petition.deadline_acknowledged = petition.deadline_acknowledged_at = None


@transaction.atomic
def petition_deadline_acknowledge(
    *, petition: Petition, seen: str, now: dt.datetime | None = None
) -> bool:
    """Record that the person acknowledged the time-limit answer they were shown.

    ``seen`` is the ``acknowledgement.fingerprint`` of the answer the page showed. Under the row
    lock the answer is assessed again: if it needs no acknowledgement, or is not the one shown
    (another tab changed a case answer, the day turned), nothing is recorded and False is
    returned. Acknowledging the same answer again keeps the first time.
    """
    petition = petition_lock_draft(petition)
    now = now or timezone.now()
    facts = acknowledgement_of(petition_assess(petition, today=timezone.localdate(now)))
    if facts is None or fingerprint(facts) != seen:
        return False
    if petition.deadline_acknowledged != facts:
        petition.deadline_acknowledged, petition.deadline_acknowledged_at = facts, now
        petition.save(
            update_fields=["deadline_acknowledged", "deadline_acknowledged_at", "updated_at"]
        )
    return True


@transaction.atomic
def petition_answer_save(*, petition: Petition, step: Step, data: dict[str, Any]) -> Petition:
    """Save one page's answers; clear answers the change made meaningless; re-assess the term."""
    petition = petition_lock_draft(petition)
    if "procedure" in data and data["procedure"] != petition.procedure:
        for name, empty in PROCEDURE_DEPENDENT.items():
            setattr(petition, name, empty)
    if "act_kind" in data and data["act_kind"] != petition.act_kind:
        # What happened on appeal, and (civil) the other instance's act, are questions about this
        # act: ask them again for another one. A criminal court of appeal's act stays.
        petition.appeal = ""
        if petition.procedure == Procedure.CIVIL:
            petition.other_court_name, petition.other_act_date = "", None
        if court_list(data["act_kind"]) != court_list(petition.act_kind):
            # A first-instance court is named, the others chosen from their own lists: the
            # court is asked again.
            petition.court, petition.court_name = None, ""
        if ActKind.CASSATION_COURT_ACT in (data["act_kind"], petition.act_kind):
            # To or from the Supreme Court's review of a cassation court's act: its exceptional
            # grounds replace the cassation exclusions, and no state fee is charged for it.
            for name, empty in SUPREME_COURT_REVIEW_DEPENDENT.items():
                setattr(petition, name, empty)
    for name in step.fields:
        setattr(petition, name, data[name])
    if CASE_FIELDS & set(step.fields):
        petition_deadline_refresh(petition=petition)
    petition.save()
    return petition


@transaction.atomic
def party_add(*, petition: Petition, role: str, name: str, iin_bin: str, address: str) -> Party:
    """Add a party; refuse what ``petitions.parties`` forbids (``Refusal.code`` is the field).

    The rules are checked again here, under the draft's row lock, because the form's check ran
    before it: two tabs could otherwise each add "the one" petitioner.
    """
    locked = petition_lock_draft(petition)
    problem = iin_bin_problem(iin_bin)
    if problem is not None:
        raise Refusal("iin_bin", str(problem))
    if role == Party.Role.PETITIONER:
        found = petitioner_problem(locked, name=name, iin_bin=iin_bin, others=locked.parties.all())
        if found is not None:
            raise Refusal(found.field, str(found.message))
    return Party.objects.create(
        petition=petition, role=role, name=name, iin_bin=iin_bin, address=address
    )


@transaction.atomic
def party_remove(*, party: Party) -> None:
    petition_lock_draft(party.petition)
    party.delete()


def petition_delete_draft(*, petition: Petition) -> bool:
    """Delete a draft (and its files). Returns False if it is no longer a draft."""
    with transaction.atomic():
        locked = (
            Petition.objects.select_for_update().filter(pk=petition.pk, status=Status.DRAFT).first()
        )
        if locked is None:
            return False
        files = [a.file for a in locked.attachments.all()]
        locked.delete()
    for stored in files:
        transaction.on_commit(partial(stored.storage.delete, stored.name))
    return True


def status_event_record(
    *, petition: Petition, status: str, actor: User | None = None, note: str = ""
) -> StatusEvent:
    """Record a status change (inside the transaction of its compare-and-swap update) and, once
    that commits, ask for the filer's notifications (``cabinet.tasks.notifications_for_event``).

    A broker that is down must not turn a committed status change into an error page: the
    callback never raises; the failure is logged and the notifications sweeper asks again."""
    event = StatusEvent.objects.create(
        petition=petition, status=status, at=timezone.now(), actor=actor, note=note
    )
    transaction.on_commit(partial(_notify, event.pk))
    return event


def _notify(event_id: int) -> None:
    from cabinet.tasks import notifications_for_event  # cabinet's tasks import petitions' models

    try:
        notifications_for_event.delay(event_id)
    except Exception:  # the broker's errors are many (kombu, redis, OS); the event is stored
        logger.warning("Notifications for status event %s not enqueued.", event_id)

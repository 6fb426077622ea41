"""Withdraw a sent petition before a decision: the filer signs a statement with ЭЦҚ.

The statement is a canonical document (UTF-8 JSON, sorted keys, as the manifest) built only from
what the petition was sent with, so the same petition always gives the same bytes: the page shows
it, NCALayer (or the demo signer) signs it, and the signature is verified exactly as the
petition's was (``signing.web.cms.cms_verify``, purpose "petition": a valid, unrevoked NCA key
with nonRepudiation, and the filer's own IIN). Its delivery to the registry is wired elsewhere
(``withdrawal_for``).

Idempotent and race-safe: under the petition's row lock, a petition already withdrawn returns
its withdrawal (a double POST records nothing twice); the move to WITHDRAWN is a compare-and-swap
over the status read under that lock, allowed only where ``petitions.models.TRANSITIONS`` allows
it, so a decision recorded first wins and the withdrawal is refused with a reason.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.refusal import Refusal
from signing.web.cms import CmsTexts, cms_decode, cms_verify

from ..addressee import addressee_names
from ..models import TRANSITIONS, Petition, Status
from ..services.petitions import status_event_record
from ..services.submission import MAX_CMS_CHARS, _refusal_for
from .documents import canonical
from .models import Withdrawal

VERSION = 1
TEXT = {
    "kk": "Мен осы электрондық құжатты қайтарып аламын және оны қарамауды сұраймын.",
    "ru": "Я отзываю настоящий электронный документ и прошу оставить его без рассмотрения.",
    "en": "I withdraw this electronic document and ask that it not be considered.",
}


@dataclass(frozen=True)
class Withdrawn:
    withdrawal: Withdrawal
    created: bool  # False when this call found the petition already withdrawn


def can_withdraw(petition: Petition) -> bool:
    return Status.WITHDRAWN in TRANSITIONS.get(petition.status, frozenset())


def statement_bytes(petition: Petition) -> bytes:
    """The withdrawal statement the filer signs, from the petition as it was sent."""
    return canonical(
        {
            "statement": "withdrawal",
            "statement_version": VERSION,
            "petition": str(petition.public_id),
            "reference": petition.reference,
            "manifest_sha256": petition.manifest_sha256,
            "filer_iin": petition.filer.iin,
            "addressed_to": addressee_names(petition, today=petition_day(petition)),
            "text": TEXT,
        }
    )


def petition_day(petition: Petition) -> dt.date | None:
    return timezone.localdate(petition.submitted_at) if petition.submitted_at else None


def statement_digest(statement: bytes) -> str:
    return hashlib.sha256(statement).hexdigest()


def _texts() -> CmsTexts:
    return CmsTexts(
        missing=_(
            "We did not receive a signature. Sign the withdrawal with NCALayer and try again."
        ),
        unreadable=_("The signature could not be read. Sign the withdrawal again."),
    )


def withdrawal_cms_decode(value: str) -> bytes:
    return cms_decode(value, max_chars=MAX_CMS_CHARS, texts=_texts())


def refusal_decided() -> Refusal:
    return Refusal(
        "withdrawal_too_late",
        _("The court has already made its decision, so this can no longer be withdrawn."),
    )


def withdrawal_for(petition: Petition) -> Withdrawal | None:
    """The petition's signed withdrawal, if it has one (for delivery to the registry)."""
    return Withdrawal.objects.filter(petition=petition).first()


def petition_withdraw(
    *, petition: Petition, cms: bytes, seen_sha256: str, now: dt.datetime | None = None
) -> Withdrawn:
    now = now or timezone.now()
    existing = withdrawal_for(petition)
    if existing is not None:
        return Withdrawn(existing, created=False)
    if not can_withdraw(petition):
        raise refusal_decided()
    statement = statement_bytes(petition)
    digest = statement_digest(statement)
    if seen_sha256 != digest:
        raise Refusal(
            "statement_changed",
            _("The withdrawal statement changed. Read it again and sign it again."),
        )
    report = cms_verify(
        cms=cms, content=statement, purpose="petition", texts=_texts(), refusal_for=_refusal_for
    )
    if petition.filer.iin not in {signer.iin for signer in report.signers}:
        raise Refusal(
            "signer_not_filer",
            _(
                "The withdrawal was signed with someone else's key. "
                "Sign it with your own e-signature (IIN %(iin)s)."
            )
            % {"iin": petition.filer.iin},
            report,
        )
    with transaction.atomic():
        locked = Petition.objects.select_for_update().get(pk=petition.pk)
        existing = withdrawal_for(locked)
        if existing is not None:
            return Withdrawn(existing, created=False)
        if not can_withdraw(locked):
            raise refusal_decided()
        moved = Petition.objects.filter(pk=locked.pk, status=locked.status).update(
            status=Status.WITHDRAWN
        )
        if moved != 1:  # cannot happen under the row lock; never record a half withdrawal
            raise refusal_decided()
        withdrawal = Withdrawal.objects.create(
            petition=locked,
            statement=statement,
            statement_sha256=digest,
            signature=cms,
            signature_report=report.to_dict(),
            signer_iin=locked.filer.iin,
            signed_by=locked.filer,
            signed_at=now,
        )
        status_event_record(petition=locked, status=Status.WITHDRAWN, actor=locked.filer)
    petition.refresh_from_db()
    return Withdrawn(withdrawal, created=True)

"""Issue the two receipts of a petition, once each, and check a receipt someone presents.

``receipt_issue_submission`` is called when a petition has been submitted (on commit) and
``receipt_issue_registration`` from ``petitions.delivery.services.delivery_registered``, the one
place the court's registration is recorded. Both are idempotent: the petition's row is locked
while a receipt is looked for and written, and a unique (petition, kind) constraint backs that,
so a retried task, a second worker or a repeated call returns the receipt already issued (with
its first facts: a registration is recorded once).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from typing import Any
from uuid import UUID, uuid4

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ..models import Petition, Status
from . import documents
from .keys import service_key
from .models import Receipt

log = logging.getLogger(__name__)

ISSUER = "Court Cabinet e-filing portal"


class NotSubmittedError(ValueError):
    """A draft has nothing to receipt."""


def _sender(petition: Petition) -> dict[str, str]:
    """The sender as the signature names them (the certificate's name), else as the account."""
    name = petition.filer.full_name
    for signer in (petition.signature_report or {}).get("signers", []):
        if signer.get("iin") == petition.signer_iin and signer.get("common_name"):
            name = signer["common_name"]
    return {"iin": petition.signer_iin, "name": name}


def _issue(
    *,
    petition: Petition,
    kind: str,
    facts: Callable[[Petition], dict[str, Any]],
    now: dt.datetime | None,
) -> Receipt:
    """Sign and record a receipt of ``kind`` stating ``facts`` of the petition as locked now
    (never of the caller's copy, which may be stale), or return the one already issued."""
    now = (now or timezone.now()).replace(microsecond=0)
    with transaction.atomic():
        locked = Petition.objects.select_for_update().get(pk=petition.pk)
        if locked.status == Status.DRAFT or not locked.reference:
            raise NotSubmittedError(str(petition.public_id))
        existing = Receipt.objects.filter(petition=locked, kind=kind).first()
        if existing is not None:
            return existing
        public_id = uuid4()
        data = {
            "type": documents.TYPE,
            "version": documents.VERSION,
            "kind": kind,
            "receipt": str(public_id),
            "issued_at": documents.iso(now),
            "issuer": ISSUER,
            "reference": locked.reference,
            "manifest_sha256": locked.manifest_sha256,
            "sender": _sender(locked),
            **facts(locked),
        }
        document = documents.canonical(data)
        key = service_key(now=now)
        return Receipt.objects.create(
            public_id=public_id,
            petition=locked,
            kind=kind,
            document=document,
            sha256=documents.digest(document),
            signature=documents.sign(document, key, at=now),
            certificate=key.certificate.dump(),
            issued_at=now,
        )


def receipt_issue_submission(*, petition: Petition, now: dt.datetime | None = None) -> Receipt:
    """The portal's receipt: the petition (reference, manifest digest) was received from its
    signer at its submission time."""

    def facts(locked: Petition) -> dict[str, Any]:
        assert locked.submitted_at is not None  # every non-draft has one (a CHECK constraint)
        return {"event": "received_by_portal", "received_at": documents.iso(locked.submitted_at)}

    return _issue(petition=petition, kind=Receipt.Kind.SUBMISSION, facts=facts, now=now)


def receipt_issue_registration(
    *,
    petition: Petition,
    incoming_number: str,
    registered_at: dt.datetime,
    registry: str,
    now: dt.datetime | None = None,
) -> Receipt:
    """The registration receipt: the court's registry recorded the petition under its incoming
    number at that time (the moment the law counts it received by the addressee)."""
    facts = {
        "event": "registered_by_court",
        "incoming_number": incoming_number,
        "registered_at": documents.iso(registered_at),
        "registry": registry,
    }
    return _issue(petition=petition, kind=Receipt.Kind.REGISTRATION, facts=lambda _: facts, now=now)


def receipts_for(petition: Petition) -> list[Receipt]:
    return list(Receipt.objects.filter(petition=petition).order_by("issued_at", "id"))


def receipt_details(receipt: Receipt) -> dict[str, Any]:
    """The facts the receipt states, read back from the signed document."""
    data: dict[str, Any] = json.loads(bytes(receipt.document))
    return data


def receipt_by_link(*, public_id: UUID | str, sha256: str) -> Receipt | None:
    """The receipt a verification link addresses, if it is genuine (None: not genuine)."""
    try:
        receipt = Receipt.objects.filter(public_id=public_id, sha256=sha256.lower()).first()
    except (ValueError, ValidationError):
        return None
    if receipt is None:
        return None
    if not documents.signed_by(
        bytes(receipt.signature), bytes(receipt.document), bytes(receipt.certificate)
    ):
        log.error("stored receipt %s does not verify", receipt.public_id)
        return None
    return receipt


def receipt_by_upload(*, document: bytes, signature: bytes) -> Receipt | None:
    """The receipt these bytes are, if they are exactly a genuine one (None: not genuine)."""
    receipt = Receipt.objects.filter(sha256=documents.digest(document)).first()
    if receipt is None:
        return None
    ok = documents.genuine(
        document=document,
        signature=documents.signature_bytes(signature),
        issued_document=bytes(receipt.document),
        issued_signature=bytes(receipt.signature),
        certificate=bytes(receipt.certificate),
    )
    return receipt if ok else None

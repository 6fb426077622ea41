"""What a receipt says, in the reader's language: the same rows on the PDF and the public page.

The facts come from the signed document itself, never from the petition as it is now, so what is
shown is what was signed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Receipt
from .services import receipt_details


def local_time(value: str | None) -> str:
    """An ISO time from the document in Astana time, as the reader's language writes it."""
    if not value:
        return "—"
    return date_format(timezone.localtime(dt.datetime.fromisoformat(value)), "DATETIME_FORMAT")


def receipt_title(kind: str) -> str:
    if kind == Receipt.Kind.REGISTRATION:
        return _("Receipt of registration by the court")
    return _("Receipt of the electronic document by the portal")


def receipt_statement(details: dict[str, Any]) -> str:
    """The fact, the time and the sender (Law on electronic documents, art. 7), in one sentence."""
    sender = details.get("sender") or {}
    values = {
        "reference": details.get("reference", ""),
        "name": sender.get("name", ""),
        "iin": sender.get("iin", ""),
    }
    if details.get("kind") == Receipt.Kind.REGISTRATION:
        return _(
            "The court's registry %(registry)s registered the electronic document %(reference)s "
            "from %(name)s (IIN %(iin)s) under incoming number %(number)s on %(when)s "
            "(Astana time)."
        ) % {
            **values,
            "registry": details.get("registry", ""),
            "number": details.get("incoming_number", ""),
            "when": local_time(details.get("registered_at")),
        }
    return _(
        "The Court Cabinet portal received the electronic document %(reference)s from %(name)s "
        "(IIN %(iin)s) on %(when)s (Astana time)."
    ) % {**values, "when": local_time(details.get("received_at"))}


def receipt_rows(receipt: Receipt) -> list[tuple[str, str]]:
    details = receipt_details(receipt)
    sender = details.get("sender") or {}
    rows = [
        (_("Receipt number"), str(details.get("receipt", ""))),
        (_("Issued"), local_time(details.get("issued_at"))),
        (_("Reference number"), str(details.get("reference", ""))),
        (_("Sender"), f"{sender.get('name', '')}, {sender.get('iin', '')}"),
    ]
    if details.get("kind") == Receipt.Kind.REGISTRATION:
        rows += [
            (_("Incoming number"), str(details.get("incoming_number", ""))),
            (_("Registered"), local_time(details.get("registered_at"))),
            (_("Registry"), str(details.get("registry", ""))),
        ]
    else:
        rows.append((_("Received"), local_time(details.get("received_at"))))
    rows += [
        (_("SHA-256 of the signed document"), str(details.get("manifest_sha256", ""))),
        (_("SHA-256 of this receipt"), receipt.sha256),
    ]
    return rows


def verification_url(receipt: Receipt) -> str:
    """The public address of the receipt's check (the QR code's target)."""
    path = reverse(
        "receipts:verify", kwargs={"public_id": receipt.public_id, "sha256": receipt.sha256}
    )
    return f"{settings.RECEIPT_BASE_URL}{path}"

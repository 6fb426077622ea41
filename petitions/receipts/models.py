"""Receipts and withdrawals. Imported at the end of ``petitions.models`` so that Django registers
them under the ``petitions`` app (one migration history for one domain).

Both are records of something signed: the exact bytes signed are kept next to the signature, and
rows are written once (one receipt of each kind, one withdrawal per petition: database
constraints, so a retry or a second worker cannot issue a second one).
"""

import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Receipt(models.Model):
    class Kind(models.TextChoices):
        SUBMISSION = "submission", _("Receipt of the portal")
        REGISTRATION = "registration", _("Receipt of registration by the court")

    # Unguessable: with the document's digest it addresses the public verification page.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    petition = models.ForeignKey(
        "petitions.Petition", on_delete=models.PROTECT, related_name="receipts"
    )
    kind = models.CharField(_("kind of receipt"), max_length=20, choices=Kind.choices)
    # The canonical document exactly as signed (UTF-8 JSON), its SHA-256, the detached CMS (DER)
    # and the portal certificate that signed it (pinned when a receipt is checked).
    document = models.BinaryField(_("document"))
    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    signature = models.BinaryField(_("signature (CMS)"))
    certificate = models.BinaryField(_("signing certificate"))
    issued_at = models.DateTimeField(_("issued at"))

    class Meta:
        ordering = ("issued_at", "id")
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["petition", "kind"], name="receipt_one_per_kind"),
            models.CheckConstraint(
                condition=Q(kind__in=["submission", "registration"]), name="receipt_kind_known"
            ),
            models.CheckConstraint(
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"), name="receipt_sha256_hex"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.petition}: {self.kind}"


class Withdrawal(models.Model):
    """The filer's signed statement withdrawing a sent petition (before a decision)."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    petition = models.OneToOneField(
        "petitions.Petition", on_delete=models.PROTECT, related_name="withdrawal"
    )
    statement = models.BinaryField(_("statement"))  # canonical JSON, exactly as signed
    statement_sha256 = models.CharField(_("SHA-256"), max_length=64)
    signature = models.BinaryField(_("signature (CMS)"))
    signature_report = models.JSONField(_("signature report"))
    signer_iin = models.CharField(_("signer IIN"), max_length=12)
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, verbose_name=_("by")
    )
    signed_at = models.DateTimeField(_("signed at"))

    class Meta:
        verbose_name = _("withdrawal")
        verbose_name_plural = _("withdrawals")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(statement_sha256__regex=r"^[0-9a-f]{64}$"),
                name="withdrawal_sha256_hex",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.petition}: withdrawn"

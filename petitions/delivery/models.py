"""The delivery outbox and the portal's own court registry (the ``local`` gateway's side).

A ``Delivery`` is written in the same transaction that moves a petition DRAFT → SUBMITTED, so a
submitted petition without its outbox row cannot exist: whatever happens to the broker or the
worker afterwards, the sweeper finds the row and sends it again. Its ``idempotency_key`` is sent
with every attempt; the registry (ours or a remote one) registers a key once, so a retry never
registers the petition twice. Imported at the end of ``petitions/models.py`` so the models belong
to the ``petitions`` app.
"""

import uuid
from typing import ClassVar

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    ACCEPTED = "accepted", _("Accepted by the registry, not yet registered")
    REGISTERED = "registered", _("Registered by the court")


class Delivery(models.Model):
    """One petition's way to the court registry: the outbox row and what the registry answered."""

    petition = models.OneToOneField(
        "petitions.Petition", on_delete=models.PROTECT, related_name="delivery"
    )
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    registry = models.CharField(_("registry"), max_length=40)
    gateway = models.CharField(_("gateway"), max_length=20)
    state = models.CharField(
        _("state"), max_length=20, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt at"), null=True, blank=True)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    incoming_number = models.CharField(_("incoming number"), max_length=64, blank=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    # The stale-delivery alarm: set once, when the delivery outlived DELIVERY_STALE_AFTER_SECONDS.
    stale_since = models.DateTimeField(_("flagged as stale at"), null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        indexes: ClassVar = [models.Index(fields=["state", "created_at"])]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(state__in=DeliveryState.values), name="delivery_state_known"
            ),
            models.CheckConstraint(
                condition=~Q(state=DeliveryState.REGISTERED)
                | (~Q(incoming_number="") & Q(registered_at__isnull=False)),
                name="delivery_registered_has_number",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.petition}: {self.state}"


class RegistryEvent(models.Model):
    """A webhook event from the registry, kept once by its id: a duplicate is acknowledged and
    ignored, and the log shows what the registry said and when."""

    event_id = models.CharField(max_length=100, unique=True)
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=40)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("registry event")
        verbose_name_plural = _("registry events")

    def __str__(self) -> str:
        return f"{self.event_id}: {self.kind}"


class RegistryEntry(models.Model):
    """The portal's own court side (the ``local`` gateway): the clerks' incoming queue.

    One entry per idempotency key (unique), so the same petition sent twice is registered once.
    """

    registry = models.CharField(_("registry"), max_length=40)
    idempotency_key = models.UUIDField(unique=True)
    petition = models.OneToOneField(
        "petitions.Petition", on_delete=models.PROTECT, related_name="registry_entry"
    )
    year = models.PositiveSmallIntegerField()
    number = models.PositiveIntegerField()
    incoming_number = models.CharField(_("incoming number"), max_length=64, unique=True)
    registered_at = models.DateTimeField(_("registered at"))

    class Meta:
        verbose_name = _("incoming registry entry")
        verbose_name_plural = _("incoming registry entries")
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["registry", "year", "number"], name="registry_entry_number_unique"
            ),
        ]

    def __str__(self) -> str:
        return self.incoming_number


class RegistryCounter(models.Model):
    """Next incoming number per registry and year, taken under the row lock (never read-then-add
    without a lock)."""

    registry = models.CharField(max_length=40)
    year = models.PositiveSmallIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["registry", "year"], name="registry_counter_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.registry} {self.year}: {self.last}"

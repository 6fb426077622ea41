"""Notifications and their outbox, and the SMS codes that confirm a mobile number.

A ``Notification`` is the message itself, written once in the user's language when it is created
(a worker has no request locale); it is also the in-cabinet copy. Each other channel it goes out
by is a ``NotificationDelivery`` row: the outbox. A row is written in the same transaction as the
notification, a Celery task is asked for it by id on commit, and the row records every attempt,
so a message is retried, and a failure stays visible to operators in the admin — never lost.
"""

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Kind(models.TextChoices):
        STATUS = "status", _("Status change")
        REMINDER = "reminder", _("Time limit reminder")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    petition = models.ForeignKey(
        "petitions.Petition", on_delete=models.CASCADE, related_name="notifications"
    )
    # Status: the event told about. Reminder: how many days before the last day it was due.
    status_event = models.ForeignKey(
        "petitions.StatusEvent", on_delete=models.PROTECT, null=True, blank=True
    )
    reminder_days = models.PositiveSmallIntegerField(null=True, blank=True)
    language = models.CharField(_("language"), max_length=2)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("text"))
    sms_text = models.CharField(_("SMS text"), max_length=300)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints: ClassVar = [
            # One notification per event and per reminder: a repeated task creates nothing.
            models.UniqueConstraint(
                fields=["user", "status_event"],
                condition=Q(status_event__isnull=False),
                name="notification_once_per_event",
            ),
            models.UniqueConstraint(
                fields=["petition", "reminder_days"],
                condition=Q(reminder_days__isnull=False),
                name="notification_reminder_once",
            ),
            models.CheckConstraint(
                condition=(Q(kind="status") & Q(status_event__isnull=False))
                | (Q(kind="reminder") & Q(reminder_days__isnull=False)),
                name="notification_kind_has_its_subject",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.subject


class NotificationDelivery(models.Model):
    """One notification by one channel: the outbox row."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", "SMS"

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    notification = models.ForeignKey(
        Notification, on_delete=models.CASCADE, related_name="deliveries"
    )
    channel = models.CharField(_("channel"), max_length=5, choices=Channel.choices)
    address = models.CharField(_("address"), max_length=254)
    state = models.CharField(_("state"), max_length=7, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification delivery")
        verbose_name_plural = _("notification deliveries")
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["notification", "channel"], name="notification_delivery_once_per_channel"
            ),
            models.CheckConstraint(
                condition=Q(state__in=["pending", "sent", "failed"]),
                name="notification_delivery_state_known",
            ),
        ]
        indexes: ClassVar = [models.Index(fields=["state", "created_at"])]

    def __str__(self) -> str:
        return f"{self.notification_id} {self.channel} {self.state}"


class PhoneChallenge(models.Model):
    """An SMS code sent to confirm a mobile number. Only a keyed hash of the code is kept."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="phone_challenges"
    )
    phone = models.CharField(max_length=12)
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField()
    expires_at = models.DateTimeField()
    attempts = models.PositiveSmallIntegerField(default=0)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        indexes: ClassVar = [models.Index(fields=["user", "created_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} {self.phone}"

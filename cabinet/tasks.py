"""Celery tasks of the cabinet, housekeeping and notices: thin, each takes ids, calls a service."""

from typing import Any

from celery import Task, shared_task
from django.contrib.sessions.models import Session
from django.utils import timezone

from .notifications import services as notifications


@shared_task(acks_late=True)
def sessions_clear_expired() -> int:
    """Delete expired sessions (idempotent: a second run finds nothing)."""
    deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    return deleted


@shared_task(acks_late=True)
def notifications_for_event(event_id: int) -> None:
    """A status change's notifications (idempotent: one per event)."""
    notifications.notifications_for_event(event_id=event_id)


@shared_task(bind=True, acks_late=True, max_retries=None)
def notification_deliver(self: "Task[Any, Any]", delivery_id: int) -> None:
    """Send one outbox row; retried with backoff until sent or failed for good (idempotent:
    only a pending row is sent, under its row lock)."""
    wait = notifications.delivery_attempt(delivery_id=delivery_id)
    if wait is not None:
        raise self.retry(countdown=wait)


@shared_task(acks_late=True)
def notification_deliveries_sweep() -> int:
    """Ask again for what the broker lost: status changes never turned into notifications, and
    deliveries nobody tried."""
    events = list(notifications.events_unnotified())
    for event_id in events:
        notifications_for_event.delay(event_id)
    stale = list(notifications.deliveries_stale())
    for delivery_id in stale:
        notification_deliver.delay(delivery_id)
    return len(events) + len(stale)


@shared_task(acks_late=True)
def drafts_deadline_remind() -> int:
    """Deadline reminders for drafts (idempotent: once per draft and reminder)."""
    return notifications.drafts_deadline_remind()

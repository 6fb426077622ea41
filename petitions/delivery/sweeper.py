"""The outbox sweeper and the stale-delivery alarm (both run by the beat).

The sweeper re-sends every delivery not registered whose last attempt (or creation) is older than
``DELIVERY_RESEND_AFTER_SECONDS``: the broker was down when it was submitted, a worker was killed
in the middle, or its retries ran out. Sending again is safe (one idempotency key per petition).
An accepted delivery is polled instead. The alarm flags, once, each delivery not registered
within ``DELIVERY_STALE_AFTER_SECONDS`` and logs it at ERROR for the operators; clerks see the
flag in the admin.
"""

import datetime as dt
import logging

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import Delivery, DeliveryState

logger = logging.getLogger(__name__)

SWEEP_BATCH = 500


def delivery_sweep(*, now: dt.datetime | None = None) -> int:
    """Enqueue again what was not acknowledged in time; the number enqueued."""
    from .tasks import delivery_poll, delivery_send

    now = now or timezone.now()
    before = now - dt.timedelta(seconds=settings.DELIVERY_RESEND_AFTER_SECONDS)
    quiet = Q(last_attempt_at__lt=before) | Q(last_attempt_at__isnull=True, created_at__lt=before)
    due = (
        Delivery.objects.exclude(state=DeliveryState.REGISTERED)
        .filter(quiet)
        .order_by("created_at")
        .values_list("pk", "state")[:SWEEP_BATCH]
    )
    sent = 0
    for pk, state in due:
        # Marked first, so the next sweep leaves it to this send for RESEND_AFTER.
        Delivery.objects.filter(pk=pk).update(last_attempt_at=now)
        task = delivery_poll if state == DeliveryState.ACCEPTED else delivery_send
        task.apply_async((pk,))
        sent += 1
    if sent:
        logger.info("Outbox sweep: %s deliveries sent again.", sent)
    return sent


def delivery_stale_flag(*, now: dt.datetime | None = None) -> int:
    """Flag and log, once each, deliveries not registered within the stale time."""
    now = now or timezone.now()
    limit = now - dt.timedelta(seconds=settings.DELIVERY_STALE_AFTER_SECONDS)
    stale = list(
        Delivery.objects.exclude(state=DeliveryState.REGISTERED)
        .filter(created_at__lt=limit, stale_since__isnull=True)
        .select_related("petition")
    )
    for delivery in stale:
        if Delivery.objects.filter(pk=delivery.pk, stale_since__isnull=True).update(
            stale_since=now
        ):
            logger.error(
                "Delivery of petition %s not registered since %s (state %s, %s attempts, "
                "last error: %s).",
                delivery.petition.reference,
                delivery.created_at.isoformat(),
                delivery.state,
                delivery.attempts,
                delivery.last_error or "none",
            )
    return len(stale)

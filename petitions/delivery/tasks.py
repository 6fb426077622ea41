"""Celery tasks of the delivery pipeline: thin, by id, safe to run twice (``acks_late``).

``delivery_send`` retries transient failures with exponential backoff and full jitter, capped at
``DELIVERY_MAX_BACKOFF_SECONDS``; a delivery the broker lost (broker down at submission, worker
killed) is found by ``delivery_sweep``, which the beat runs every ``DELIVERY_SWEEP_SECONDS``.
"""

import logging
import random
from typing import Any

from celery import shared_task
from celery.app.task import Task
from django.conf import settings

from . import services, sweeper
from .gateways import TransientError

logger = logging.getLogger(__name__)

SEND_RETRIES = 8
POLL_RETRIES = 10


def backoff_seconds(retries: int, *, base: float = 1.0) -> float:
    """Exponential backoff with full jitter (uniform in [0, base·2^retries], capped)."""
    ceiling = min(settings.DELIVERY_MAX_BACKOFF_SECONDS, base * 2**retries)
    return random.uniform(0, ceiling)  # noqa: S311 - jitter, not a secret


@shared_task(bind=True, acks_late=True, max_retries=SEND_RETRIES, soft_time_limit=60, time_limit=90)
def delivery_send(self: "Task[Any, None]", delivery_id: int) -> None:
    try:
        services.delivery_attempt(delivery_id=delivery_id)
    except TransientError as exc:
        logger.warning("Delivery %s failed (%s); retrying.", delivery_id, exc)
        if self.request.retries >= SEND_RETRIES:
            return  # the sweeper takes it from here
        raise self.retry(exc=exc, countdown=backoff_seconds(self.request.retries)) from exc
    if services.delivery_needs_poll(delivery_id=delivery_id):
        delivery_poll.apply_async((delivery_id,), countdown=backoff_seconds(0, base=0.5))


@shared_task(bind=True, acks_late=True, max_retries=POLL_RETRIES, soft_time_limit=30, time_limit=45)
def delivery_poll(self: "Task[Any, None]", delivery_id: int) -> None:
    try:
        registered = services.delivery_poll(delivery_id=delivery_id)
    except TransientError as exc:
        logger.warning("Polling delivery %s failed (%s).", delivery_id, exc)
        registered = False
    if not registered and self.request.retries < POLL_RETRIES:
        raise self.retry(countdown=0.5 + backoff_seconds(self.request.retries, base=0.5))


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def delivery_sweep() -> int:
    return sweeper.delivery_sweep()


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def delivery_stale_alarm() -> int:
    return sweeper.delivery_stale_flag()

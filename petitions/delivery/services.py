"""Writes of the delivery pipeline: the outbox row, an attempt, the registration.

``delivery_create`` runs inside the submission transaction; everything else runs in the worker
and is safe to repeat: the registration is a compare-and-swap on the delivery's state, and the
registry registers an idempotency key once, so however many attempts, sweeps and webhooks reach
it, a petition is registered and moved to DELIVERED once.
"""

import datetime as dt
import logging
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ..models import Petition, Status
from ..services.petitions import status_event_record
from .gateways import Accepted, Registered, gateway_for
from .models import Delivery, DeliveryState
from .registry import registry_for

logger = logging.getLogger(__name__)


def delivery_create(*, petition: Petition) -> Delivery:
    """The outbox row, in the caller's (submission) transaction; the worker is asked on commit."""
    delivery = Delivery.objects.create(
        petition=petition, registry=registry_for(petition), gateway=settings.DELIVERY_GATEWAY
    )
    transaction.on_commit(partial(delivery_enqueue, delivery_id=delivery.pk))
    return delivery


def delivery_enqueue(*, delivery_id: int) -> bool:
    """Ask a worker to send; False when the broker is unreachable (the sweeper sends it later).

    Never raises: the petition is already submitted and committed, and the citizen must see its
    confirmation whatever the broker's state.
    """
    from .tasks import delivery_send

    try:
        delivery_send.apply_async((delivery_id,), retry=False)
    except Exception:  # the broker's errors are many (kombu, redis, OS); the outbox has the row
        logger.warning(
            "Broker unreachable; delivery %s left to the sweeper.", delivery_id, exc_info=True
        )
        return False
    return True


def delivery_attempt(*, delivery_id: int) -> None:
    """One attempt through the delivery's gateway; raises ``TransientError`` to be retried."""
    delivery = Delivery.objects.select_related("petition").get(pk=delivery_id)
    if delivery.state == DeliveryState.REGISTERED:
        return
    Delivery.objects.filter(pk=delivery.pk).update(
        attempts=F("attempts") + 1, last_attempt_at=timezone.now()
    )
    gateway = gateway_for(delivery.gateway)
    try:
        outcome = gateway.send(delivery)
    except Exception as exc:
        Delivery.objects.filter(pk=delivery.pk).update(last_error=str(exc)[:2000])
        raise
    delivery_outcome_record(delivery=delivery, outcome=outcome)


def delivery_poll(*, delivery_id: int) -> bool:
    """Read the registration back from the registry; True once registered."""
    delivery = Delivery.objects.select_related("petition").get(pk=delivery_id)
    if delivery.state == DeliveryState.REGISTERED:
        return True
    outcome = gateway_for(delivery.gateway).poll(delivery)
    if outcome is None:
        # The registry does not know the key: send again (the same key, so never twice).
        Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.ACCEPTED).update(
            state=DeliveryState.PENDING
        )
        return False
    delivery_outcome_record(delivery=delivery, outcome=outcome)
    return isinstance(outcome, Registered)


def delivery_outcome_record(*, delivery: Delivery, outcome: Accepted | Registered) -> None:
    if isinstance(outcome, Registered):
        delivery_registered(
            delivery=delivery,
            incoming_number=outcome.incoming_number,
            registered_at=outcome.registered_at,
        )
    else:
        Delivery.objects.filter(pk=delivery.pk, state=DeliveryState.PENDING).update(
            state=DeliveryState.ACCEPTED, accepted_at=timezone.now(), last_error=""
        )


@transaction.atomic
def delivery_registered(
    *, delivery: Delivery, incoming_number: str, registered_at: dt.datetime
) -> bool:
    """Record the registry's registration and move the petition SUBMITTED → DELIVERED, once.

    The single place a registration is recorded (the receipt of registration hooks here). False
    when it was already recorded: a duplicate webhook, a poll after the webhook, a second worker.
    """
    updated = (
        Delivery.objects.filter(pk=delivery.pk)
        .exclude(state=DeliveryState.REGISTERED)
        .update(
            state=DeliveryState.REGISTERED,
            incoming_number=incoming_number,
            registered_at=registered_at,
            last_error="",
        )
    )
    if updated != 1:
        return False
    delivery.refresh_from_db()
    moved = Petition.objects.filter(pk=delivery.petition_id, status=Status.SUBMITTED).update(
        status=Status.DELIVERED
    )
    if moved == 1:
        status_event_record(
            petition=delivery.petition, status=Status.DELIVERED, note=incoming_number
        )
    # The registration receipt (the law's proof of receipt), after the commit and off this
    # transaction: a key or storage fault must never undo a registration.
    from ..receipts.tasks import receipts_enqueue

    transaction.on_commit(partial(receipts_enqueue, petition_id=delivery.petition_id))
    if delivery.stale_since is not None:
        logger.info("Stale delivery %s registered at last as %s.", delivery.pk, incoming_number)
    return True


def delivery_needs_poll(*, delivery_id: int) -> bool:
    """Accepted but not yet registered: the registry will tell, and we also ask."""
    return Delivery.objects.filter(pk=delivery_id, state=DeliveryState.ACCEPTED).exists()

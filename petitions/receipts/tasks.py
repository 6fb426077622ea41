"""Issuing receipts off the request and off the delivery transaction.

A receipt needs the portal's key and a signature; neither may hold up or roll back a
submission or a registration, so both are issued by this task, by the petition's id, after the
commit. It is idempotent (``receipt_issue_*`` return the receipt already issued), so a retry, a
second worker or a later sweep never issues twice.
"""

import logging
from typing import Any

from celery import shared_task
from celery.app.task import Task

from ..models import Petition, Status

logger = logging.getLogger(__name__)

RETRIES = 5


def receipts_issue_for(*, petition_id: int) -> list[str]:
    """Issue every receipt the petition is due: the portal's once submitted, the registration
    receipt once its delivery is registered. The kinds issued (or found) are returned."""
    from ..delivery.models import Delivery
    from .services import receipt_issue_registration, receipt_issue_submission

    petition = Petition.objects.filter(pk=petition_id).exclude(status=Status.DRAFT).first()
    if petition is None:
        return []
    kinds = [str(receipt_issue_submission(petition=petition).kind)]
    delivery = Delivery.objects.filter(petition=petition, registered_at__isnull=False).first()
    if delivery is not None and delivery.registered_at is not None:
        receipt = receipt_issue_registration(
            petition=petition,
            incoming_number=delivery.incoming_number,
            registered_at=delivery.registered_at,
            registry=delivery.registry,
        )
        kinds.append(str(receipt.kind))
    return kinds


@shared_task(bind=True, acks_late=True, max_retries=RETRIES, soft_time_limit=60, time_limit=90)
def receipts_issue(self: "Task[Any, None]", petition_id: int) -> None:
    try:
        receipts_issue_for(petition_id=petition_id)
    except Exception as exc:  # a key or storage fault: retried, then left logged at ERROR
        if self.request.retries >= RETRIES:
            logger.exception("Receipts of petition %s could not be issued.", petition_id)
            return
        raise self.retry(exc=exc, countdown=2**self.request.retries) from exc


def receipts_enqueue(*, petition_id: int) -> bool:
    """Ask a worker to issue the petition's receipts; never raises (the broker may be down: the
    receipts are then issued when the page asks or the next registration enqueues again)."""
    try:
        receipts_issue.apply_async((petition_id,), retry=False)
    except Exception:
        logger.warning("Receipts of petition %s not enqueued: broker unreachable.", petition_id)
        return False
    return True

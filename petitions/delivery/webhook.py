"""The registry's webhook: ``POST /registry/webhook`` (no language prefix, no session, no CSRF:
the caller is a machine that proves itself with the HMAC).

Threat model: anyone can post here. A request counts only with a valid signature over its
timestamp and body by the shared ``REGISTRY_HMAC_SECRET``; a signed request older or newer than
``REGISTRY_WEBHOOK_TOLERANCE_SECONDS`` is refused as a replay. Events are kept once by their id:
the registry sending the same event again (it does, until it sees a 2xx) is answered 200 and
changes nothing; events arriving out of order are harmless because each only moves a delivery
forward (``registered`` is final; a late ``received`` finds it registered and does nothing).
"""

import datetime as dt
import json
import logging
import time
import uuid
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .gateways import Accepted, Registered
from .models import Delivery, RegistryEvent
from .services import delivery_outcome_record
from .signatures import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

logger = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
KINDS = {"received", "registered"}


def _refuse(status: int, reason: str) -> JsonResponse:
    return JsonResponse({"error": reason}, status=status)


def _event(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("type") not in KINDS:
        return None
    if not isinstance(data.get("event_id"), str) or not 0 < len(data["event_id"]) <= 100:
        return None
    try:
        uuid.UUID(str(data.get("idempotency_key")))
        if data["type"] == "registered":
            number = data["incoming_number"]
            if not isinstance(number, str) or not 0 < len(number) <= 64:
                return None
            at = dt.datetime.fromisoformat(str(data["registered_at"]))
            if at.tzinfo is None:
                return None
    except (KeyError, ValueError):
        return None
    return data


@csrf_exempt
@require_POST
def registry_webhook(request: HttpRequest) -> JsonResponse:
    length = request.headers.get("Content-Length") or "0"
    if not length.isdigit() or int(length) > MAX_BODY:
        return _refuse(413, "too large")
    body = request.body
    why = verify(
        secret=settings.REGISTRY_HMAC_SECRET,
        timestamp=request.headers.get(TIMESTAMP_HEADER, ""),
        signature=request.headers.get(SIGNATURE_HEADER, ""),
        body=body,
        tolerance=settings.REGISTRY_WEBHOOK_TOLERANCE_SECONDS,
        now=time.time(),
    )
    if why:
        logger.warning("Registry webhook refused: %s.", why)
        return _refuse(401, why)
    data = _event(body)
    if data is None:
        return _refuse(400, "malformed")
    delivery = Delivery.objects.filter(idempotency_key=data["idempotency_key"]).first()
    if delivery is None:
        return _refuse(404, "unknown idempotency key")
    try:
        with transaction.atomic():
            RegistryEvent.objects.create(
                event_id=data["event_id"], delivery=delivery, kind=data["type"], payload=data
            )
    except IntegrityError:
        return JsonResponse({"status": "duplicate"})
    outcome: Accepted | Registered = Accepted()
    if data["type"] == "registered":
        outcome = Registered(
            incoming_number=data["incoming_number"],
            registered_at=dt.datetime.fromisoformat(data["registered_at"]),
        )
    delivery_outcome_record(delivery=delivery, outcome=outcome)
    logger.info("Registry event %s (%s) at %s.", data["event_id"], data["type"], timezone.now())
    return JsonResponse({"status": "ok"})

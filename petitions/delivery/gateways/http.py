"""The ``http`` gateway: a REST registry (``REGISTRY_URL``).

``POST /v1/submissions`` with the package, the ``Idempotency-Key`` and an HMAC signature
(``signatures``); ``GET /v1/submissions/<key>`` reads the state back. Connect and read timeouts
are separate: a registry that does not answer the connection fails fast, one that is slow to
answer is given the read timeout. Every failure that may pass (5xx, 429, timeout, refused
connection) is ``TransientError``; the task retries it with exponential backoff and jitter, and
the registry's idempotency makes the retry safe even when the first request did arrive.
"""

import datetime as dt
import http.client
import json
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings

from ..models import Delivery
from ..package import package_bytes
from ..signatures import KEY_HEADER, signed_headers
from . import Accepted, Registered, TransientError


def _request(method: str, path: str, *, key: str, body: bytes = b"") -> tuple[int, bytes]:
    url = urlsplit(settings.REGISTRY_URL)
    connection_class = (
        http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
    )
    connection = connection_class(
        url.hostname or "127.0.0.1", url.port, timeout=settings.REGISTRY_CONNECT_TIMEOUT
    )
    headers = {
        "Content-Type": "application/json",
        KEY_HEADER: key,
        **signed_headers(secret=settings.REGISTRY_HMAC_SECRET, body=body),
    }
    try:
        connection.connect()
        assert connection.sock is not None
        connection.sock.settimeout(settings.REGISTRY_READ_TIMEOUT)
        connection.request(method, url.path.rstrip("/") + path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    except (TimeoutError, OSError, http.client.HTTPException) as exc:
        raise TransientError(f"{method} {path}: {exc.__class__.__name__}: {exc}") from exc
    finally:
        connection.close()


def _outcome(status: int, body: bytes, what: str) -> Accepted | Registered:
    if status >= 500 or status == 429:
        raise TransientError(f"{what}: the registry answered {status}")
    if status not in (200, 201, 202):
        # A refusal (4xx) will not pass by itself; it stays pending, retried and, past the
        # stale time, raised to the clerks by the alarm.
        raise TransientError(f"{what}: the registry refused with {status}: {body[:500]!r}")
    data: dict[str, Any] = json.loads(body)
    if data.get("status") == "registered":
        return Registered(
            incoming_number=str(data["incoming_number"]),
            registered_at=dt.datetime.fromisoformat(str(data["registered_at"])),
        )
    return Accepted()


class HttpGateway:
    def send(self, delivery: Delivery) -> Accepted | Registered:
        key = str(delivery.idempotency_key)
        body = package_bytes(
            petition=delivery.petition, registry=delivery.registry, idempotency_key=key
        )
        status, answer = _request("POST", "/v1/submissions", key=key, body=body)
        return _outcome(status, answer, "POST")

    def poll(self, delivery: Delivery) -> Accepted | Registered | None:
        key = str(delivery.idempotency_key)
        status, answer = _request("GET", f"/v1/submissions/{key}", key=key)
        if status == 404:
            return None
        return _outcome(status, answer, "GET")

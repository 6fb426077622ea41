"""The registry's webhook view: only signed, fresh events count; duplicates and events out of
order change nothing twice; every hostile request is refused and records nothing."""

import json
import time
import uuid

import pytest
from django.urls import reverse

from petitions.delivery.models import Delivery, DeliveryState, RegistryEvent
from petitions.delivery.signatures import SIGNATURE_HEADER, TIMESTAMP_HEADER, signed_headers
from petitions.models import Status, StatusEvent
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit

URL = "/registry/webhook"
REGISTERED_AT = "2026-12-03T10:00:00+00:00"


@pytest.fixture
def delivery(crls) -> Delivery:
    return sign_and_submit(ready_to_sign()).delivery


def event(delivery: Delivery, kind: str, **extra: str) -> dict[str, str]:
    data = {"type": kind, "event_id": f"{delivery.idempotency_key}:{kind}"}
    data["idempotency_key"] = str(delivery.idempotency_key)
    if kind == "registered":
        data |= {"incoming_number": "R-7", "registered_at": REGISTERED_AT}
    return data | extra


def post(client, body: bytes, *, secret: str = "", now: float | None = None, headers=None):
    from django.conf import settings

    signed = signed_headers(secret=secret or settings.REGISTRY_HMAC_SECRET, body=body, now=now)
    return client.post(
        URL, body, content_type="application/json", headers=headers if headers else signed
    )


def as_body(data: dict[str, str]) -> bytes:
    return json.dumps(data).encode()


def test_the_url_has_no_language_prefix() -> None:
    assert reverse("registry_webhook") == URL


@pytest.mark.django_db
def test_the_same_event_three_times_and_out_of_order(client, delivery) -> None:
    for kind in ("registered", "registered", "registered", "received", "received", "received"):
        response = post(client, as_body(event(delivery, kind)))
        assert response.status_code == 200
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.REGISTERED  # the late "received" did not go back
    assert delivery.incoming_number == "R-7"
    assert delivery.registered_at.isoformat() == REGISTERED_AT
    statuses = list(
        StatusEvent.objects.filter(petition=delivery.petition).values_list("status", flat=True)
    )
    assert statuses == [Status.SUBMITTED, Status.DELIVERED]
    assert RegistryEvent.objects.filter(delivery=delivery).count() == 2


@pytest.mark.django_db
def test_a_received_event_marks_the_delivery_accepted(client, delivery) -> None:
    assert post(client, as_body(event(delivery, "received"))).status_code == 200
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.ACCEPTED
    delivery.petition.refresh_from_db()
    assert delivery.petition.status == Status.SUBMITTED


def nothing_recorded(delivery: Delivery) -> None:
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.PENDING
    assert not RegistryEvent.objects.exists()


@pytest.mark.django_db
def test_a_replay_of_an_old_signed_event_is_refused(client, delivery) -> None:
    response = post(client, as_body(event(delivery, "registered")), now=time.time() - 600)
    assert response.status_code == 401
    assert response.json() == {"error": "stale"}
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_a_signature_by_another_secret_is_refused(client, delivery) -> None:
    response = post(client, as_body(event(delivery, "registered")), secret="not-the-secret")
    assert response.status_code == 401
    assert response.json() == {"error": "forged"}
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_a_body_changed_by_one_byte_after_signing_is_refused(client, delivery) -> None:
    body = as_body(event(delivery, "registered"))
    headers = signed_headers(secret="registry-demo-secret", body=body)
    changed = body.replace(b"R-7", b"R-8")
    response = client.post(URL, changed, content_type="application/json", headers=headers)
    assert response.status_code == 401
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_unsigned_and_malformed_signature_headers_are_refused(client, delivery) -> None:
    body = as_body(event(delivery, "registered"))
    assert post(client, body, headers={"X-Other": "1"}).status_code == 401
    bad = {TIMESTAMP_HEADER: "1e9", SIGNATURE_HEADER: "00"}
    assert post(client, body, headers=bad).json() == {"error": "malformed"}
    nothing_recorded(delivery)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        {"type": "decided"},
        {"event_id": ""},
        {"idempotency_key": "not-a-uuid"},
        {"registered_at": "2026-12-03T10:00:00"},  # no time zone
        {"registered_at": "yesterday"},
        {"incoming_number": ""},
    ],
)
def test_malformed_events_are_refused(client, delivery, change) -> None:
    response = post(client, as_body(event(delivery, "registered", **change)))
    assert response.status_code == 400
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_not_json_is_refused(client, delivery) -> None:
    assert post(client, b"\xff{not json").status_code == 400
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_an_unknown_idempotency_key_is_not_found(client, delivery) -> None:
    body = as_body(event(delivery, "registered", idempotency_key=str(uuid.uuid4())))
    assert post(client, body).status_code == 404
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_a_too_large_body_is_refused(client, delivery) -> None:
    body = as_body(event(delivery, "registered", padding="x" * 70_000))
    assert post(client, body).status_code == 413
    nothing_recorded(delivery)


@pytest.mark.django_db
def test_it_rejects_get(client) -> None:
    assert client.get(URL).status_code == 405

"""The ``http`` gateway against the registry simulator, with real workers: 500s, timeouts,
registration read back by polling and by webhooks sent three times and out of order. Each time
the petition is registered once and its timeline is SUBMITTED, DELIVERED."""

import pytest

from petitions.delivery.models import Delivery, DeliveryState, RegistryEvent
from petitions.delivery.simulator import RegistrySimulator
from petitions.models import Petition, Status, StatusEvent
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit

from .processes import wait_for

pytestmark = pytest.mark.django_db(transaction=True)


def registered_once(petition: Petition, simulator: RegistrySimulator) -> Delivery:
    petition.refresh_from_db()
    assert petition.status == Status.DELIVERED
    statuses = list(StatusEvent.objects.filter(petition=petition).values_list("status", flat=True))
    assert statuses == [Status.SUBMITTED, Status.DELIVERED]
    delivery = Delivery.objects.get(petition=petition)
    assert delivery.state == DeliveryState.REGISTERED
    assert delivery.incoming_number.startswith("R-cassation-civil-")
    assert simulator.registry.stats.registrations == 1
    return delivery


def delivered(petition: Petition) -> bool:
    return Petition.objects.filter(pk=petition.pk, status=Status.DELIVERED).exists()


def test_the_registry_answering_500s(crls, workers, simulator) -> None:
    simulator.registry.faults.fail_first = 2
    petition = sign_and_submit(ready_to_sign())
    workers(REGISTRY_URL=simulator.url)
    wait_for(lambda: delivered(petition), timeout=40, what="delivery through the 500s")
    delivery = registered_once(petition, simulator)
    assert simulator.registry.stats.posts == 3
    assert delivery.attempts == 3


def test_the_registry_timing_out_after_registering(crls, workers, simulator) -> None:
    # The first request registers and answers after the read timeout: the client cannot know
    # it arrived. The retry carries the same key and gets the same registration back.
    simulator.registry.faults.hang_first = 1
    simulator.registry.faults.hang_seconds = 2.0
    petition = sign_and_submit(ready_to_sign())
    workers(REGISTRY_URL=simulator.url, REGISTRY_READ_TIMEOUT="0.5")
    wait_for(lambda: delivered(petition), timeout=40, what="delivery through the timeout")
    registered_once(petition, simulator)
    assert simulator.registry.stats.posts == 2


def test_the_registration_read_back_by_polling(crls, workers, simulator) -> None:
    simulator.registry.faults.register_delay = 0.5  # 202 at once, registered later; no webhook
    petition = sign_and_submit(ready_to_sign())
    workers(REGISTRY_URL=simulator.url)
    wait_for(lambda: delivered(petition), timeout=40, what="delivery read back by polling")
    registered_once(petition, simulator)
    assert simulator.registry.stats.polls >= 1


def test_webhooks_three_times_and_out_of_order(crls, workers, simulator, live_server) -> None:
    faults = simulator.registry.faults
    faults.register_delay = 0.3
    faults.webhook_url = f"{live_server.url}/registry/webhook"
    faults.webhook_copies = 3
    faults.out_of_order = True
    petition = sign_and_submit(ready_to_sign())
    workers(REGISTRY_URL=simulator.url)
    wait_for(lambda: delivered(petition), timeout=40, what="delivery")
    wait_for(
        lambda: simulator.registry.stats.webhooks_sent == 6, timeout=20, what="the six webhooks"
    )
    delivery = registered_once(petition, simulator)
    kinds = sorted(RegistryEvent.objects.filter(delivery=delivery).values_list("kind", flat=True))
    assert kinds == ["received", "registered"]

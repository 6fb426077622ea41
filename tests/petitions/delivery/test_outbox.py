"""The outbox: a submitted petition is delivered exactly once, whatever happens to the broker or
the worker in between (real PostgreSQL, real Redis, real worker processes, ``local`` gateway)."""

import datetime as dt
import time

import psycopg
import pytest
from django.db import connection
from django.utils import timezone

from petitions.delivery.models import Delivery, DeliveryState, RegistryEntry
from petitions.delivery.services import delivery_enqueue
from petitions.delivery.sweeper import delivery_sweep
from petitions.delivery.tasks import delivery_send
from petitions.models import Petition, Status, StatusEvent
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit

from .processes import wait_for

LATER = dt.timedelta(hours=1)  # far past DELIVERY_RESEND_AFTER_SECONDS


def delivered_once(petition: Petition) -> None:
    petition.refresh_from_db()
    assert petition.status == Status.DELIVERED
    assert RegistryEntry.objects.filter(petition=petition).count() == 1
    statuses = list(StatusEvent.objects.filter(petition=petition).values_list("status", flat=True))
    assert statuses == [Status.SUBMITTED, Status.DELIVERED]
    delivery = Delivery.objects.get(petition=petition)
    assert delivery.state == DeliveryState.REGISTERED
    assert delivery.incoming_number == petition.registry_entry.incoming_number


def is_delivered(petition: Petition) -> bool:
    return Petition.objects.filter(pk=petition.pk, status=Status.DELIVERED).exists()


@pytest.mark.django_db
def test_submission_writes_the_outbox_row_in_its_transaction(crls) -> None:
    petition = sign_and_submit(ready_to_sign())
    delivery = Delivery.objects.get(petition=petition)
    assert delivery.state == DeliveryState.PENDING
    assert delivery.gateway == "local"
    assert delivery.registry == "cassation-civil"


@pytest.mark.django_db
def test_a_send_repeated_registers_once(crls) -> None:
    petition = sign_and_submit(ready_to_sign())
    delivery = Delivery.objects.get(petition=petition)
    for _ in range(3):
        delivery_send.apply((delivery.pk,))
    delivered_once(petition)
    number = petition.registry_entry.incoming_number
    assert number.startswith(f"CCC-{timezone.localdate().year}-")


@pytest.mark.django_db
def test_incoming_numbers_follow_each_other_per_registry(crls) -> None:
    first, second = (sign_and_submit(ready_to_sign()) for _ in range(2))
    for petition in (first, second):
        delivery_send.apply((petition.delivery.pk,))
    numbers = sorted(
        RegistryEntry.objects.filter(petition__in=[first, second]).values_list("number", flat=True)
    )
    assert numbers[1] == numbers[0] + 1


@pytest.mark.django_db(transaction=True)
def test_submission_is_delivered_by_a_worker(crls, workers) -> None:
    petition = sign_and_submit(ready_to_sign())  # enqueued on commit, to the private broker
    workers()
    wait_for(lambda: is_delivered(petition), timeout=30, what="delivery")
    delivered_once(petition)


def _waiting_on_a_lock(pid: int) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> %s",
            [pid],
        )
        return bool(cursor.fetchone()[0])


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_delivery_then_the_sweeper(crls, workers) -> None:
    petition = sign_and_submit(ready_to_sign())
    delivery = Delivery.objects.get(petition=petition)
    db = connection.settings_dict
    # Hold the delivery's row from another connection: the worker stops inside the delivery.
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        dbname=db["NAME"],
    ) as holder:
        holder.execute("SELECT id FROM petitions_delivery WHERE id = %s FOR UPDATE", [delivery.pk])
        worker = workers()
        wait_for(
            lambda: _waiting_on_a_lock(holder.info.backend_pid),
            timeout=30,
            what="the worker to reach the delivery",
        )
        worker.kill()
        holder.rollback()
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED  # killed before it registered anything
    assert not RegistryEntry.objects.filter(petition=petition).exists()

    assert delivery_sweep(now=timezone.now() + LATER) == 1
    workers()
    wait_for(lambda: is_delivered(petition), timeout=30, what="delivery after the sweep")
    # The killed worker's message, redelivered some day, finds it done.
    delivery_send.apply((delivery.pk,))
    delivered_once(petition)


@pytest.mark.django_db(transaction=True)
def test_redis_down_while_submitting_then_back(crls, workers, private_redis) -> None:
    private_redis.stop()
    started = time.monotonic()
    petitions = [sign_and_submit(ready_to_sign()) for _ in range(3)]
    for petition in petitions:
        assert petition.status == Status.SUBMITTED  # the citizen's submission stands
    assert not delivery_enqueue(delivery_id=petitions[0].delivery.pk)
    assert time.monotonic() - started < 30

    private_redis.start()
    assert delivery_sweep(now=timezone.now() + LATER) == 3
    workers()
    for petition in petitions:
        wait_for(lambda p=petition: is_delivered(p), timeout=30, what="delivery after Redis")
        delivered_once(petition)


@pytest.mark.django_db
def test_the_sweeper_leaves_recent_and_registered_deliveries(crls) -> None:
    registered = sign_and_submit(ready_to_sign())
    delivery_send.apply((registered.delivery.pk,))
    sign_and_submit(ready_to_sign())  # pending, but just submitted
    assert delivery_sweep(now=timezone.now()) == 0

"""End to end on a real worker over the real broker: a committed status change becomes a Kazakh
e-mail and an SMS, with nothing called by hand in between."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from cabinet.models import NotificationDelivery
from cabinet.sms import LocmemBackend
from config.celery import app
from petitions.models import Status

from .notices import reachable_user, sent_petition, status_change


@pytest.mark.django_db(transaction=True)
def test_a_status_change_reaches_the_citizen_through_the_worker():
    LocmemBackend.outbox.clear()
    user = reachable_user("kk")
    petition = sent_petition(user)
    # The worker consumes the queues the routing sends these tasks to (CELERY_TASK_ROUTES).
    queues = ["celery", "notifications", "delivery"]
    with start_worker(
        app, perform_ping_check=False, pool="solo", loglevel="WARNING", queues=queues
    ):
        status_change(petition, Status.SUBMITTED, Status.DELIVERED)  # commits: on_commit fires
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (
            NotificationDelivery.objects.filter(state="sent").count() < 2
        ):
            time.sleep(0.1)
    assert sorted(NotificationDelivery.objects.values_list("channel", "state")) == [
        ("email", "sent"),
        ("sms", "sent"),
    ]
    (email,) = [m for m in mail.outbox if m.to == ["citizen@example.kz"]]
    assert "сотқа жеткізіліп, тіркелді" in email.body
    assert [sms.to for sms in LocmemBackend.outbox] == ["+77011234567"]

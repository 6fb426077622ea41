"""A status change tells the filer once per channel, in their language, through the outbox."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from cabinet.models import Notification, NotificationDelivery
from cabinet.notifications import services
from cabinet.sms import LocmemBackend
from cabinet.tasks import (
    notification_deliver,
    notification_deliveries_sweep,
    notifications_for_event,
)
from petitions.models import Status, StatusEvent

from .fakes import FlakyEmailBackend
from .notices import reachable_user, sent_petition, status_change

pytestmark = pytest.mark.django_db

State = NotificationDelivery.State


@pytest.fixture(autouse=True)
def _empty_outboxes():
    LocmemBackend.outbox.clear()
    FlakyEmailBackend.failures = 0
    yield
    LocmemBackend.outbox.clear()


def deliver_all(_enqueued) -> None:
    """Run, for real, the delivery tasks the commit asked for (the callbacks enqueue them)."""
    for delivery_id in NotificationDelivery.objects.values_list("pk", flat=True):
        notification_deliver.apply(args=[delivery_id])


def test_a_status_change_schedules_its_notifications_on_commit(
    django_capture_on_commit_callbacks,
):
    petition = sent_petition(reachable_user())
    with django_capture_on_commit_callbacks() as callbacks:
        status_change(petition, Status.SUBMITTED, Status.DELIVERED)
    assert len(callbacks) == 1
    assert not Notification.objects.exists()  # nothing before the task runs


def test_one_notification_per_channel_in_kazakh(django_capture_on_commit_callbacks):
    user = reachable_user("kk")
    petition = sent_petition(user)
    event_id = status_change(petition, Status.SUBMITTED, Status.DELIVERED)
    with django_capture_on_commit_callbacks() as enqueued:
        notifications_for_event.apply(args=[event_id])
        notifications_for_event.apply(args=[event_id])  # a repeated task adds nothing
    assert len(enqueued) == 2
    deliver_all(enqueued)
    deliver_all(enqueued)  # a duplicated delivery task sends nothing twice

    assert Notification.objects.filter(user=user).count() == 1
    assert sorted(NotificationDelivery.objects.values_list("channel", "state")) == [
        ("email", "sent"),
        ("sms", "sent"),
    ]
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["citizen@example.kz"]
    assert petition.reference in email.subject
    assert "сотқа жеткізіліп, тіркелді" in email.body
    assert f"/kk/petitions/{petition.public_id}/confirmation/" in email.body
    assert len(LocmemBackend.outbox) == 1
    assert LocmemBackend.outbox[0].to == "+77011234567"
    assert "тіркелді" in LocmemBackend.outbox[0].text


def test_the_message_is_in_the_users_language():
    user = reachable_user("ru")
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    notification = Notification.objects.get(user=user)
    assert notification.language == "ru"
    assert "доставлено в суд" in notification.body


def test_without_consent_only_the_cabinet_is_told():
    user = reachable_user(notices_consent_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    assert Notification.objects.filter(user=user).count() == 1
    assert not NotificationDelivery.objects.exists()


def test_an_unconfirmed_address_gets_nothing():
    user = reachable_user(email_confirmed_at=None, phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    assert not NotificationDelivery.objects.exists()


def test_an_smtp_failure_is_retried_until_sent(settings, caplog):
    settings.EMAIL_BACKEND = "tests.cabinet.fakes.FlakyEmailBackend"
    FlakyEmailBackend.failures = 2
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    delivery = NotificationDelivery.objects.get()

    # Run in-process, Celery's retry re-runs the task at once instead of after the countdown.
    result = notification_deliver.apply(args=[delivery.pk])
    assert result.state == "SUCCESS"
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts, delivery.last_error) == (State.SENT, 3, "")
    assert len(mail.outbox) == 1
    assert "421" in caplog.text


def test_a_failed_attempt_is_recorded_with_its_next_time(settings):
    settings.EMAIL_BACKEND = "tests.cabinet.fakes.FlakyEmailBackend"
    settings.NOTIFY_RETRY_BACKOFF_SECONDS = 30
    FlakyEmailBackend.failures = 2
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    delivery = NotificationDelivery.objects.get()
    first = services.delivery_attempt(delivery_id=delivery.pk)
    second = services.delivery_attempt(delivery_id=delivery.pk)
    assert 30 <= first <= 45
    assert 60 <= second <= 90  # exponential, with jitter
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (State.PENDING, 2)
    assert "421" in delivery.last_error
    assert delivery.next_attempt_at > delivery.last_attempt_at
    assert mail.outbox == []


def test_a_delivery_that_keeps_failing_is_marked_failed_and_can_be_retried(settings, caplog):
    settings.EMAIL_BACKEND = "tests.cabinet.fakes.FlakyEmailBackend"
    settings.NOTIFY_MAX_ATTEMPTS = 2
    FlakyEmailBackend.failures = 2
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    delivery = NotificationDelivery.objects.get()
    services.delivery_attempt(delivery_id=delivery.pk)
    assert services.delivery_attempt(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert delivery.state == State.FAILED
    assert "failed for good" in caplog.text

    services.delivery_retry(delivery=delivery)
    assert services.delivery_attempt(delivery_id=delivery.pk) is None
    delivery.refresh_from_db()
    assert delivery.state == State.SENT
    assert len(mail.outbox) == 1


def test_the_sweeper_finds_deliveries_the_broker_lost(settings):
    settings.NOTIFY_SWEEP_AFTER_SECONDS = 60
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    notifications_for_event.apply(args=[event_id])
    delivery = NotificationDelivery.objects.get()
    assert list(services.deliveries_stale()) == []
    later = delivery.created_at + dt.timedelta(minutes=5)
    assert list(services.deliveries_stale(now=later)) == [delivery.pk]
    services.delivery_attempt(delivery_id=delivery.pk)
    assert list(services.deliveries_stale(now=later)) == []


def test_the_sweeper_tells_about_a_change_whose_task_was_lost(settings):
    settings.NOTIFY_SWEEP_AFTER_SECONDS = 60
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    # The commit's task never reached the broker: nothing was created.
    assert list(services.events_unnotified()) == []  # too fresh: its task may still be coming
    later = timezone.now() + dt.timedelta(minutes=5)
    assert list(services.events_unnotified(now=later)) == [event_id]
    assert list(services.events_unnotified(now=later + dt.timedelta(days=3))) == []
    notifications_for_event.apply(args=[event_id])
    assert list(services.events_unnotified(now=later)) == []


def test_the_sweeper_task_asks_again_for_what_was_lost(settings):
    settings.NOTIFY_SWEEP_AFTER_SECONDS = 1
    user = reachable_user(phone="", phone_confirmed_at=None)
    event_id = status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)
    StatusEvent.objects.filter(pk=event_id).update(at=timezone.now() - dt.timedelta(minutes=1))
    # Enqueued on the real broker (no worker in this test): one event to tell.
    assert notification_deliveries_sweep.apply().get() == 1

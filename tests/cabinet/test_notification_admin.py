"""Operators see failed notices in the admin and send them again."""

import pytest
from django.core import mail
from django.urls import reverse

from cabinet.models import NotificationDelivery, Role
from cabinet.notifications import services
from cabinet.tasks import notifications_for_event
from petitions.models import Status
from tests.factories import UserFactory

from .fakes import FlakyEmailBackend
from .notices import reachable_user, sent_petition, status_change

pytestmark = pytest.mark.django_db

State = NotificationDelivery.State


@pytest.fixture
def failed(settings) -> NotificationDelivery:
    settings.EMAIL_BACKEND = "tests.cabinet.fakes.FlakyEmailBackend"
    settings.NOTIFY_MAX_ATTEMPTS = 1
    FlakyEmailBackend.failures = 1
    user = reachable_user(phone="", phone_confirmed_at=None)
    notifications_for_event.apply(
        args=[status_change(sent_petition(user), Status.SUBMITTED, Status.DELIVERED)]
    )
    delivery = NotificationDelivery.objects.get()
    services.delivery_attempt(delivery_id=delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == State.FAILED
    return delivery


def test_failed_deliveries_are_listed_and_sent_again(
    client, failed, django_capture_on_commit_callbacks
):
    client.force_login(UserFactory(role=Role.CLERK, is_superuser=True))
    listing = client.get(
        reverse("admin:cabinet_notificationdelivery_changelist"), {"state__exact": "failed"}
    )
    assert listing.status_code == 200
    assert "citizen@example.kz" in listing.content.decode()
    with django_capture_on_commit_callbacks() as enqueued:
        response = client.post(
            reverse("admin:cabinet_notificationdelivery_changelist"),
            {"action": "retry", "_selected_action": [failed.pk]},
        )
    assert response.status_code == 302
    assert len(enqueued) == 1
    failed.refresh_from_db()
    assert (failed.state, failed.attempts) == (State.PENDING, 0)
    services.delivery_attempt(delivery_id=failed.pk)
    assert len(mail.outbox) == 1


def test_a_sent_delivery_is_not_sent_again_by_the_action(client, failed):
    NotificationDelivery.objects.filter(pk=failed.pk).update(state=State.SENT)
    client.force_login(UserFactory(role=Role.CLERK, is_superuser=True))
    client.post(
        reverse("admin:cabinet_notificationdelivery_changelist"),
        {"action": "retry", "_selected_action": [failed.pk]},
    )
    failed.refresh_from_db()
    assert failed.state == State.SENT

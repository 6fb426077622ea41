"""Draft deadline reminders: 7 days and 1 day before the last day, once each, in the user's
language."""

import datetime as dt

import pytest
from django.core import mail

from cabinet.models import Notification, NotificationDelivery
from cabinet.notifications.services import drafts_deadline_remind
from cabinet.tasks import notification_deliver
from tests.petitions.factories import PetitionFactory

from .notices import reachable_user, sent_petition

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 1)


def draft(user, last_day: dt.date | None, unlimited: bool = False):
    answer = {"deadline": last_day.isoformat() if last_day else None, "unlimited": unlimited}
    return PetitionFactory(filer=user, deadline=answer)


def test_reminders_7_and_1_days_before_once_each():
    user = reachable_user("kk")
    petition = draft(user, TODAY + dt.timedelta(days=7))
    assert drafts_deadline_remind(today=TODAY - dt.timedelta(days=1)) == 0  # 8 days left
    assert drafts_deadline_remind(today=TODAY) == 1
    assert drafts_deadline_remind(today=TODAY) == 0
    assert drafts_deadline_remind(today=TODAY + dt.timedelta(days=3)) == 0
    assert drafts_deadline_remind(today=TODAY + dt.timedelta(days=6)) == 1
    assert drafts_deadline_remind(today=TODAY + dt.timedelta(days=7)) == 0
    assert sorted(
        Notification.objects.filter(petition=petition).values_list("reminder_days", flat=True)
    ) == [1, 7]


def test_a_missed_day_still_reminds():
    user = reachable_user()
    draft(user, TODAY + dt.timedelta(days=5))
    assert drafts_deadline_remind(today=TODAY) == 1
    assert Notification.objects.get().reminder_days == 7


def test_no_reminder_for_no_limit_past_limit_or_a_sent_petition():
    user = reachable_user()
    draft(user, None, unlimited=True)
    draft(user, TODAY - dt.timedelta(days=1))
    draft(user, None)
    sent = sent_petition(user)
    type(sent).objects.filter(pk=sent.pk).update(
        deadline={"deadline": TODAY.isoformat(), "unlimited": False}
    )
    assert drafts_deadline_remind(today=TODAY) == 0


def test_the_reminder_is_in_the_users_language_and_goes_by_email(
    django_capture_on_commit_callbacks,
):
    user = reachable_user("kk", phone="", phone_confirmed_at=None)
    draft(user, TODAY + dt.timedelta(days=1))
    with django_capture_on_commit_callbacks() as enqueued:
        drafts_deadline_remind(today=TODAY)
    assert len(enqueued) == 1
    notification_deliver.apply(args=[NotificationDelivery.objects.get().pk])
    assert len(mail.outbox) == 1
    assert "02.12.2026" in mail.outbox[0].body
    assert "мерзімі" in mail.outbox[0].subject

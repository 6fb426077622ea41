"""The stale-delivery alarm and the sweeper's choice of what to send again."""

import datetime as dt
import logging

import pytest
from django.utils import timezone

from petitions.delivery.models import Delivery, DeliveryState
from petitions.delivery.sweeper import delivery_stale_flag
from petitions.delivery.tasks import backoff_seconds, delivery_send
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit

pytestmark = pytest.mark.django_db


def test_a_delivery_not_registered_in_time_is_logged_at_error_and_flagged_once(
    crls, settings, caplog
) -> None:
    settings.DELIVERY_STALE_AFTER_SECONDS = 600
    petition = sign_and_submit(ready_to_sign())
    later = timezone.now() + dt.timedelta(seconds=601)
    with caplog.at_level(logging.ERROR, logger="petitions.delivery.sweeper"):
        assert delivery_stale_flag(now=timezone.now()) == 0  # not yet
        assert delivery_stale_flag(now=later) == 1
        assert delivery_stale_flag(now=later + dt.timedelta(hours=1)) == 0  # flagged once
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    assert petition.reference in errors[0].getMessage()
    assert Delivery.objects.get(petition=petition).stale_since == later


def test_a_registered_delivery_is_never_stale(crls, settings) -> None:
    settings.DELIVERY_STALE_AFTER_SECONDS = 600
    petition = sign_and_submit(ready_to_sign())
    delivery_send.apply((petition.delivery.pk,))
    assert Delivery.objects.get(petition=petition).state == DeliveryState.REGISTERED
    assert delivery_stale_flag(now=timezone.now() + dt.timedelta(days=1)) == 0


def test_backoff_grows_exponentially_with_jitter_and_a_cap(settings) -> None:
    settings.DELIVERY_MAX_BACKOFF_SECONDS = 30
    draws = [backoff_seconds(3) for _ in range(200)]
    assert all(0 <= d <= 8 for d in draws)
    assert len(set(draws)) > 150  # jittered, not one fixed delay
    assert max(backoff_seconds(20) for _ in range(200)) <= 30

"""Operators find stale deliveries in the admin; nobody edits a delivery by hand."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from petitions.delivery.sweeper import delivery_stale_flag
from tests.factories import UserFactory
from tests.petitions.factories import ready_to_sign
from tests.petitions.journey import sign_and_submit


@pytest.mark.django_db
def test_the_stale_filter_shows_flagged_deliveries(client, crls) -> None:
    stale = sign_and_submit(ready_to_sign())
    delivery_stale_flag(now=timezone.now() + dt.timedelta(days=1))
    fresh = sign_and_submit(ready_to_sign())
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = reverse("admin:petitions_delivery_changelist") + "?stale_since__isempty=0"
    page = client.get(url).content.decode()
    assert stale.reference in page
    assert fresh.reference not in page
    change = reverse("admin:petitions_delivery_change", args=[stale.delivery.pk])
    assert client.post(change, {}).status_code == 403

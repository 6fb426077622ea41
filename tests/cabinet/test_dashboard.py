"""The cabinet's list: one row per petition, and a cost that does not grow with the drafts."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cabinet.models import Role
from tests.factories import UserFactory
from tests.petitions.factories import PetitionFactory, attach, civil_case_answered, content_answered

pytestmark = pytest.mark.django_db


def drafts(filer, n: int) -> None:
    """``n`` drafts at different stages: started, case answered, content and a document."""
    for i in range(n):
        petition = PetitionFactory(filer=filer, for_client=True)
        if i % 3:
            civil_case_answered(petition, in_force_on=dt.date.today() - dt.timedelta(days=20))
        if i % 3 == 2:
            content_answered(petition)
            attach(petition, name=f"act-{i}.pdf")


def dashboard_queries(client) -> tuple[int, list]:
    """The SELECTs of one dashboard request (the transaction's savepoints not counted)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("cabinet:dashboard"))
    assert response.status_code == 200
    selects = [q for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    return len(selects), response.context["petitions"]


def test_a_lawyers_many_drafts_cost_the_same_queries_as_one(client):
    lawyer = UserFactory(role=Role.LAWYER)
    client.force_login(lawyer)
    drafts(lawyer, 3)
    few, rows = dashboard_queries(client)
    drafts(lawyer, 60)
    many, rows = dashboard_queries(client)
    assert len(rows) == 63
    # The user, the petitions, their parties, their attachments, the header's unread count.
    assert many == few == 5
    assert {row["next_step"] for row in rows} >= {"Келесі қадам: Іске қатысушылар"}


def test_a_first_instance_court_is_shown_by_its_name(client):
    citizen = UserFactory()
    client.force_login(citizen)
    PetitionFactory(
        filer=citizen, procedure="criminal", act_kind="conviction", court_name="Есіл аудандық соты"
    )
    _count, rows = dashboard_queries(client)
    assert rows[0]["court"] == "Есіл аудандық соты"

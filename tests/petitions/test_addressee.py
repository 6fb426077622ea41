"""The court a petition is addressed to: named in the manifest, on the check page and in the PDF.

By the law of the filing day: the Supreme Court before 1 July 2025, the cassation court for civil or
criminal cases from then; a draft by today, a sent petition by the day it was sent.
"""

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from petitions.addressee import addressee_name
from petitions.manifest import manifest_bytes

from .factories import PetitionFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("regime", "procedure", "ru"),
    [
        ("supreme_court", "civil", "Верховный Суд Республики Казахстан"),
        ("supreme_court", "criminal", "Верховный Суд Республики Казахстан"),
        ("cassation_courts", "civil", "Кассационный суд по гражданским делам"),
        ("cassation_courts", "criminal", "Кассационный суд по уголовным делам"),
    ],
)
def test_a_pinned_regime_and_the_kind_of_case_choose_the_addressee(settings, regime, procedure, ru):
    settings.DEADLINES_REGIME = regime
    petition = PetitionFactory(procedure=procedure)
    assert json.loads(manifest_bytes(petition))["addressed_to"]["ru"] == ru
    with translation.override("ru"):
        assert addressee_name(petition) == ru


@pytest.mark.parametrize(
    ("procedure", "en"),
    [
        ("civil", "Cassation Court for Civil Cases"),
        ("criminal", "Cassation Court for Criminal Cases"),
    ],
)
def test_a_draft_today_is_addressed_to_the_cassation_court(procedure, en):
    # The default (auto): a petition begun in December 2026 is filed under the law of 2025-07-01.
    petition = PetitionFactory(procedure=procedure)
    assert addressee_name(petition, "en") == en
    assert json.loads(manifest_bytes(petition))["addressed_to"]["en"] == en


def test_a_draft_is_addressed_by_the_law_of_the_day_it_would_be_filed():
    petition = PetitionFactory(procedure="civil", deadline={"regime": "supreme_court"})
    # An assessment recorded while the draft was written does not fix the addressee: today does.
    assert addressee_name(petition, "en") == "Cassation Court for Civil Cases"
    before = dt.date(2025, 6, 30)
    assert addressee_name(petition, "en", today=before) == (
        "Supreme Court of the Republic of Kazakhstan"
    )
    assert addressee_name(petition, "en", today=dt.date(2025, 7, 1)) == (
        "Cassation Court for Civil Cases"
    )


def test_a_sent_petition_keeps_the_addressee_of_the_day_it_was_sent():
    sent = dt.datetime(2025, 6, 30, 23, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    recorded = PetitionFactory(
        procedure="criminal", submitted_at=sent, deadline={"regime": "supreme_court"}
    )
    assert addressee_name(recorded, "en") == "Supreme Court of the Republic of Kazakhstan"
    # Without a recorded assessment, by the court's calendar day of sending (30 June in Astana).
    unrecorded = PetitionFactory(procedure="criminal", submitted_at=sent, deadline=None)
    assert addressee_name(unrecorded, "en") == "Supreme Court of the Republic of Kazakhstan"
    after = PetitionFactory(procedure="criminal", submitted_at=sent + dt.timedelta(hours=1))
    assert addressee_name(after, "en") == "Cassation Court for Criminal Cases"


def test_before_the_kind_of_case_is_known_there_is_no_addressee():
    petition = PetitionFactory(procedure="")
    assert json.loads(manifest_bytes(petition))["addressed_to"] is None
    assert addressee_name(petition) == ""


@pytest.mark.parametrize(
    ("language", "document", "court"),
    [
        ("kk", "Кассациялық шағым", "Азаматтық істер жөніндегі кассациялық сот"),
        ("ru", "Кассационная жалоба", "Кассационный суд по гражданским делам"),
        ("en", "Cassation complaint", "Cassation Court for Civil Cases"),
    ],
)
def test_the_check_page_names_the_document_and_court_of_the_day(client, language, document, court):
    from .factories import ready_to_sign

    petition = ready_to_sign()
    client.force_login(petition.filer)
    with translation.override(language):
        check = reverse("petitions:check", kwargs={"public_id": petition.public_id})
    rows = {
        row["key"]: row["value"] for row in client.get(check).context["rows"]
    }  # the summary list, in the page's language
    with translation.override(language):
        assert rows[gettext("Document")] == document
        assert rows[gettext("Addressed to")] == court


def test_the_check_page_names_the_addressee(client):
    from .factories import petition_url as url
    from .factories import ready_to_sign

    petition = ready_to_sign()
    client.force_login(petition.filer)
    response = client.get(url("check", petition))
    assert response.status_code == 200
    # Today's law (after 1 July 2025): the civil cassation court.
    assert "Азаматтық істер жөніндегі кассациялық сот" in response.content.decode()

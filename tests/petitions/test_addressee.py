"""The court a petition is addressed to: named in the manifest, on the check page and in the PDF."""

import json

import pytest
from django.utils import translation

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
def test_the_addressee_follows_the_regime_and_the_kind_of_case(settings, regime, procedure, ru):
    settings.DEADLINES_REGIME = regime
    petition = PetitionFactory(procedure=procedure)
    assert json.loads(manifest_bytes(petition))["addressed_to"]["ru"] == ru
    with translation.override("ru"):
        assert addressee_name(petition) == ru


def test_the_regime_of_the_assessed_time_limit_wins_over_the_sites(settings):
    settings.DEADLINES_REGIME = "supreme_court"
    petition = PetitionFactory(procedure="civil", deadline={"regime": "cassation_courts"})
    assert addressee_name(petition, "en") == "Cassation Court for Civil Cases"


def test_before_the_kind_of_case_is_known_there_is_no_addressee():
    petition = PetitionFactory(procedure="")
    assert json.loads(manifest_bytes(petition))["addressed_to"] is None
    assert addressee_name(petition) == ""


def test_the_check_page_names_the_addressee(client):
    from .factories import petition_url as url
    from .factories import ready_to_sign

    petition = ready_to_sign()
    client.force_login(petition.filer)
    response = client.get(url("check", petition))
    assert response.status_code == 200
    assert "Қазақстан Республикасының Жоғарғы Соты" in response.content.decode()

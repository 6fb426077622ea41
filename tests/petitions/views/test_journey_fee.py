"""The state fee in the journey, from 2026: the claim and the filer asked, the amount computed
with its citation (Tax Code art. 665), shown on the fee page, the check page, in the manifest and
in the PDF in kk, ru and en; an exemption chosen from art. 668; hostile claim amounts refused."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from cabinet.models import Role
from petitions import fee_exemptions
from petitions.manifest import manifest_bytes
from petitions.models import Petition
from petitions.pdf import petition_pdf
from tests.factories import UserFactory
from tests.petitions.factories import attach, ready_to_sign
from tests.petitions.journey import q
from tests.petitions.pdf_reading import flat, pdf_text

# Item 4 of art. 668 (alimony) in the official Kazakh and Russian texts.
KK_4 = "талапкерлер – алименттердi өндiрiп алу туралы талап қоюлар бойынша"
RU_4 = "истцы – по искам о взыскании алиментов"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fee_clock")]

NOW = dt.datetime(2026, 12, 3, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))

# What each language says for an individual's property claim of 1,000,000 tenge on 3.12.2026.
SAYS = {
    "kk": (
        "5 000 теңге",
        "03.12.2026",
        "Салық кодексінің 665-бабы 1-тармағының 1) тармақшасы және 3-тармағы",
    ),
    "ru": (
        "5 000 тенге",
        "3 декабря 2026 г.",
        "Подпункт 1) пункта 1 и пункт 3 статьи 665 Налогового кодекса",
    ),
    "en": ("5 000 tenge", "3 December 2026", "Tax Code art. 665(1) sub-item 1, art. 665(3)"),
}


@pytest.fixture
def fee_clock():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def petition(signed_in) -> Petition:
    """A complete civil petition up to the fee, the claim not yet answered."""
    petition = ready_to_sign(signed_in.user)
    petition.fee_claim, petition.fee_filer, petition.state_fee = "", "", ""
    petition.fee_exemption = ""
    petition.save()
    return petition


def page_url(name: str, petition: Petition, language: str) -> str:
    with translation.override(language):
        return reverse(f"petitions:{name}", kwargs={"public_id": petition.public_id})


def question(petition: Petition, slug: str, language: str) -> str:
    with translation.override(language):
        return q(petition, slug)


def errors(response, field: str) -> list[str]:
    assert response.status_code == 200
    return [e.code for e in response.context["form"].errors.as_data()[field]]


def answered_property(petition: Petition, *, paid: bool = True) -> Petition:
    petition.fee_claim, petition.fee_claim_amount = "property", 1_000_000
    petition.fee_filer = "individual"
    petition.state_fee = "paid" if paid else ""
    petition.save()
    attach(petition, b"%PDF-1.4\n% the fee receipt\n%%EOF\n", "түбіртек.pdf", "state_fee")
    return petition


def test_a_citizen_is_asked_the_claim_and_not_whether_they_are_a_legal_entity(signed_in, petition):
    form = signed_in.get(q(petition, "fee_claim")).context["form"]
    assert set(form.fields) == {"fee_claim", "fee_claim_amount"}
    response = signed_in.post(
        q(petition, "fee_claim"), {"fee_claim": "property", "fee_claim_amount": " 1 000 000 "}
    )
    assert response["Location"] == q(petition, "fee")
    petition.refresh_from_db()
    assert (petition.fee_claim, petition.fee_claim_amount, petition.fee_filer) == (
        "property",
        1_000_000,
        "individual",
    )


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_fee_page_shows_the_amount_for_payment_today_with_its_citation(
    signed_in, petition, language
):
    answered_property(petition, paid=False)
    page = signed_in.get(question(petition, "fee", language)).content.decode()
    amount, day, citation = SAYS[language]
    assert amount in page
    assert day in page
    assert citation in page
    assert "4 325" in page  # the MRP of 2026


def test_a_non_property_claim_keeps_no_amount(signed_in, petition):
    signed_in.post(q(petition, "fee_claim"), {"fee_claim": "non_property", "fee_claim_amount": "x"})
    petition.refresh_from_db()
    assert (petition.fee_claim, petition.fee_claim_amount) == ("non_property", None)
    page = signed_in.get(question(petition, "fee", "en")).content.decode()
    assert "1 081.25 tenge" in page
    assert "Tax Code art. 665(1) sub-item 7, art. 665(3)" in page


@pytest.mark.parametrize(
    ("amount", "code"),
    [
        ("", "empty"),
        ("-1000", "not_digits"),
        ("0", "zero"),
        ("мың", "not_digits"),
        ("1" * 30, "too_large"),
        ("9" * 5000, "too_large"),
        ("1000,50", "not_digits"),
        ("1000.50", "not_digits"),
        ("١٠٠٠", "not_digits"),
        ("<b>1</b>", "not_digits"),
    ],
)
def test_a_hostile_claim_amount_is_refused_and_nothing_is_kept(signed_in, petition, amount, code):
    response = signed_in.post(
        q(petition, "fee_claim"), {"fee_claim": "property", "fee_claim_amount": amount}
    )
    assert code in errors(response, "fee_claim_amount")
    petition.refresh_from_db()
    assert (petition.fee_claim, petition.fee_claim_amount) == ("", None)


@pytest.mark.parametrize("claim", ["", "divorce", "property'--"])
def test_an_unknown_claim_is_refused(signed_in, petition, claim):
    response = signed_in.post(
        q(petition, "fee_claim"), {"fee_claim": claim, "fee_claim_amount": "1000"}
    )
    assert errors(response, "fee_claim")
    petition.refresh_from_db()
    assert petition.fee_claim == ""


def test_a_lawyer_says_whether_the_client_is_a_legal_entity(client):
    lawyer = UserFactory(role=Role.LAWYER)
    client.force_login(lawyer)
    petition = ready_to_sign(lawyer)
    petition.for_client = True
    petition.fee_claim, petition.fee_filer = "", ""
    petition.save()
    missing = client.post(
        q(petition, "fee_claim"), {"fee_claim": "property", "fee_claim_amount": "1000000000"}
    )
    assert "required" in errors(missing, "fee_filer")
    client.post(
        q(petition, "fee_claim"),
        {"fee_claim": "property", "fee_claim_amount": "1000000000", "fee_filer": "legal_entity"},
    )
    petition.refresh_from_db()
    assert (petition.fee_claim_amount, petition.fee_filer) == (1_000_000_000, "legal_entity")
    page = client.get(question(petition, "fee", "en")).content.decode()
    assert "15 000 000 tenge" in page  # 1.5 % of 1,000,000,000


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_check_page_shows_the_claim_and_the_amount_with_its_citation(
    signed_in, petition, language
):
    answered_property(petition)
    page = signed_in.get(page_url("check", petition, language)).content.decode()
    amount, day, citation = SAYS[language]
    assert "1 000 000" in page  # the claim
    assert amount in page
    assert citation in page
    assert day in page


def test_the_manifest_holds_the_claim_and_the_computed_fee(petition):
    answered_property(petition)
    manifest = json.loads(manifest_bytes(petition))
    assert manifest["manifest_version"] == 5
    assert manifest["state_fee"] == {
        "answer": "paid",
        "exemption": "",
        "exemption_item": None,
        "claim": "property",
        "claim_amount_tenge": 1_000_000,
        "filer": "individual",
        "computed": {
            "kind": "computed",
            "for_payment_on": "2026-12-03",
            "amount_tenge": "5000.00",
            "mrp_tenge": "4325",
            "cap_tenge": "21625000.00",
            "capped": False,
            "citation": "Tax Code art. 665(1) sub-item 1, art. 665(3)",
        },
    }


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_pdf_shows_the_amount_with_its_citation(petition, language):
    answered_property(petition)
    with translation.override(language):
        text, _ = pdf_text(petition_pdf(petition))
    amount, day, citation = SAYS[language]
    everything = flat(text)
    for expected in ("1 000 000", amount, day, citation):
        assert flat(expected) in everything, expected


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_an_exemption_from_article_668_is_shown_with_its_item(signed_in, petition, language):
    petition.fee_claim, petition.fee_filer = "non_property", "individual"
    petition.save()
    signed_in.post(q(petition, "fee"), {"state_fee": "exempt", "fee_exemption_item": "4"})
    petition.refresh_from_db()
    assert (petition.state_fee, petition.fee_exemption_item) == ("exempt", 4)
    page = signed_in.get(page_url("check", petition, language)).content.decode()
    item = {"kk": "668-бабының 4) тармақшасы", "ru": "Подпункт 4) статьи 668", "en": "668 item 4"}
    assert item[language] in page
    # The official text of the page's language; Russian on the English page (no English text).
    shown, not_shown = (KK_4, RU_4) if language == "kk" else (RU_4, KK_4)
    assert shown in page
    assert not_shown not in page
    with translation.override(language):
        text, _ = pdf_text(petition_pdf(petition))
    assert flat(shown) in flat(text)
    assert flat(not_shown) not in flat(text)
    assert json.loads(manifest_bytes(petition))["state_fee"]["exemption_item"] == 4


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_fee_page_lists_every_item_in_the_official_text_of_its_language(
    signed_in, petition, language
):
    petition.fee_claim, petition.fee_filer = "non_property", "individual"
    petition.save()
    page = signed_in.get(question(petition, "fee", language)).content.decode()
    kk, ru = fee_exemptions.ITEMS_KK, fee_exemptions.ITEMS
    shown, not_shown = (kk, ru) if language == "kk" else (ru, kk)
    assert [n for n in shown if escape(shown[n]) not in page] == []
    assert [n for n in not_shown if escape(not_shown[n]) in page] == []
    # Only the English page says why its grounds are in Russian.
    assert ("no official English text" in page) == (language == "en")


def test_before_2026_the_court_checks_the_amount_and_the_ground_is_in_own_words(signed_in):
    with time_machine.travel(dt.datetime(2025, 12, 31, 12, tzinfo=ZoneInfo("Asia/Almaty"))):
        petition = ready_to_sign(signed_in.user)
        petition.state_fee, petition.fee_claim, petition.fee_filer = "", "", ""
        petition.save()
        assert signed_in.get(q(petition, "fee_claim")).status_code == 404
        form = signed_in.get(question(petition, "fee", "en")).context["form"]
        assert "fee_exemption_item" not in form.fields
        assert "the court checks the amount" in str(form.fields["state_fee"].help_text)
        signed_in.post(q(petition, "fee"), {"state_fee": "exempt", "fee_exemption": "Ст. 541"})
        petition.refresh_from_db()
        assert (petition.state_fee, petition.fee_exemption) == ("exempt", "Ст. 541")


@pytest.mark.parametrize(
    "answers",
    [
        {"fee_claim": "property", "fee_claim_amount": None},
        {"fee_claim": "property", "fee_claim_amount": 0},
        {"fee_claim": "property", "fee_claim_amount": 10**15},
        {"fee_claim": "non_property", "fee_claim_amount": 1000},
        {"fee_claim": "divorce"},
        {"fee_filer": "state_body"},
        {"state_fee": "exempt", "fee_exemption_item": 35},
        {"state_fee": "exempt", "fee_exemption_item": 0},
        {"state_fee": "paid", "fee_exemption_item": 4},
    ],
)
def test_the_database_refuses_a_fee_answer_the_journey_cannot_give(petition, answers):
    from django.db import IntegrityError, transaction

    for name, value in answers.items():
        setattr(petition, name, value)
    with pytest.raises(IntegrityError), transaction.atomic():
        petition.save()

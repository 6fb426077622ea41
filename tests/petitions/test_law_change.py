"""A draft begun before a boundary of the law and signed after it: assessed and addressed by the
signing day, and the check page says what changed and why before signing.

The boundaries are days in Astana (UTC+5): 1 July 2025 begins at 2025-06-30 19:00 UTC, 1 July 2027
at 2027-06-30 19:00 UTC.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation

from petitions.law_change import law_change
from petitions.services.petitions import petition_deadline_refresh

from .factories import PetitionFactory, attach, civil_case_answered, content_answered
from .factories import petition_url as url

pytestmark = pytest.mark.django_db
ASTANA = ZoneInfo("Asia/Almaty")


def at(*args: int) -> time_machine.travel:
    return time_machine.travel(dt.datetime(*args, tzinfo=ASTANA), tick=False)


def draft(*, in_force_on: dt.date, exclusion: str = "none"):
    """A complete civil draft whose case answers were assessed now (as saving them does)."""
    petition = PetitionFactory()
    civil_case_answered(petition, in_force_on=in_force_on)
    petition.exclusion = exclusion
    petition_deadline_refresh(petition=petition)
    petition.save()
    content_answered(petition)
    attach(petition)
    return petition


def banner(client, petition) -> str:
    client.force_login(petition.filer)
    response = client.get(url("check", petition))
    assert response.status_code == 200
    page = response.content.decode()
    if "data-law-change" not in page:
        return ""
    start = page.index("data-law-change")
    return " ".join(page[start : page.index("</ul>", start)].split())


def test_a_draft_of_june_2025_signed_on_1_july_is_a_cassation_complaint_and_says_so(client):
    with at(2025, 6, 20, 12, 0):
        petition = draft(in_force_on=dt.date(2025, 6, 1))
    assert petition.deadline["regime"] == "supreme_court"
    with at(2025, 6, 30, 23, 59):  # still 30 June in Astana: nothing changed
        assert law_change(petition) is None
        assert banner(client, petition) == ""
    with at(2025, 7, 1, 0, 0):
        text = banner(client, petition)
    assert "01.07.2025 өзгерді" in text
    assert "күні қолданыстағы заң қолданылады" in text
    assert "Құжат: Кассациялық шағым (бұрын: Кассациялық тәртіппен қайта қарау туралы" in text
    assert (
        "Жолданатын сот: Азаматтық істер жөніндегі кассациялық сот "
        "(бұрын: Қазақстан Республикасының Жоғарғы Соты)."
    ) in text
    # The term (six months from the act's entry into force) is the same under both laws.
    assert "Мерзім" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Документ: Кассационная жалоба (ранее: Ходатайство о пересмотре"),
        ("en", "Document: Cassation complaint (before: Petition for cassation review)."),
    ],
)
def test_the_banner_speaks_the_page_language(client, language, expected):
    with at(2025, 6, 20, 12, 0):
        petition = draft(in_force_on=dt.date(2025, 6, 1))
    with at(2025, 7, 2, 10, 0), translation.override(language):
        text = banner(client, petition)
    assert expected in text
    assert {"ru": "в день подписания", "en": "on the day you sign"}[language] in text


def test_a_small_claim_excluded_in_june_2027_is_reviewable_from_1_july_2027(client):
    with at(2027, 6, 20, 12, 0):
        petition = draft(in_force_on=dt.date(2027, 6, 1), exclusion="small_property_claim")
    assert petition.deadline["admissible"] is False
    with at(2027, 6, 30, 23, 59):
        assert law_change(petition) is None
    with at(2027, 7, 1, 0, 0):
        change = law_change(petition)
        text = banner(client, petition)
    assert change is not None
    assert change.since == dt.date(2027, 7, 1)
    # Same court, same document: only the answer changed.
    assert change.document is None
    assert change.addressee is None
    assert (
        "Мерзім: соңғы күн — 01.12.2027 (бұрын: кассациялық тәртіппен қайта қаралмайды)."
    ) in text
    assert "Құжат:" not in text


def test_a_draft_begun_on_the_boundary_day_or_reassessed_after_it_reports_nothing():
    with at(2025, 7, 1, 0, 0):
        begun_that_day = draft(in_force_on=dt.date(2025, 6, 1))
    with at(2025, 6, 30, 12, 0):
        reassessed = draft(in_force_on=dt.date(2025, 6, 1))
    with at(2025, 7, 1, 9, 0):
        petition_deadline_refresh(petition=reassessed)  # a case answer saved again after it
        reassessed.save()
    with at(2025, 7, 3, 9, 0):
        assert law_change(begun_that_day) is None
        assert law_change(reassessed) is None


def test_no_boundary_crossed_means_no_change_of_law_even_if_the_answer_moved():
    with at(2026, 1, 10, 12, 0):
        petition = draft(in_force_on=dt.date(2026, 1, 5))
    # The recorded answer is not today's (say a rule was corrected), but no law took effect.
    petition.deadline = {**petition.deadline, "deadline": "2026-06-01"}
    with at(2026, 12, 1, 12, 0):
        assert law_change(petition) is None


def test_a_sent_petition_or_one_without_an_answer_reports_nothing():
    with at(2025, 6, 20, 12, 0):
        sent = draft(in_force_on=dt.date(2025, 6, 1))
        unanswered = PetitionFactory(procedure="civil")
    sent.submitted_at = dt.datetime(2025, 6, 21, 12, 0, tzinfo=ASTANA)
    with at(2025, 7, 2, 12, 0):
        assert law_change(sent) is None
        assert law_change(unanswered) is None

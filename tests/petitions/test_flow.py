import datetime as dt

import pytest
import time_machine

from cabinet.models import Role
from petitions import flow
from tests.factories import UserFactory

from .factories import PetitionFactory, civil_case_answered

pytestmark = pytest.mark.django_db


def slugs(petition):
    return [step.slug for step in flow.applicable_steps(petition)]


def test_civil_branch_asks_about_appeal_not_direction():
    petition = PetitionFactory(procedure="civil", act_kind="appellate")
    assert "appeal" in slugs(petition)
    assert "direction" not in slugs(petition)
    assert "client" not in slugs(petition)


def test_supreme_court_collegium_act_skips_the_appeal_question():
    petition = PetitionFactory(procedure="civil", act_kind="supreme_court_collegium")
    assert "appeal" not in slugs(petition)


def test_criminal_branch_asks_about_direction_not_appeal():
    petition = PetitionFactory(procedure="criminal", act_kind="conviction")
    assert "direction" in slugs(petition)
    assert "appeal" not in slugs(petition)


def test_lawyers_are_asked_whose_petition_it_is_first():
    petition = PetitionFactory(filer=UserFactory(role=Role.LAWYER), for_client=None)
    assert slugs(petition)[0] == "client"
    assert flow.first_unanswered(petition).slug == "client"
    petition.for_client = False  # "for myself" is an answer
    assert flow.first_unanswered(petition).slug == "procedure"


def test_first_unanswered_walks_in_order_and_stops_before_a_step():
    petition = PetitionFactory()
    assert flow.first_unanswered(petition).slug == "procedure"
    assert flow.first_unanswered(petition, before="procedure") is None
    civil_case_answered(petition, in_force_on=dt.date.today() - dt.timedelta(days=30))
    assert flow.case_unanswered(petition) is None
    # CPC 441: behind a contested appellate act, the first-instance decision is asked first.
    assert flow.first_unanswered(petition).slug == "other_act"
    assert flow.first_unanswered(petition, before="other_act") is None


def test_next_step_follows_the_branch():
    petition = PetitionFactory(procedure="criminal", act_kind="conviction")
    assert flow.next_step(petition, flow.STEP_BY_SLUG["dates"]).slug == "exclusion"
    assert flow.next_step(petition, flow.STEP_BY_SLUG["exclusion"]).slug == "direction"
    assert flow.next_step(petition, flow.STEP_BY_SLUG["request"]).slug == "hearing"
    assert flow.next_step(petition, flow.STEP_BY_SLUG["hearing"]) is None
    assert "fee" not in slugs(petition)
    # The court of appeal's act is asked once the verdict is said to have been appealed.
    assert "other_act" not in slugs(petition)
    petition.exclusion = "none"
    assert "other_act" in slugs(petition)
    petition.exclusion = "not_reviewed_on_appeal"
    assert "other_act" not in slugs(petition)


def test_civil_content_asks_for_the_state_fee_and_the_other_instance():
    petition = PetitionFactory(procedure="civil", act_kind="appellate")
    assert flow.next_step(petition, flow.STEP_BY_SLUG["request"]).slug == "fee_claim"
    assert flow.next_step(petition, flow.STEP_BY_SLUG["fee_claim"]).slug == "fee"
    assert "hearing" not in slugs(petition)
    assert "other_act" in slugs(petition)


@pytest.mark.parametrize(
    ("act_kind", "appeal", "asked"),
    [
        ("appellate", "", True),
        ("first_instance", "decided_on_appeal", True),
        ("first_instance", "missed_restoration_refused_reviewed", True),
        ("first_instance", "not_appealed", False),
        ("first_instance", "", False),
        ("supreme_court_collegium", "", False),
    ],
)
def test_the_other_instance_is_asked_only_where_there_is_one(act_kind, appeal, asked):
    petition = PetitionFactory(procedure="civil", act_kind=act_kind, appeal=appeal)
    assert ("other_act" in slugs(petition)) is asked


@pytest.mark.parametrize(
    ("state_fee", "exemption", "answered"),
    [("", "", False), ("paid", "", True), ("exempt", "", False), ("exempt", "art. 1", True)],
)
def test_the_fee_is_answered_by_paying_or_by_a_stated_exemption(state_fee, exemption, answered):
    petition = PetitionFactory(procedure="civil", state_fee=state_fee, fee_exemption=exemption)
    assert flow.STEP_BY_SLUG["fee"].answered(petition) is answered


def test_an_exemption_chosen_from_article_668_answers_the_fee():
    petition = PetitionFactory(procedure="civil", state_fee="exempt", fee_exemption_item=13)
    assert flow.STEP_BY_SLUG["fee"].answered(petition)


@pytest.mark.parametrize(
    ("claim", "amount", "filer", "answered"),
    [
        ("", None, "", False),
        ("property", None, "individual", False),
        ("property", 1_000_000, "", False),
        ("property", 1_000_000, "legal_entity", True),
        ("non_property", None, "individual", True),
    ],
)
def test_the_claim_for_the_fee_is_answered_with_its_amount_and_the_filer(
    claim, amount, filer, answered
):
    petition = PetitionFactory.build(
        procedure="civil", fee_claim=claim, fee_claim_amount=amount, fee_filer=filer
    )
    assert flow.STEP_BY_SLUG["fee_claim"].answered(petition) is answered


@pytest.mark.parametrize(("day", "asked"), [("2025-12-31", False), ("2026-01-01", True)])
def test_the_claim_is_asked_for_filings_from_2026_only(day, asked):
    """Before 2026 the old Tax Code applies, which was not verified: the court checks the fee."""
    petition = PetitionFactory(procedure="civil")
    with time_machine.travel(dt.datetime.fromisoformat(f"{day}T12:00:00+05:00"), tick=False):
        assert ("fee_claim" in slugs(petition)) is asked
        assert "fee" in slugs(petition)


@pytest.mark.parametrize(
    ("act_kind", "court", "court_name", "answered"),
    [
        ("appellate", True, "", True),
        ("appellate", False, "Есіл аудандық соты", False),
        ("conviction", False, "Есіл аудандық соты", True),
        ("conviction", True, "", False),
        ("first_instance", False, "", False),
    ],
)
def test_a_first_instance_court_is_named_an_appellate_one_chosen(
    act_kind, court, court_name, answered
):
    from .factories import court as directory_court

    petition = PetitionFactory(
        procedure="civil",
        act_kind=act_kind,
        court=directory_court() if court else None,
        court_name=court_name,
        case_number="2-1/2025",
    )
    assert flow.STEP_BY_SLUG["court"].answered(petition) is answered


def in_time(petition):
    civil_case_answered(petition, in_force_on=dt.date.today() - dt.timedelta(days=30))
    return petition


def path(url: str) -> str:
    # The journey's urls carry the language prefix; compare what follows it.
    return url.split("/petitions/", 1)[1]


def test_a_deep_link_goes_to_the_first_unanswered_case_question():
    petition = PetitionFactory(procedure="civil")
    detour = flow.question_detour(petition, flow.STEP_BY_SLUG["grounds"])
    assert path(detour) == f"{petition.public_id}/q/standing/"
    assert flow.question_detour(petition, flow.STEP_BY_SLUG["standing"]) is None


def test_the_content_is_closed_while_the_time_limit_says_no():
    petition = in_time(PetitionFactory())
    petition.exclusion = "simplified_procedure"  # CPC 434.2: never reviewable in cassation
    assert flow.case_unanswered(petition) is None
    detour = flow.question_detour(petition, flow.STEP_BY_SLUG["grounds"])
    assert path(detour) == f"{petition.public_id}/time-limit/"


def test_an_earlier_content_question_comes_first_once_the_case_is_open():
    petition = in_time(PetitionFactory())
    detour = flow.question_detour(petition, flow.STEP_BY_SLUG["arguments"])
    assert path(detour) == f"{petition.public_id}/q/other_act/"
    assert flow.question_detour(petition, flow.STEP_BY_SLUG["other_act"]) is None


def test_next_url_leads_through_the_section_then_to_the_time_limit_or_the_task_list():
    petition = in_time(PetitionFactory())
    steps = flow.STEP_BY_SLUG
    assert path(flow.next_url(petition, steps["procedure"])) == f"{petition.public_id}/q/standing/"
    assert path(flow.next_url(petition, steps["exclusion"])) == f"{petition.public_id}/time-limit/"
    assert path(flow.next_url(petition, steps["grounds"])) == f"{petition.public_id}/q/arguments/"
    assert path(flow.next_url(petition, steps["fee"])) == f"{petition.public_id}/"
    back_to_check = flow.next_url(petition, steps["grounds"], return_to_check=True)
    assert path(back_to_check) == f"{petition.public_id}/check/"


def test_back_url_is_the_previous_question_of_the_section_or_the_task_list():
    petition = in_time(PetitionFactory())
    steps = flow.STEP_BY_SLUG
    assert path(flow.back_url(petition, steps["procedure"])) == f"{petition.public_id}/"
    assert path(flow.back_url(petition, steps["standing"])) == f"{petition.public_id}/q/procedure/"
    assert path(flow.back_url(petition, steps["other_act"])) == f"{petition.public_id}/"
    assert path(flow.back_url(petition, steps["grounds"])) == f"{petition.public_id}/q/other_act/"


def test_step_for_is_none_for_an_unknown_or_inapplicable_question():
    petition = PetitionFactory(procedure="civil", act_kind="appellate")
    assert flow.step_for(petition, "appeal") is flow.STEP_BY_SLUG["appeal"]
    assert flow.step_for(petition, "direction") is None  # criminal only
    assert flow.step_for(petition, "no-such-question") is None

import datetime as dt

import pytest

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
    civil_case_answered(petition, in_force_on=dt.date(2026, 1, 10))
    assert flow.first_unanswered(petition).slug == "grounds"
    assert flow.first_unanswered(petition, before="grounds") is None


def test_next_step_follows_the_branch():
    petition = PetitionFactory(procedure="criminal", act_kind="conviction")
    assert flow.next_step(petition, flow.STEP_BY_SLUG["dates"]).slug == "direction"
    assert flow.next_step(petition, flow.STEP_BY_SLUG["request"]) is None

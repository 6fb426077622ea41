"""The content questions CPC art. 441 / CrPC art. 488 add: the filer's part in the case, the other
instance's act, the hearing (criminal) and the state fee (civil); wrong and hostile answers."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from petitions.manifest import manifest_bytes
from petitions.models import Petition
from tests.petitions.factories import (
    PetitionFactory,
    civil_case_answered,
    content_answered,
    criminal_case,
)
from tests.petitions.journey import date_parts, q

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("journey_clock")]


@pytest.fixture
def civil(signed_in) -> Petition:
    """A civil petition against an appellate act made 2026-10-01, in time."""
    return civil_case_answered(
        PetitionFactory(filer=signed_in.user), in_force_on=dt.date(2026, 10, 1)
    )


@pytest.fixture
def criminal(signed_in) -> Petition:
    return criminal_case(
        signed_in.user,
        case_number="1-2/2010",
        act_date=dt.date(2010, 2, 3),
        in_force_on=dt.date(2010, 2, 20),
        exclusion="none",
        direction="improves",
        other_court_name="Астана қалалық соты",
        other_act_date=dt.date(2010, 2, 20),
    )


def errors(response, field: str) -> list[str]:
    assert response.status_code == 200
    assert "cc-error-summary" in response.content.decode()
    return [e.code for e in response.context["form"].errors.as_data()[field]]


def test_the_standing_choices_follow_the_kind_of_case(signed_in, civil, criminal):
    civil_choices = dict(
        signed_in.get(q(civil, "standing")).context["form"].fields["standing"].choices
    )
    criminal_choices = dict(
        signed_in.get(q(criminal, "standing")).context["form"].fields["standing"].choices
    )
    assert {"claimant", "defendant", "not_involved"} <= set(civil_choices)
    assert "convicted" not in civil_choices
    assert {"convicted", "acquitted", "victim"} <= set(criminal_choices)
    assert "claimant" not in criminal_choices


def test_a_lawyer_for_a_client_is_asked_the_clients_part(client):
    from cabinet.models import Role
    from tests.factories import UserFactory

    lawyer = UserFactory(role=Role.LAWYER)
    client.force_login(lawyer)
    petition = PetitionFactory(filer=lawyer, for_client=True, procedure="civil")
    page = client.get(q(petition, "standing")).content.decode()
    assert "клиентіңіз" in page.lower()


def test_changing_the_procedure_clears_the_standing_and_the_content_of_the_other_branch(
    signed_in, civil
):
    civil.state_fee, civil.fee_exemption = "exempt", "Салық кодексі"
    civil.other_court_name, civil.other_act_date = "Есіл соты", dt.date(2026, 8, 1)
    civil.save()
    signed_in.post(q(civil, "procedure"), {"procedure": "criminal"})
    civil.refresh_from_db()
    assert (civil.standing, civil.state_fee, civil.fee_exemption) == ("", "", "")
    assert (civil.other_court_name, civil.other_act_date) == ("", None)


def test_behind_an_appellate_act_the_first_instance_decision_is_asked(signed_in, civil):
    page = signed_in.get(q(civil, "other_act"))
    assert page.status_code == 200
    label = str(page.context["form"].fields["other_court_name"].label)
    assert "бірінші саты" in label.lower()
    response = signed_in.post(
        q(civil, "other_act"),
        {
            "other_court_name": " Есіл  аудандық соты ",
            **date_parts("other_act_date", dt.date(2026, 7, 1)),
        },
    )
    assert response["Location"] == q(civil, "grounds")
    civil.refresh_from_db()
    assert (civil.other_court_name, civil.other_act_date) == (
        "Есіл аудандық соты",
        dt.date(2026, 7, 1),
    )
    content_answered(civil)
    signed = json.loads(manifest_bytes(civil))
    assert signed["other_act"] == {"court": "Есіл аудандық соты", "date": "2026-07-01"}
    assert signed["standing"] == "claimant"


def test_after_a_contested_first_instance_decision_the_appellate_act_is_asked(signed_in, civil):
    civil.act_kind, civil.court, civil.court_name = "first_instance", None, "Есіл аудандық соты"
    civil.save()
    label = str(
        signed_in.get(q(civil, "other_act")).context["form"].fields["other_court_name"].label
    )
    assert "апелляция" in label.lower()
    # The appellate act cannot come before the decision it reviewed (2026-10-01).
    early = signed_in.post(
        q(civil, "other_act"),
        {
            "other_court_name": "Астана қалалық соты",
            **date_parts("other_act_date", dt.date(2026, 9, 1)),
        },
    )
    assert errors(early, "other_act_date") == ["order"]
    ok = signed_in.post(
        q(civil, "other_act"),
        {
            "other_court_name": "Астана қалалық соты",
            **date_parts("other_act_date", dt.date(2026, 10, 1)),
        },
    )
    assert ok.status_code == 302


NAMED = {"other_court_name": "Есіл аудандық соты"}
OTHER = {"fee_exemption_item": "other"}


def with_other_act(petition: Petition) -> Petition:
    """Everything of the content answered up to the state fee."""
    petition.other_court_name, petition.other_act_date = "Есіл соты", dt.date(2026, 8, 1)
    petition.grounds, petition.arguments, petition.request = "Негіз", "Дәлел", "Өтініш"
    petition.fee_claim, petition.fee_filer = "non_property", "individual"
    petition.save()
    return petition


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({}, "other_court_name", "required"),
        ({}, "other_act_date", "required"),
        ({"other_court_name": "\u200b\u202e"}, "other_court_name", "required"),
        ({"other_court_name": "Сот\x07"}, "other_court_name", "invalid"),
        ({"other_court_name": "С" * 301}, "other_court_name", "max_length"),
        (
            {**NAMED, **date_parts("other_act_date", dt.date(2026, 10, 2))},
            "other_act_date",
            "order",
        ),
        (
            {**NAMED, **date_parts("other_act_date", dt.date(2026, 11, 26))},
            "other_act_date",
            "future",
        ),
        (
            {**NAMED, **date_parts("other_act_date", dt.date(1994, 12, 31))},
            "other_act_date",
            "too_old",
        ),
        (
            {**NAMED, **date_parts("other_act_date", parts=("31", "2", "2026"))},
            "other_act_date",
            "invalid",
        ),
        (
            {**NAMED, **date_parts("other_act_date", parts=("9" * 20, "1", "2026"))},
            "other_act_date",
            "invalid",
        ),
    ],
)
def test_wrong_other_act_answers_are_refused_and_change_nothing(
    signed_in, civil, data, field, code
):
    assert code in errors(signed_in.post(q(civil, "other_act"), data), field)
    civil.refresh_from_db()
    assert (civil.other_court_name, civil.other_act_date) == ("", None)


def test_in_a_criminal_case_the_court_of_appeals_act_is_asked_and_no_fee(signed_in, criminal):
    assert signed_in.get(q(criminal, "fee")).status_code == 404
    page = signed_in.get(q(criminal, "other_act"))
    label = str(page.context["form"].fields["other_court_name"].label)
    assert "апелляциялық сот" in label.lower()
    early = signed_in.post(
        q(criminal, "other_act"),
        {
            "other_court_name": "Астана қалалық соты",
            **date_parts("other_act_date", dt.date(2010, 2, 2)),
        },
    )
    assert errors(early, "other_act_date") == ["order"]  # before the verdict of 2010-02-03
    criminal.exclusion = "not_reviewed_on_appeal"
    criminal.save()
    assert signed_in.get(q(criminal, "other_act")).status_code == 404


def test_a_criminal_petition_says_whether_the_person_asks_to_take_part(signed_in, criminal):
    criminal.grounds, criminal.arguments, criminal.request = "Негіз", "Дәлел", "Өтініш"
    criminal.save()
    for bad in ({}, {"wants_hearing": "maybe"}, {"wants_hearing": ""}):
        assert errors(signed_in.post(q(criminal, "hearing"), bad), "wants_hearing")
    criminal.refresh_from_db()
    assert criminal.wants_hearing is None
    response = signed_in.post(q(criminal, "hearing"), {"wants_hearing": "False"})
    assert response["Location"] == reverse(
        "petitions:task_list", kwargs={"public_id": criminal.public_id}
    )
    criminal.refresh_from_db()
    assert criminal.wants_hearing is False  # "no" is an answer, not a blank
    page = signed_in.get(q(criminal, "hearing")).content.decode()
    assert 'value="False" checked' in page
    assert json.loads(manifest_bytes(criminal))["wants_hearing"] is False


@pytest.mark.parametrize(
    ("data", "field", "code"),
    [
        ({}, "state_fee", "required"),
        ({"state_fee": "later"}, "state_fee", "invalid_choice"),
        ({"state_fee": "exempt"}, "fee_exemption_item", "required"),
        ({"state_fee": "exempt", **OTHER}, "fee_exemption", "required"),
        ({"state_fee": "exempt", **OTHER, "fee_exemption": "  \n "}, "fee_exemption", "required"),
        (
            {"state_fee": "exempt", **OTHER, "fee_exemption": "x" * 2001},
            "fee_exemption",
            "max_length",
        ),
        *(
            (
                {"state_fee": "exempt", "fee_exemption_item": item},
                "fee_exemption_item",
                "invalid_choice",
            )
            for item in ("0", "35", "-1", "13.0", "١٣", "1 3", "13' OR 1=1")
        ),
    ],
)
def test_wrong_state_fee_answers_are_refused(signed_in, civil, data, field, code):
    with_other_act(civil)
    assert code in errors(signed_in.post(q(civil, "fee"), data), field)
    civil.refresh_from_db()
    assert (civil.state_fee, civil.fee_exemption, civil.fee_exemption_item) == ("", "", None)


def test_paying_keeps_no_exemption_text_and_an_exemption_keeps_its_grounds(signed_in, civil):
    with_other_act(civil)
    signed_in.post(
        q(civil, "fee"),
        {"state_fee": "paid", "fee_exemption_item": "13", "fee_exemption": "forgotten text"},
    )
    civil.refresh_from_db()
    assert (civil.state_fee, civil.fee_exemption, civil.fee_exemption_item) == ("paid", "", None)
    signed_in.post(
        q(civil, "fee"), {"state_fee": "exempt", **OTHER, "fee_exemption": " Салық  кодексі "}
    )
    civil.refresh_from_db()
    assert (civil.state_fee, civil.fee_exemption) == ("exempt", "Салық кодексі")
    assert civil.fee_exemption_item is None
    # A listed ground keeps its item, and no text of another ground.
    signed_in.post(
        q(civil, "fee"),
        {"state_fee": "exempt", "fee_exemption_item": "13", "fee_exemption": "forgotten"},
    )
    civil.refresh_from_db()
    assert (civil.state_fee, civil.fee_exemption, civil.fee_exemption_item) == ("exempt", "", 13)


def test_the_check_rows_name_the_hearing_answer_in_a_criminal_case(criminal):
    from django.utils import translation

    from petitions.summary import summary_rows

    criminal.wants_hearing = True
    criminal.save()
    with translation.override("ru"):
        rows = {str(r["key"]): str(r["value"]) for r in summary_rows(criminal)}
    assert rows["Просит об участии в судебном заседании"] == "Да"
    assert (
        rows["Суд, вынесший судебный акт"] == "Есіл аудандық соты"
    )  # named, not from the directory
    assert rows["Процессуальное положение"] == "Осуждённый"
    assert "Государственная пошлина" not in rows  # no state fee in a criminal case


def test_the_petitioner_is_named_with_their_part_in_the_case(signed_in, civil):
    content_answered(civil)
    page = signed_in.get(reverse("petitions:parties", kwargs={"public_id": civil.public_id}))
    assert "Өтінішхат беруші (Талапкер)" in page.content.decode()
    assert "Жауапкер</td>" in page.content.decode()  # other parties keep their role alone


def test_in_a_criminal_case_the_address_hint_names_the_facility(signed_in, criminal):
    page = signed_in.get(reverse("petitions:parties", kwargs={"public_id": criminal.public_id}))
    assert "мекеменің" in page.content.decode()


def test_another_criminal_act_keeps_the_court_of_appeals_act(signed_in, criminal):
    signed_in.post(q(criminal, "act"), {"act_kind": "termination"})
    criminal.refresh_from_db()
    assert (criminal.act_kind, criminal.court_name) == ("termination", "Есіл аудандық соты")
    assert (criminal.other_court_name, criminal.other_act_date) == (
        "Астана қалалық соты",
        dt.date(2010, 2, 20),
    )

"""The journey through the test client: civil and criminal branches, guards, ownership."""

import datetime as dt

import pytest
from django.urls import reverse

from petitions.models import Party, Petition
from tests.factories import UserFactory
from tests.petitions.factories import (
    PetitionFactory,
    civil_case_answered,
    content_answered,
    court,
    criminal_case,
)
from tests.petitions.journey import date_parts, q, start

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("journey_clock")]


def test_start_requires_post_and_login(client):
    assert client.get(reverse("petitions:start")).status_code == 302  # to login
    client.force_login(UserFactory())
    assert client.get(reverse("petitions:start")).status_code == 405


def test_civil_journey_reaches_the_time_limit_and_the_task_list(signed_in):
    c = signed_in
    petition = start(c)
    assert c.post(q(petition, "procedure"), {"procedure": "civil"})["Location"] == q(
        petition, "standing"
    )
    assert c.post(q(petition, "standing"), {"standing": "defendant"})["Location"] == q(
        petition, "act"
    )
    assert c.post(q(petition, "act"), {"act_kind": "appellate"})["Location"] == q(petition, "court")
    r = c.post(q(petition, "court"), {"court": court().pk, "case_number": " 7199-24  /1 "})
    assert r["Location"] == q(petition, "dates")
    r = c.post(
        q(petition, "dates"),
        {
            **date_parts("act_date", dt.date(2026, 10, 1)),
            **date_parts("in_force_on", dt.date(2026, 10, 1)),
        },
    )
    assert r["Location"] == q(petition, "appeal")
    r = c.post(q(petition, "appeal"), {"appeal": "decided_on_appeal"})
    assert r["Location"] == q(petition, "exclusion")
    r = c.post(q(petition, "exclusion"), {"exclusion": "none"})
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    assert r["Location"] == deadline_url
    petition.refresh_from_db()
    assert petition.case_number == "7199-24 /1"
    assert petition.deadline["deadline"] == "2027-04-01"
    # Assessed today (after 1 July 2025) by the cassation courts' law.
    assert petition.deadline["regime"] == "cassation_courts"
    assert petition.deadline["citations"] == ["CPC 434.1", "CPC 436.1", "Law 136-VIII"]
    page = c.get(deadline_url).content.decode()
    assert "АПК 436-бабының 1-бөлігі" in page  # the citation, as Kazakh writes it
    assert "2027" in page
    # How it was worked out: numbered steps in Kazakh, each with its citations.
    steps = page.split('data-test="explanation">', 1)[1].split("</ol>", 1)[0]
    assert steps.count("<li>") >= 5
    assert steps.count('<span class="cc-citations">(') == steps.count("<li>")
    assert "(АПК 436-бабының 1-бөлігі, АПК 126-бабының 2-бөлігі" in steps
    assert "Азаматтық процестік кодекстің 436-бабының" in steps
    tasks = c.get(reverse("petitions:task_list", kwargs={"public_id": petition.public_id}))
    statuses = [t["status"] for t in tasks.context["tasks"]]
    assert statuses == ["done", "todo", "todo", "todo", "cannot_start"]


def test_criminal_journey_with_no_time_limit(signed_in):
    c = signed_in
    petition = start(c)
    c.post(q(petition, "procedure"), {"procedure": "criminal"})
    c.post(q(petition, "standing"), {"standing": "convicted"})
    c.post(q(petition, "act"), {"act_kind": "conviction"})
    # A conviction is made by a first-instance court: named, not chosen from the directory.
    r = c.post(
        q(petition, "court"),
        {"court_name": " Алматы қаласы  Алмалы аудандық соты ", "case_number": "1-2/2010"},
    )
    assert r["Location"] == q(petition, "dates")
    r = c.post(
        q(petition, "dates"),
        {
            **date_parts("act_date", dt.date(2010, 2, 3)),
            **date_parts("in_force_on", dt.date(2010, 2, 20)),
        },
    )
    assert r["Location"] == q(petition, "exclusion")
    r = c.post(q(petition, "exclusion"), {"exclusion": "none"})
    assert r["Location"] == q(petition, "direction")
    c.post(q(petition, "direction"), {"direction": "improves"})
    petition.refresh_from_db()
    assert petition.deadline["unlimited"] is True
    assert petition.deadline["citations"] == ["CrPC 487.1", "Law 136-VIII"]  # today's law
    assert petition.court is None
    assert petition.court_name == "Алматы қаласы Алмалы аудандық соты"
    # CrPC 484.1: reviewed after appeal, so the court of appeal's act is asked first.
    assert c.get(q(petition, "grounds"))["Location"] == q(petition, "other_act")
    c.post(
        q(petition, "other_act"),
        {
            "other_court_name": "Алматы қалалық соты",
            "other_act_date_0": "20",
            "other_act_date_1": "2",
            "other_act_date_2": "2010",
        },
    )
    assert c.get(q(petition, "grounds")).status_code == 200


def test_a_late_civil_petition_goes_on_with_a_request_to_restore_the_term(signed_in):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2025, 1, 10))
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    page = c.get(deadline_url)
    assert (page.context["may_proceed"], page.context["late_but_restorable"]) == (True, True)
    text = page.content.decode()
    assert "Мерзім өтіп кетті, бірақ сот оны қалпына келтіруі мүмкін" in text
    # The content opens with the reasons for the missed term; no other question comes first.
    assert c.get(q(petition, "grounds"))["Location"] == q(petition, "restoration")
    refused = c.post(q(petition, "restoration"), {"restoration_reasons": "  \n "})
    assert "cc-error-summary" in refused.content.decode()
    r = c.post(q(petition, "restoration"), {"restoration_reasons": " Ауруханада болдым. "})
    assert r["Location"] == q(petition, "other_act")
    petition.refresh_from_db()
    assert petition.restoration_reasons == "Ауруханада болдым."


def test_a_late_criminal_review_that_worsens_is_stopped(signed_in):
    c = signed_in
    petition = criminal_case(
        c.user,
        standing="victim",
        act_kind="acquittal",
        act_date=dt.date(2024, 1, 10),
        in_force_on=dt.date(2024, 2, 10),
        exclusion="none",
        direction="worsens",
    )
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    page = c.get(deadline_url)
    assert (page.context["may_proceed"], page.context["late_but_restorable"]) == (False, False)
    # The content questions stay closed: deep links go back to the time-limit page.
    assert c.get(q(petition, "grounds"))["Location"] == deadline_url
    assert c.get(q(petition, "restoration")).status_code == 404


def test_an_unappealed_first_instance_decision_is_inadmissible(signed_in):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2026, 10, 1))
    c.post(q(petition, "act"), {"act_kind": "first_instance"})
    # The first-instance court is asked again, now by name.
    assert c.get(q(petition, "appeal"))["Location"] == q(petition, "court")
    c.post(q(petition, "court"), {"court_name": "Есіл аудандық соты", "case_number": "2-1/2026"})
    c.post(q(petition, "appeal"), {"appeal": "not_appealed"})
    page = c.get(reverse("petitions:deadline", kwargs={"public_id": petition.public_id}))
    assert page.context["answer"].admissible is False
    assert page.context["may_proceed"] is False


def test_deep_links_cannot_skip_questions(signed_in):
    petition = start(signed_in)
    assert signed_in.get(q(petition, "dates"))["Location"] == q(petition, "procedure")
    deadline = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    assert signed_in.get(deadline)["Location"] == q(petition, "procedure")


def test_steps_of_the_other_branch_and_unknown_steps_are_not_found(signed_in):
    petition = start(signed_in)
    signed_in.post(q(petition, "procedure"), {"procedure": "civil"})
    assert signed_in.get(q(petition, "direction")).status_code == 404
    assert signed_in.get(q(petition, "nonsense")).status_code == 404


def test_changing_the_procedure_clears_answers_of_the_other_branch(signed_in):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2026, 10, 1))
    c.post(q(petition, "procedure"), {"procedure": "criminal"})
    petition.refresh_from_db()
    assert (petition.act_kind, petition.appeal, petition.deadline) == ("", "", None)


@pytest.mark.parametrize(
    ("slug", "data", "field", "code"),
    [
        ("procedure", {}, "procedure", "required"),
        ("procedure", {"procedure": "administrative"}, "procedure", "invalid_choice"),
        ("standing", {}, "standing", "required"),
        ("standing", {"standing": "convicted"}, "standing", "invalid_choice"),  # criminal only
        ("standing", {"standing": "judge"}, "standing", "invalid_choice"),
        ("exclusion", {}, "exclusion", "required"),
        ("exclusion", {"exclusion": "court_order"}, "exclusion", "invalid_choice"),
        ("court", {"court": "999999", "case_number": "1"}, "court", "invalid_choice"),
        ("court", {"court": "x", "case_number": "\x07\x1b"}, "case_number", "invalid"),
        (
            "court",
            {"court": "x", "case_number": "1\x00"},
            "case_number",
            "null_characters_not_allowed",
        ),
        ("court", {"case_number": "1" * 65}, "case_number", "max_length"),
        (
            "dates",
            {
                "act_date_0": "1",
                "act_date_1": "1",
                "act_date_2": "2027",
                "in_force_on_0": "1",
                "in_force_on_1": "1",
                "in_force_on_2": "2027",
            },
            "in_force_on",
            "future",
        ),
        (
            "dates",
            {
                "act_date_0": "10",
                "act_date_1": "5",
                "act_date_2": "2026",
                "in_force_on_0": "1",
                "in_force_on_1": "5",
                "in_force_on_2": "2026",
            },
            "in_force_on",
            "before_made",
        ),
        (
            "dates",
            {
                "act_date_0": "31",
                "act_date_1": "2",
                "act_date_2": "2026",
                "in_force_on_0": "",
                "in_force_on_1": "",
                "in_force_on_2": "",
            },
            "act_date",
            "invalid",
        ),
        (
            "dates",
            {
                "act_date_0": "1",
                "act_date_1": "1",
                "act_date_2": "1990",
                "in_force_on_0": "1",
                "in_force_on_1": "2",
                "in_force_on_2": "1990",
            },
            "act_date",
            "too_old",
        ),
    ],
)
def test_wrong_answers_get_a_specific_error_and_change_nothing(signed_in, slug, data, field, code):
    c = signed_in
    petition = start(c)
    if slug != "procedure":
        c.post(q(petition, "procedure"), {"procedure": "civil"})
    if slug not in ("procedure", "standing"):
        c.post(q(petition, "standing"), {"standing": "claimant"})
        c.post(q(petition, "act"), {"act_kind": "appellate"})
    if slug in ("dates", "exclusion"):
        c.post(q(petition, "court"), {"court": court().pk, "case_number": "1"})
    if slug == "exclusion":
        c.post(q(petition, "dates"), {**day_parts("act_date"), **day_parts("in_force_on")})
        c.post(q(petition, "appeal"), {"appeal": "decided_on_appeal"})
    before = Petition.objects.get(pk=petition.pk)
    response = c.post(q(petition, slug), data)
    assert response.status_code == 200
    assert code in [e.code for e in response.context["form"].errors.as_data()[field]]
    assert "cc-error-summary" in response.content.decode()
    after = Petition.objects.get(pk=petition.pk)
    assert (after.in_force_on, after.case_number) == (before.in_force_on, before.case_number)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({}, "required"),
        ({"court_name": "   ", "case_number": "1"}, "required"),
        ({"court_name": "Сот\x1b[31m", "case_number": "1"}, "invalid"),
        ({"court_name": "С" * 301, "case_number": "1"}, "max_length"),
        ({"court_name": "Сот\x00", "case_number": "1"}, "null_characters_not_allowed"),
    ],
)
def test_a_named_first_instance_court_is_checked(signed_in, data, code):
    c = signed_in
    petition = start(c)
    c.post(q(petition, "procedure"), {"procedure": "criminal"})
    c.post(q(petition, "standing"), {"standing": "victim"})
    c.post(q(petition, "act"), {"act_kind": "acquittal"})
    response = c.post(q(petition, "court"), {**data, "court": court().pk})
    assert response.status_code == 200
    assert code in [e.code for e in response.context["form"].errors.as_data()["court_name"]]
    petition.refresh_from_db()
    assert (petition.court, petition.court_name) == (None, "")


def test_switching_between_named_and_chosen_courts_asks_the_court_again(signed_in):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2026, 10, 1))
    c.post(q(petition, "act"), {"act_kind": "supreme_court_collegium"})  # both from the directory
    petition.refresh_from_db()
    assert petition.court == court()
    c.post(q(petition, "act"), {"act_kind": "first_instance"})
    petition.refresh_from_db()
    assert (petition.court, petition.court_name, petition.other_court_name) == (None, "", "")
    # Bidi and zero-width characters are dropped from the name, not stored.
    c.post(q(petition, "court"), {"court_name": "Есіл\u202e\u200b соты", "case_number": "2-1"})
    petition.refresh_from_db()
    assert petition.court_name == "Есіл соты"


def day_parts(field: str, day: dt.date = dt.date(2026, 10, 1)) -> dict[str, str]:
    return {f"{field}_0": str(day.day), f"{field}_1": str(day.month), f"{field}_2": str(day.year)}


@pytest.mark.parametrize(
    ("exclusion", "sub_item"),
    [("simplified_procedure", "1)"), ("settlement", "2)"), ("small_property_claim", "3)")],
)
def test_a_case_cpc_434_2_excludes_is_stopped_with_the_sub_item(signed_in, exclusion, sub_item):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2026, 10, 1))
    r = c.post(q(petition, "exclusion"), {"exclusion": exclusion})
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    assert r["Location"] == deadline_url
    page = c.get(deadline_url)
    assert page.context["may_proceed"] is False
    text = page.content.decode()
    assert f"434-бабы екінші бөлігінің {sub_item} тармақшасына" in text
    assert "АПК 434-бабының 2-бөлігі" in text  # the citation, as Kazakh writes it
    assert f'href="{q(petition, "exclusion")}"' in text  # the answer can be changed from here
    # The content stays closed, and the petition records no deadline.
    assert c.get(q(petition, "grounds"))["Location"] == deadline_url
    petition.refresh_from_db()
    assert petition.deadline["admissible"] is False
    assert petition.deadline["deadline"] is None
    # Answering "none of these" reopens it.
    c.post(q(petition, "exclusion"), {"exclusion": "none"})
    assert c.get(deadline_url).context["may_proceed"] is True


def test_the_exclusion_choices_follow_the_code(signed_in):
    petition = civil_case_answered(start(signed_in), in_force_on=dt.date(2026, 10, 1))
    civil = signed_in.get(q(petition, "exclusion")).context["form"].fields["exclusion"]
    assert [value for value, _label in civil.choices][-1] == "none"
    assert "misdemeanour_or_minor_crime" not in dict(civil.choices)
    assert "12 және 21-1-тарауларында" in str(civil.help_text)  # CPC 434.2.1 as in force
    wrong = signed_in.post(q(petition, "exclusion"), {"exclusion": "not_reviewed_on_appeal"})
    assert wrong.status_code == 200
    petition.refresh_from_db()
    assert petition.exclusion == "none"


@pytest.mark.parametrize(
    ("exclusion", "citation"),
    [
        ("not_reviewed_on_appeal", "ҚПК 484-бабының 1-бөлігі"),
        ("misdemeanour_or_minor_crime", "ҚПК 484-бабының 2-бөлігі"),
    ],
)
def test_a_criminal_case_crpc_484_excludes_is_stopped(signed_in, exclusion, citation):
    c = signed_in
    petition = criminal_case(c.user)
    assert c.get(q(petition, "direction"))["Location"] == q(petition, "exclusion")
    choices = dict(c.get(q(petition, "exclusion")).context["form"].fields["exclusion"].choices)
    # CrPC 484.2.1 in force: misdemeanours and minor-gravity crimes, not order or conciliation.
    assert set(choices) == {"not_reviewed_on_appeal", "misdemeanour_or_minor_crime", "none"}
    c.post(q(petition, "exclusion"), {"exclusion": exclusion})
    c.post(q(petition, "direction"), {"direction": "improves"})
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    page = c.get(deadline_url)
    assert page.context["may_proceed"] is False
    assert citation in page.content.decode()
    # No other-instance question when the verdict was not considered on appeal.
    c.post(q(petition, "exclusion"), {"exclusion": "none"})
    assert c.get(deadline_url).context["may_proceed"] is True
    assert c.get(q(petition, "grounds"))["Location"] == q(petition, "other_act")


def test_an_appellate_act_cannot_be_not_appealed(signed_in):
    petition = civil_case_answered(start(signed_in), in_force_on=dt.date(2026, 10, 1))
    response = signed_in.post(q(petition, "appeal"), {"appeal": "not_appealed"})
    assert response.context["form"].errors.as_data()["appeal"][0].code == "inconsistent"


def test_parties_are_added_and_removed_and_the_filer_is_suggested(signed_in):
    c = signed_in
    petition = civil_case_answered(start(c), in_force_on=dt.date(2026, 10, 1))
    url = reverse("petitions:parties", kwargs={"public_id": petition.public_id})
    form = c.get(url).context["form"]
    assert form.initial["iin_bin"] == c.user.iin
    r = c.post(
        url, {"role": "defendant", "name": "  ЖШС   «Мысал» ", "iin_bin": "", "address": "Алматы"}
    )
    assert r.status_code == 302
    party = Party.objects.get(petition=petition)
    assert party.name == "ЖШС «Мысал»"
    bad = c.post(url, {"role": "judge", "name": "", "iin_bin": "12ab", "address": ""})
    assert set(bad.context["form"].errors) == {"role", "name", "iin_bin", "address"}
    remove = reverse(
        "petitions:party_remove", kwargs={"public_id": petition.public_id, "pk": party.pk}
    )
    assert c.get(remove).status_code == 405
    assert c.post(remove).status_code == 302
    assert not Party.objects.filter(pk=party.pk).exists()


def test_another_users_petition_and_party_are_not_found(signed_in):
    other = content_answered(
        civil_case_answered(PetitionFactory(), in_force_on=dt.date(2026, 10, 1))
    )
    party = other.parties.first()
    kwargs = {"public_id": other.public_id}
    for name in (
        "petitions:task_list",
        "petitions:deadline",
        "petitions:parties",
        "petitions:confirmation",
        "petitions:pdf",
    ):
        assert signed_in.get(reverse(name, kwargs=kwargs)).status_code == 404, name
    assert signed_in.get(q(other, "procedure")).status_code == 404
    assert signed_in.post(reverse("petitions:delete", kwargs=kwargs)).status_code == 404
    remove = reverse("petitions:party_remove", kwargs={**kwargs, "pk": party.pk})
    assert signed_in.post(remove).status_code == 404
    assert Party.objects.filter(pk=party.pk).exists()


def test_a_malformed_petition_id_is_not_found(signed_in):
    assert signed_in.get("/kk/petitions/not-a-uuid/").status_code == 404


def test_deleting_a_draft(signed_in):
    petition = start(signed_in)
    r = signed_in.post(reverse("petitions:delete", kwargs={"public_id": petition.public_id}))
    assert r.status_code == 302
    assert not Petition.objects.filter(pk=petition.pk).exists()


def test_dashboard_lists_the_users_petitions_only(signed_in):
    mine = civil_case_answered(start(signed_in), in_force_on=dt.date(2026, 10, 1))
    from petitions.services.petitions import petition_deadline_refresh

    petition_deadline_refresh(petition=mine)
    mine.save()
    PetitionFactory()
    rows = signed_in.get(reverse("cabinet:dashboard")).context["petitions"]
    assert [row["petition"] for row in rows] == [mine]
    assert rows[0]["deadline"] == dt.date(2027, 4, 1)
    # The next step names the first section still to do: here, the parties.
    assert rows[0]["next_step"] == "Келесі қадам: Іске қатысушылар"
    content_answered(mine)
    rows = signed_in.get(reverse("cabinet:dashboard")).context["petitions"]
    assert rows[0]["next_step"] == "Келесі қадам: Құжаттар"


def test_changing_the_act_asks_about_the_appeal_again(signed_in):
    petition = civil_case_answered(
        PetitionFactory(filer=signed_in.user), in_force_on=dt.date(2026, 9, 1)
    )
    petition.act_kind, petition.appeal = "first_instance", "not_appealed"
    petition.court, petition.court_name = None, "Есіл аудандық соты"
    petition.save()
    signed_in.post(q(petition, "act") + "?return_to=check", {"act_kind": "appellate"})
    petition.refresh_from_db()
    assert (petition.act_kind, petition.appeal, petition.court_name) == ("appellate", "", "")
    # An appellate court is chosen from the directory, so the court is asked again first.
    assert signed_in.get(q(petition, "grounds"))["Location"] == q(petition, "court")
    signed_in.post(q(petition, "court"), {"court": court().pk, "case_number": "2-1/2026"})
    assert signed_in.get(q(petition, "grounds"))["Location"] == q(petition, "appeal")
    # The same act again keeps the answer.
    petition.appeal = "decided_on_appeal"
    petition.save()
    signed_in.post(q(petition, "act"), {"act_kind": "appellate"})
    petition.refresh_from_db()
    assert petition.appeal == "decided_on_appeal"

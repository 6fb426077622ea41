"""A petition to the Supreme Court against a cassation court's act (CPC ch. 54-1, CrPC ch. 52-1),
the service page's petition in today's law: offered from 1 July 2025, addressed to the Supreme
Court, named a petition, on the exceptional grounds the articles list, and filed end to end."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from petitions.manifest import manifest_bytes
from petitions.models import Court, Petition, Status
from petitions.readiness import refusals
from petitions.time_limit import petition_assess
from tests.petitions.factories import PetitionFactory, attach, court, criminal_case
from tests.petitions.factories import petition_url as url
from tests.petitions.journey import date_parts, q, start, submit_with_demo_signer
from tests.petitions.pdf_reading import flat, pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("journey_clock")]

CIVIL_GROUNDS = {"grave_consequences", "public_interests", "uniformity"}
CRIMINAL_GROUNDS = {"state_interests", "life_imprisonment", "uniformity"}


def choices(response, field: str) -> set[str]:
    return {str(value) for value, _ in response.context["form"].fields[field].choices}


def answer_case(c, petition: Petition, procedure: str, standing: str) -> None:
    c.post(q(petition, "procedure"), {"procedure": procedure})
    c.post(q(petition, "standing"), {"standing": standing})
    r = c.post(q(petition, "act"), {"act_kind": "cassation_court_act"})
    assert r["Location"] == q(petition, "court")
    page = c.get(q(petition, "court"))
    # Only the cassation court of the procedure made such an act.
    assert choices(page, "court") == {str(court(f"cassation-{procedure}").pk)}
    r = c.post(
        q(petition, "court"),
        {"court": court(f"cassation-{procedure}").pk, "case_number": "6001-25-00-6г/12"},
    )
    assert r["Location"] == q(petition, "dates")


@pytest.mark.usefixtures("crls")
def test_a_civil_petition_against_a_cassation_courts_act_is_filed_end_to_end(signed_in):
    c = signed_in
    petition = start(c)
    answer_case(c, petition, "civil", "claimant")
    r = c.post(
        q(petition, "dates"),
        {
            **date_parts("act_date", dt.date(2026, 3, 10)),
            **date_parts("in_force_on", dt.date(2026, 3, 10)),
        },
    )
    # No appeal question, no cassation exclusions: straight to the time limit.
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    assert r["Location"] == deadline_url
    petition.refresh_from_db()
    answer = petition.deadline
    assert answer["regime"] == "cassation_courts"
    assert answer["route"] == "supreme_court_judge_or_prosecutor_general"
    assert answer["unlimited"] is True
    assert answer["admissible"] is True
    assert any(c.startswith("CPC 454-1") for c in answer["citations"])
    assert c.get(deadline_url).status_code == 200

    # Content: the act the cassation court reviewed, then the exceptional grounds.
    assert c.get(q(petition, "grounds"))["Location"] == q(petition, "other_act")
    r = c.post(
        q(petition, "other_act"),
        {
            "other_court_name": "Астана қалалық сотының азаматтық істер жөніндегі алқасы",
            **date_parts("other_act_date", dt.date(2025, 10, 1)),
        },
    )
    assert r.status_code == 302, r.context["form"].errors
    assert c.get(q(petition, "grounds"))["Location"] == q(petition, "exceptional")
    page = c.get(q(petition, "exceptional"))
    assert choices(page, "exceptional_grounds") == CIVIL_GROUNDS
    assert "454-1" in page.content.decode()
    r = c.post(q(petition, "exceptional"), {"exceptional_grounds": ["uniformity"]})
    assert r["Location"] == q(petition, "grounds")
    for slug, field in (("grounds", "grounds"), ("arguments", "arguments"), ("request", "request")):
        c.post(q(petition, slug), {field: "Мәтін."})
    # No state fee step: Tax Code art. 665(3) charges cassation complaints, not this petition.
    assert c.get(q(petition, "fee")).status_code == 404
    assert c.get(q(petition, "fee_claim")).status_code == 404
    c.post(
        url("parties", petition),
        {
            "role": "petitioner",
            "name": c.user.full_name,
            "iin_bin": c.user.iin,
            "address": "Астана",
        },
    )
    c.post(url("parties", petition), {"role": "defendant", "name": "ЖШС «Мысал»", "address": "A"})
    attach(petition)
    petition.refresh_from_db()

    for language, title, court_name in (
        (
            "kk",
            "Жоғарғы Сотта қайта қарау туралы өтінішхат",
            "Қазақстан Республикасының Жоғарғы Соты",
        ),
        ("ru", "Ходатайство о пересмотре в Верховном Суде", "Верховный Суд Республики Казахстан"),
        (
            "en",
            "Petition for review by the Supreme Court",
            "Supreme Court of the Republic of Kazakhstan",
        ),
    ):
        with translation.override(language):
            check = c.get(url("check", petition))
        assert check.status_code == 200, language
        text = " ".join(check.content.decode().split())
        assert title in text, language
        assert court_name in text, language
        assert "Кассациялық шағым" not in text
        assert "Cassation complaint" not in text
    manifest = json.loads(manifest_bytes(petition))
    assert manifest["manifest_version"] == 5
    assert manifest["exceptional_grounds"] == ["uniformity"]
    assert manifest["state_fee"] is None
    assert manifest["addressed_to"]["en"] == "Supreme Court of the Republic of Kazakhstan"

    assert refusals(petition, answer=petition_assess(petition, today=dt.date(2026, 11, 25))) == []
    petition = submit_with_demo_signer(c, petition)
    assert petition.status == Status.SUBMITTED
    assert petition.deadline["route"] == "supreme_court_judge_or_prosecutor_general"
    with translation.override("ru"):
        pdf = c.get(url("pdf", petition))
    text = flat(pdf_text(pdf.content)[0])
    assert "Верховный Суд Республики Казахстан" in text
    assert "Ходатайство о пересмотре в Верховном Суде" in text
    assert "454-1" in text


def test_a_worsening_criminal_review_after_six_months_is_late_and_still_filed(signed_in):
    c = signed_in
    petition = criminal_case(
        c.user,
        standing="victim",
        act_kind="cassation_court_act",
        court=court("cassation-criminal"),
        court_name="",
        act_date=dt.date(2025, 9, 1),
        in_force_on=dt.date(2025, 9, 1),
        direction="worsens",
    )
    deadline_url = reverse("petitions:deadline", kwargs={"public_id": petition.public_id})
    page = c.get(deadline_url)
    answer = page.context["answer"]
    assert answer.days_left < 0
    assert answer.restorable is False
    assert "CrPC 498-1.3" in answer.citations
    # The portal does not refuse: the person acknowledges the answer and goes on.
    assert page.context["needs_acknowledgement"] is True
    r = c.post(deadline_url, {"acknowledged": "yes", "answer": page.context["fingerprint"]})
    assert r["Location"] == url("task_list", petition)
    petition.refresh_from_db()
    assert petition.deadline_acknowledged["verdict"] == "late"
    page = c.get(q(petition, "exceptional"))
    assert page["Location"] == q(petition, "other_act")  # the act the cassation court reviewed
    petition.other_court_name, petition.other_act_date = "Астана қалалық соты", dt.date(2025, 6, 1)
    petition.save()
    page = c.get(q(petition, "exceptional"))
    assert choices(page, "exceptional_grounds") == CRIMINAL_GROUNDS


def test_an_improving_criminal_review_has_no_time_limit(signed_in):
    petition = criminal_case(
        signed_in.user,
        act_kind="cassation_court_act",
        court=court("cassation-criminal"),
        court_name="",
        act_date=dt.date(2025, 9, 1),
        in_force_on=dt.date(2025, 9, 1),
        direction="improves",
    )
    page = signed_in.get(reverse("petitions:deadline", kwargs={"public_id": petition.public_id}))
    assert page.context["answer"].unlimited is True


def test_before_the_cassation_courts_existed_the_act_is_not_offered(signed_in):
    c = signed_in
    petition = PetitionFactory(filer=c.user, procedure="civil", standing="claimant")
    assert "cassation_court_act" in choices(c.get(q(petition, "act")), "act_kind")
    june_2025 = dt.datetime(2025, 6, 20, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))
    with time_machine.travel(june_2025, tick=False):
        assert "cassation_court_act" not in choices(c.get(q(petition, "act")), "act_kind")
        # A forged answer is refused, and nothing is saved.
        r = c.post(q(petition, "act"), {"act_kind": "cassation_court_act"})
        assert r.status_code == 200
    petition.refresh_from_db()
    assert petition.act_kind == ""


@pytest.mark.parametrize("field", ["act_date", "in_force_on"])
def test_a_cassation_courts_act_dated_before_1_july_2025_is_refused(signed_in, field):
    c = signed_in
    petition = PetitionFactory(
        filer=c.user,
        procedure="civil",
        standing="claimant",
        act_kind="cassation_court_act",
        court=court("cassation-civil"),
        case_number="1",
    )
    days = {"act_date": dt.date(2025, 7, 1), "in_force_on": dt.date(2025, 7, 1), field: None}
    days[field] = dt.date(2025, 6, 30)
    r = c.post(
        q(petition, "dates"),
        {
            **date_parts("act_date", days["act_date"]),
            **date_parts("in_force_on", days["in_force_on"]),
        },
    )
    assert r.status_code == 200
    assert r.context["form"].has_error(field, "before_cassation_courts")
    petition.refresh_from_db()
    assert petition.in_force_on is None


@pytest.mark.parametrize(
    "posted",
    [
        {},
        {"exceptional_grounds": ["life_imprisonment"]},  # a criminal ground in a civil case
        {"exceptional_grounds": ["uniformity", "<script>"]},
        {"exceptional_grounds": [""]},
    ],
)
def test_wrong_exceptional_grounds_are_refused_and_change_nothing(signed_in, posted):
    c = signed_in
    petition = PetitionFactory(
        filer=c.user,
        procedure="civil",
        standing="claimant",
        act_kind="cassation_court_act",
        court=court("cassation-civil"),
        case_number="1",
        act_date=dt.date(2026, 3, 10),
        in_force_on=dt.date(2026, 3, 10),
        other_court_name="Астана қалалық соты",
        other_act_date=dt.date(2025, 10, 1),
        exceptional_grounds=["public_interests"],
    )
    r = c.post(q(petition, "exceptional"), posted)
    assert r.status_code == 200
    assert r.context["form"].errors["exceptional_grounds"]
    petition.refresh_from_db()
    assert petition.exceptional_grounds == ["public_interests"]


def test_changing_the_act_away_from_a_cassation_courts_act_asks_again(signed_in):
    c = signed_in
    petition = PetitionFactory(
        filer=c.user,
        procedure="civil",
        standing="claimant",
        act_kind="cassation_court_act",
        court=court("cassation-civil"),
        exceptional_grounds=["uniformity"],
    )
    c.post(q(petition, "act"), {"act_kind": "appellate"})
    petition.refresh_from_db()
    assert (petition.court, petition.exceptional_grounds) == (None, [])
    # The appellate act's court list no longer offers the cassation courts.
    offered = choices(c.get(q(petition, "court")), "court")
    cassation = Court.objects.filter(kind=Court.Kind.CASSATION).values_list("pk", flat=True)
    assert not offered & {str(pk) for pk in cassation}
    assert c.get(q(petition, "exceptional")).status_code == 404


def test_the_calculator_answers_for_a_cassation_courts_act(client):
    base = {"procedure": "civil", "act_kind": "cassation_court_act"}
    r = client.get(
        reverse("petitions:calculator"), {**base, **date_parts("in_force_on", dt.date(2026, 3, 10))}
    )
    assert r.context["answer"].unlimited is True
    assert "Жоғарғы Сотқа өтінішхат беру мерзімі шектелмеген" in r.content.decode()
    assert "454-1" in r.content.decode()
    r = client.get(
        reverse("petitions:calculator"), {**base, **date_parts("in_force_on", dt.date(2025, 6, 1))}
    )
    assert r.context.get("answer") is None
    assert r.context["form"].has_error("in_force_on", "before_cassation_courts")


def test_the_reviewed_act_cannot_be_dated_after_the_cassation_courts_act(signed_in):
    c = signed_in
    petition = PetitionFactory(
        filer=c.user,
        procedure="civil",
        standing="claimant",
        act_kind="cassation_court_act",
        court=court("cassation-civil"),
        case_number="1",
        act_date=dt.date(2026, 3, 10),
        in_force_on=dt.date(2026, 3, 10),
    )
    page = c.get(q(petition, "other_act"))
    assert "Кассациялық сот қайта қараған актіні қай сот шығарды?" in page.content.decode()
    r = c.post(
        q(petition, "other_act"),
        {"other_court_name": "Сот", **date_parts("other_act_date", dt.date(2026, 3, 11))},
    )
    assert r.context["form"].has_error("other_act_date", "order")
    petition.refresh_from_db()
    assert petition.other_act_date is None

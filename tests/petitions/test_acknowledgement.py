"""The portal never refuses to file on its own reckoning of the time limit (issue 10, section 2).

A petition the engine says is late (and not restorable) or not reviewable is stopped until the
person acknowledges that answer on the time-limit page; then it is filed, and its recorded answer
says late. Not under a frozen clock: signing uses the test PKI generated at the real time, so
"late" is an act that entered into force long enough before today.
"""

import datetime as dt
import json
from functools import partial

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.refusal import Refusal
from petitions.acknowledgement import (
    acknowledged,
    acknowledgement_of,
    fingerprint,
    may_file,
)
from petitions.manifest import manifest_bytes, manifest_data
from petitions.models import Petition, Status
from petitions.pdf import petition_pdf
from petitions.readiness import sections_state
from petitions.services.petitions import petition_deadline_acknowledge
from petitions.services.submission import petition_sign_and_submit
from petitions.summary import summary_rows
from petitions.time_limit import petition_assess
from petitions.views import submit as submit_views
from tests.factories import UserFactory

from .factories import attach, content_answered, criminal_case
from .factories import petition_url as url
from .factories import ready_to_sign as ready
from .journey import date_parts, q, sign, sign_and_submit, submit_with_demo_signer
from .pdf_reading import flat, pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]

LATE_CHECKBOX = "I understand that the court may return the petition"
IN_2024 = dt.date(2024, 3, 1)  # over a year before today: a worsening review is late


def worsening_review(filer, *, days_ago: int = 400) -> Petition:
    """A complete criminal petition by the victim against an acquittal, asking a review that
    worsens the acquitted person's position: CrPC 487 allows it within a year of the act's entry
    into force, and that year cannot be restored. ``days_ago``: when it entered into force."""
    in_force = timezone.localdate() - dt.timedelta(days=days_ago)
    petition = criminal_case(
        filer,
        standing="victim",
        act_kind="acquittal",
        act_date=in_force - dt.timedelta(days=40),
        in_force_on=in_force,
        exclusion="none",
        direction="worsens",
        other_court_name="Астана қалалық соты",
        other_act_date=in_force,
    )
    content_answered(petition)
    attach(petition)
    return petition


def acknowledge(client, petition: Petition, **data: str):
    """Post the time-limit page's acknowledgement (the box ticked, the answer seen) unless
    ``data`` says otherwise."""
    seen = fingerprint(acknowledgement_of(answer_today(petition)))
    return client.post(url("deadline", petition), {"acknowledged": "yes", "answer": seen, **data})


def answer_today(petition: Petition):
    return petition_assess(petition, today=timezone.localdate())


def test_a_late_petition_is_stopped_until_acknowledged_then_filed_and_recorded_late(signed_in):
    c = signed_in
    petition = worsening_review(c.user)
    deadline_url = url("deadline", petition)

    # Stopped: the answer shown as today, with the box to tick; the content closed; no signing.
    page = c.get(deadline_url)
    assert (page.context["may_proceed"], page.context["needs_acknowledgement"]) == (False, True)
    assert page.context["acknowledged"] is False
    with translation.override("en"):
        text = c.get(url("deadline", petition)).content.decode()
    assert "The time limit has passed" in text
    assert LATE_CHECKBOX in text
    assert 'type="checkbox" name="acknowledged"' in text
    assert 'value="yes"' in text
    assert "csrfmiddlewaretoken" in text
    assert c.get(q(petition, "grounds"))["Location"] == deadline_url
    assert sections_state(petition)["case"] == "todo"
    assert sections_state(petition)["sign"] == "cannot_start"
    refused = c.get(url("check", petition), follow=True)
    assert refused.redirect_chain[-1][0] == deadline_url
    assert "Мерзім бетін ашып" in refused.content.decode()  # why, in the page's language
    assert sign(c, petition)["Location"] == deadline_url
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT

    # Acknowledged: recorded with what was acknowledged; the journey goes on.
    response = acknowledge(c, petition)
    assert response["Location"] == url("task_list", petition)
    petition.refresh_from_db()
    assert petition.deadline_acknowledged["verdict"] == "late"
    # The law of the filing day (December 2026: the cassation courts, Law 136-VIII).
    assert petition.deadline_acknowledged["citations"] == ["CrPC 487.2", "Law 136-VIII"]
    assert petition.deadline_acknowledged_at is not None
    again = c.get(deadline_url)
    assert again.context["acknowledged"] is True
    assert 'name="acknowledged"' not in again.content.decode()
    assert sections_state(petition)["case"] == "done"
    assert c.get(q(petition, "grounds")).status_code == 200

    # On the check page, in the signed manifest, then sent.
    check = c.get(url("check", petition))
    assert check.status_code == 200
    assert "мерзім өтіп кеткенін" in check.content.decode()
    manifest = json.loads(manifest_bytes(petition))
    assert manifest["manifest_version"] == 5
    assert manifest["deadline_acknowledged"]["answer"] == petition.deadline_acknowledged
    sent = submit_with_demo_signer(c, petition)
    assert sent.deadline["on_time"] is False  # the answer at filing says late
    assert sent.deadline["admissible"] is True
    assert sent.deadline["restorable"] is False
    assert sent.deadline_acknowledged["verdict"] == "late"
    assert json.loads(sent.manifest)["deadline_acknowledged"]["answer"]["verdict"] == "late"
    for language, words in [
        ("en", "the filer acknowledged that, by the portal's calculation, the time limit has"),
        ("ru", "заявитель подтвердил, что понимает: по расчёту портала срок истёк"),
        ("kk", "өтінішхат беруші портал есебі бойынша мерзім өтіп кеткенін"),
    ]:
        with translation.override(language):
            text, _pages = pdf_text(petition_pdf(sent))
        assert flat(words) in flat(text)


def test_an_act_the_engine_says_is_not_reviewable_is_filed_after_the_acknowledgement():
    petition = ready()
    Petition.objects.filter(pk=petition.pk).update(exclusion="settlement")
    petition.refresh_from_db()
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "deadline_not_acknowledged"
    facts = acknowledgement_of(answer_today(petition))
    assert facts is not None
    assert facts["verdict"] == "not_reviewable"
    assert petition_deadline_acknowledge(petition=petition, seen=fingerprint(facts))
    petition.refresh_from_db()
    sent = sign_and_submit(petition)
    assert sent.status == Status.SUBMITTED
    assert sent.deadline["admissible"] is False
    assert "CPC 434.2" in sent.deadline["citations"]
    with translation.override("en"):
        rows = {str(r["key"]): r["value"] for r in summary_rows(sent)}
    assert "the act cannot be contested in cassation" in rows["Time limit"]


def test_the_submission_refuses_an_unacknowledged_late_petition_with_its_code():
    petition = worsening_review(UserFactory())
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "deadline_not_acknowledged"
    petition.refresh_from_db()
    assert (petition.status, petition.reference, petition.signature) == (Status.DRAFT, None, None)


def test_a_term_that_ends_between_the_check_page_and_the_post_asks_for_the_acknowledgement(
    signed_in, monkeypatch
):
    """In time when the check page was shown (here 300 days into the year); the service's clock
    100 days on: refused on the check page, pointing to the time-limit page, never sent."""
    petition = worsening_review(signed_in.user, days_ago=300)
    assert signed_in.get(url("check", petition)).status_code == 200
    later = partial(petition_sign_and_submit, now=timezone.now() + dt.timedelta(days=100))
    monkeypatch.setattr(submit_views, "petition_sign_and_submit", later)
    response = sign(signed_in, petition)
    assert response.status_code == 400
    assert "Мерзім бетін ашып" in response.context["error"]
    petition.refresh_from_db()
    assert (petition.status, petition.reference) == (Status.DRAFT, None)


def test_a_changed_answer_asks_for_the_acknowledgement_again(signed_in):
    c = signed_in
    petition = worsening_review(c.user)
    acknowledge(c, petition)
    petition.refresh_from_db()
    first = petition.deadline_acknowledged
    assert may_file(petition, answer_today(petition))

    # Another date of entry into force: still late, but another last day. Asked again.
    dates = {**date_parts("act_date", dt.date(2024, 2, 1)), **date_parts("in_force_on", IN_2024)}
    c.post(q(petition, "dates"), dates)
    petition.refresh_from_db()
    assert petition.in_force_on == IN_2024
    assert (petition.deadline_acknowledged, petition.deadline_acknowledged_at) == (None, None)
    assert c.get(url("deadline", petition)).context["acknowledged"] is False
    assert c.get(q(petition, "grounds"))["Location"] == url("deadline", petition)
    acknowledge(c, petition)
    petition.refresh_from_db()
    assert petition.deadline_acknowledged["deadline"] != first["deadline"]

    # Asking a review in the acquitted person's favour instead: late too, on another ground.
    c.post(q(petition, "direction"), {"direction": "improves"})
    petition.refresh_from_db()
    assert petition.deadline_acknowledged is None
    assert sections_state(petition)["case"] == "todo"
    acknowledge(c, petition)
    petition.refresh_from_db()
    assert petition.deadline_acknowledged["reason"] == "review_in_favour_of_acquitted"

    # In time: nothing to acknowledge, and the old acknowledgement is dropped rather than shown
    # with the petition; late again, asked again.
    recent = timezone.localdate() - dt.timedelta(days=30)
    made = recent - dt.timedelta(days=10)
    c.post(q(petition, "dates"), date_parts("act_date", made) | date_parts("in_force_on", recent))
    petition.refresh_from_db()
    assert petition.in_force_on == recent
    assert petition.deadline_acknowledged is None
    assert manifest_data(petition)["deadline_acknowledged"] is None
    assert sections_state(petition)["case"] == "done"
    Petition.objects.filter(pk=petition.pk).update(in_force_on=IN_2024)
    petition.refresh_from_db()
    assert sections_state(petition)["case"] == "todo"

    # An answer that changes without a save (here the row itself) is not the one acknowledged.
    acknowledge(c, petition)
    Petition.objects.filter(pk=petition.pk).update(in_force_on=dt.date(2024, 4, 1))
    petition.refresh_from_db()
    assert not acknowledged(petition, answer_today(petition))
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "deadline_not_acknowledged"


def test_the_acknowledgement_refuses_wrong_and_hostile_input(signed_in):
    c = signed_in
    petition = worsening_review(c.user)
    deadline_url = url("deadline", petition)

    def stored() -> object:
        return Petition.objects.get(pk=petition.pk).deadline_acknowledged

    # GET shows the page and changes nothing.
    assert c.get(deadline_url, {"acknowledged": "yes"}).status_code == 200
    assert stored() is None
    # The box not ticked, or a value it never posts.
    for data in ({"acknowledged": ""}, {"acknowledged": "on"}, {"acknowledged": "1"}):
        response = acknowledge(c, petition, **data)
        assert response.status_code == 200
        form = response.context["form"]
        assert form.errors["acknowledged"] == [
            "Сот өтінішхатты қайтаруы немесе оны қараудан бас тартуы мүмкін екенін түсінетініңізді "
            "растау үшін белгі қойыңыз."
        ]
        body = response.content.decode()
        assert "cc-error-summary" in body
        assert 'aria-invalid="true"' in body
        assert stored() is None
    response = c.post(deadline_url, {"answer": fingerprint(None)})
    assert "acknowledged" in response.context["form"].errors
    # Ticked against another answer than this one (a second tab changed it, or a forged digest).
    for seen in ("", "0" * 64, "x" * 5000):
        response = acknowledge(c, petition, answer=seen)
        assert response.status_code == 200
        assert response.context["form"].non_field_errors()
        assert response.context["ticked"] is False  # to be read and ticked again
        assert stored() is None
    # Other methods.
    assert c.put(deadline_url).status_code == 405
    assert stored() is None


def test_the_acknowledgement_is_the_owners_and_a_drafts_only(signed_in):
    petition = worsening_review(UserFactory())
    assert acknowledge(signed_in, petition).status_code == 404
    assert Petition.objects.get(pk=petition.pk).deadline_acknowledged is None
    anonymous = acknowledge(Client(), petition)
    assert anonymous["Location"].startswith(reverse("cabinet:login"))

    mine = worsening_review(signed_in.user)
    acknowledge(signed_in, mine)
    mine.refresh_from_db()
    sent = submit_with_demo_signer(signed_in, mine)
    at = sent.deadline_acknowledged_at
    response = acknowledge(signed_in, sent)
    assert response["Location"] == url("confirmation", sent)
    assert Petition.objects.get(pk=sent.pk).deadline_acknowledged_at == at


def test_an_answer_that_lets_the_person_go_on_needs_no_acknowledgement(signed_in):
    petition = ready(signed_in.user)
    page = signed_in.get(url("deadline", petition))
    assert page.context["needs_acknowledgement"] is False
    assert 'name="acknowledged"' not in page.content.decode()
    response = signed_in.post(url("deadline", petition), {"acknowledged": "yes", "answer": ""})
    assert response["Location"] == url("deadline", petition)
    assert Petition.objects.get(pk=petition.pk).deadline_acknowledged is None
    assert not petition_deadline_acknowledge(
        petition=petition, seen=fingerprint(acknowledgement_of(answer_today(petition)))
    )
    assert "Time limit" not in {str(r["key"]) for r in summary_rows(petition)}
    assert manifest_data(petition)["deadline_acknowledged"] is None


def test_no_answer_from_the_engine_is_acknowledged_like_any_answer_against_filing():
    assert acknowledgement_of(None) == {"verdict": "no_answer"}

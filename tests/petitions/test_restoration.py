"""A late civil petition whose term the court may restore: filed with the reasons, never lost.

Not under a frozen clock: signing uses the test PKI generated at the real time, so "late" is an
act that entered into force eight months before today.
"""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from petitions.manifest import manifest_bytes
from petitions.models import Petition, Status
from petitions.pdf import petition_pdf

from .factories import petition_url as url
from .factories import ready_to_sign
from .journey import sign, sign_and_submit
from .pdf_reading import flat, pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def late(filer) -> Petition:
    """A complete civil petition whose six-month term ended about two months ago."""
    petition = ready_to_sign(filer=filer)
    in_force = timezone.localdate() - dt.timedelta(days=240)
    Petition.objects.filter(pk=petition.pk).update(
        act_date=in_force,
        in_force_on=in_force,
        other_act_date=in_force - dt.timedelta(days=60),
    )
    petition.refresh_from_db()
    return petition


def test_without_the_reasons_a_late_petition_cannot_be_signed_or_sent(signed_in):
    petition = late(signed_in.user)
    # The task list keeps the content open, and the reasons are the question still to answer.
    assert signed_in.get(url("check", petition))["Location"] == url("task_list", petition)
    response = sign(signed_in, petition)
    assert response["Location"] == url("task_list", petition)
    restoration = url("task_list", petition) + "q/restoration/"
    assert signed_in.get(url("task_list", petition) + "q/grounds/")["Location"] == restoration
    petition.refresh_from_db()
    assert petition.status == Status.DRAFT


def test_with_the_reasons_a_late_petition_is_sent_and_the_reasons_are_signed(signed_in):
    petition = late(signed_in.user)
    petition.restoration_reasons = "Ауруханада емделдім; анықтама тіркелді."
    petition.save()
    page = signed_in.get(url("check", petition)).content.decode()
    assert "Мерзімді қалпына келтіру туралы өтініш" in page
    assert json.loads(manifest_bytes(petition))["restoration_reasons"] == (
        "Ауруханада емделдім; анықтама тіркелді."
    )
    response = sign(signed_in, petition)
    assert response["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert petition.deadline["on_time"] is False  # recorded as late, with the request to restore
    assert petition.deadline["restorable"] is True
    text, _pages = pdf_text(petition_pdf(petition))
    assert flat("Ауруханада емделдім; анықтама тіркелді.") in flat(text)


def test_the_submission_refuses_a_late_petition_without_reasons_even_if_signed(signed_in):
    from core.refusal import Refusal

    petition = late(signed_in.user)
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "restoration_reasons_missing"
    assert "мерзім" in refused.value.message.lower()


# --- Where and by when the request goes (CPC art. 126(4)) ----------------------------------------

JUNE_2025 = dt.datetime(2025, 6, 20, 12, 0, tzinfo=ZoneInfo("Asia/Almaty"))


def question_page(client, petition, language: str) -> str:
    with translation.override(language):
        path = reverse(
            "petitions:question", kwargs={"public_id": petition.public_id, "slug": "restoration"}
        )
    response = client.get(path)
    assert response.status_code == 200
    return " ".join(response.content.decode().split())


@pytest.mark.parametrize(
    ("language", "today", "before"),
    [
        (
            "kk",
            "Мерзімді қалпына келтіру туралы өтініш кассациялық шағыммен бірге кассациялық сотқа "
            "құқықтарыңыздың немесе заңды мүдделеріңіздің бұзылғаны туралы сізге белгілі болған "
            "күннен бастап бір айдан кешіктірілмей беріледі (АПК 126-бабының 4-бөлігі).",
            "өтінішхатпен бірге Жоғарғы Сотқа",
        ),
        (
            "ru",
            "Заявление о восстановлении срока подаётся в кассационный суд вместе с кассационной "
            "жалобой не позднее одного месяца со дня, когда вам стало известно о нарушении ваших "
            "прав или законных интересов (часть 4 статьи 126 ГПК).",
            "подаётся в Верховный Суд вместе с ходатайством",
        ),
        (
            "en",
            "Your request to restore it goes to the cassation court with the cassation complaint, "
            "no later than one month from the day you learned that your rights or legitimate "
            "interests were violated (CPC article 126 part 4).",
            "goes to the Supreme Court with the petition, no later than one month",
        ),
    ],
)
def test_the_restoration_question_says_where_and_by_when_by_the_law_of_the_filing_day(
    signed_in, language, today, before
):
    petition = late(signed_in.user)
    page = question_page(signed_in, petition, language)
    assert today in page
    assert before not in page
    # Before 1 July 2025 the same question names the Supreme Court and the petition.
    with time_machine.travel(JUNE_2025, tick=False):
        in_force = dt.date(2024, 9, 2)  # six months ended on 2 March 2025: late then too
        Petition.objects.filter(pk=petition.pk).update(
            act_date=in_force, in_force_on=in_force, other_act_date=in_force
        )
        petition.refresh_from_db()
        page = question_page(signed_in, petition, language)
    assert before in page
    assert today not in page

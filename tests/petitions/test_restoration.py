"""A late civil petition whose term the court may restore: filed with the reasons, never lost.

Not under a frozen clock: signing uses the test PKI generated at the real time, so "late" is an
act that entered into force eight months before today.
"""

import datetime as dt
import json

import pytest
from django.utils import timezone

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

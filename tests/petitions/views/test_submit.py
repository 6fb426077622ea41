"""Sign and send: the manifest signed (NCALayer's CMS or the demo signer), verified, submitted once.

Not under a frozen clock: the test PKI is generated at the real time, so the contested act is
dated relative to today and its six-month term is open.
"""

import base64
import datetime as dt
from functools import partial

import pytest
from django.urls import reverse
from django.utils import timezone

from petitions.manifest import manifest_bytes, manifest_sha256
from petitions.models import Petition, Status, StatusEvent
from petitions.services.references import reference_is_valid
from petitions.services.submission import petition_sign_and_submit
from petitions.views import submit as submit_views
from tests.petitions.factories import (
    PetitionFactory,
    civil_case_answered,
    cms_for,
)
from tests.petitions.factories import (
    petition_url as url,
)
from tests.petitions.factories import (
    ready_to_sign as ready,
)
from tests.petitions.journey import sign, signature_form

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def test_the_check_page_shows_exactly_what_is_signed(signed_in):
    petition = ready(signed_in.user)
    page = signed_in.get(url("check", petition))
    assert page.status_code == 200
    assert page.context["manifest"] == manifest_bytes(petition).decode()
    assert manifest_sha256(petition) in page.content.decode()
    assert "data-ncalayer-form" in page.content.decode()


def test_an_ncalayer_signature_submits_the_petition_once(signed_in):
    petition = ready(signed_in.user)
    form = signature_form(petition)
    response = signed_in.post(url("sign", petition), form)
    assert response["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert reference_is_valid(petition.reference)
    assert petition.signer_iin == signed_in.user.iin
    assert petition.manifest.encode() == manifest_bytes(petition)
    assert petition.signature_report["indication"] == "TOTAL_PASSED"
    assert petition.signature_report["signers"][0]["iin"] == signed_in.user.iin
    replay = signed_in.post(url("sign", petition), form)
    assert replay["Location"] == url("confirmation", petition)
    again = Petition.objects.get(pk=petition.pk)
    assert again.reference == petition.reference
    assert StatusEvent.objects.filter(petition=petition).count() == 1
    confirmation = signed_in.get(url("confirmation", petition))
    assert petition.reference in confirmation.content.decode()


def test_the_demo_signer_submits_through_the_same_verification(signed_in):
    petition = ready(signed_in.user)
    response = signed_in.post(
        url("demo_sign", petition), {"manifest_sha256": manifest_sha256(petition)}
    )
    assert response["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert petition.signature_report["signers"][0]["cert_issuer"].find("TEST") > 0


def test_a_change_after_the_check_page_voids_the_signature(signed_in):
    petition = ready(signed_in.user)
    seen = manifest_sha256(petition)
    cms = cms_for(petition)
    petition.request = "Басқа өтініш."
    petition.save()
    response = signed_in.post(url("sign", petition), {"cms": cms, "manifest_sha256": seen})
    assert response.status_code == 400
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def test_a_signature_over_an_older_manifest_is_refused(signed_in):
    petition = ready(signed_in.user)
    cms = cms_for(petition)
    petition.request = "Басқа өтініш."
    petition.save()
    response = signed_in.post(
        url("sign", petition), {"cms": cms, "manifest_sha256": manifest_sha256(petition)}
    )
    assert response.status_code == 400
    assert response.context["error"]
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def test_a_signature_by_another_iin_is_refused(signed_in):
    petition = ready(signed_in.user)
    response = sign(signed_in, petition, iin="781103300053")
    assert response.status_code == 400
    assert signed_in.user.iin in response.context["error"]
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


@pytest.mark.parametrize("cms", ["", "%%%", base64.b64encode(b"junk").decode(), "A" * 2_000_001])
def test_unusable_signatures_are_refused_with_a_message(signed_in, cms):
    petition = ready(signed_in.user)
    response = signed_in.post(
        url("sign", petition), {"cms": cms, "manifest_sha256": manifest_sha256(petition)}
    )
    assert response.status_code == 400
    assert "cc-error-summary" in response.content.decode()
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def test_signing_needs_post_login_and_ownership(client, signed_in):
    other = ready()
    assert signed_in.get(url("sign", other)).status_code == 405
    assert signed_in.post(url("sign", other), {"cms": "AAAA"}).status_code == 404
    assert signed_in.post(url("demo_sign", other)).status_code == 404
    assert signed_in.get(url("check", other)).status_code == 404
    signed_in.logout()
    assert signed_in.post(url("sign", other))["Location"].startswith(reverse("cabinet:login"))


def test_an_unfinished_petition_cannot_be_signed(signed_in):
    petition = civil_case_answered(
        PetitionFactory(filer=signed_in.user),
        in_force_on=timezone.localdate() - dt.timedelta(days=30),
    )
    response = signed_in.post(url("demo_sign", petition))
    assert response["Location"] == url("task_list", petition)


def test_the_demo_signer_is_absent_outside_the_demo(signed_in, settings):
    petition = ready(signed_in.user)
    settings.SIGNING_PRODUCTION = True
    assert url("demo_sign", petition) not in signed_in.get(url("check", petition)).content.decode()
    assert signed_in.post(url("demo_sign", petition)).status_code == 404


def test_a_petition_out_of_time_is_not_sent(signed_in):
    petition = ready(signed_in.user)
    petition.act_date = petition.in_force_on = timezone.localdate() - dt.timedelta(days=400)
    petition.save()
    response = sign(signed_in, petition)
    # Out of time when the POST arrives: signing cannot start, so the view sends the filer back
    # to the task list (whose time-limit section says why) and never calls the service.
    assert (response.status_code, response["Location"]) == (302, url("task_list", petition))
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def test_a_term_that_ends_as_the_petition_is_sent_is_refused_by_the_submission(
    signed_in, monkeypatch
):
    """The service assesses the term again at the moment of sending: a term that ran out after
    the view's check (here: the service's clock 200 days on) is refused on the check page."""
    petition = ready(signed_in.user)
    later = partial(petition_sign_and_submit, now=timezone.now() + dt.timedelta(days=200))
    monkeypatch.setattr(submit_views, "petition_sign_and_submit", later)
    response = signed_in.post(
        url("sign", petition),
        {"cms": cms_for(petition), "manifest_sha256": manifest_sha256(petition)},
    )
    assert response.status_code == 400
    assert response.context["error"] == (
        "Мерзім өтіп кетті. Егер сот оны қалпына келтіре алса, өтінішхатта мерзімді неліктен "
        "өткізіп алғаныңыз сұралады: мерзім бетін ашып, сол сұраққа жауап беріңіз."
    )
    assert "cc-error-summary" in response.content.decode()
    petition.refresh_from_db()
    assert (petition.status, petition.reference, petition.signature) == (Status.DRAFT, None, None)

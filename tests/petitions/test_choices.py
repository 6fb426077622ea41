"""What a petition is offered: the courts and document kinds its procedure and act can have."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.refusal import Refusal
from petitions.choices import attachment_kinds, courts_offered
from petitions.forms.case import CourtForm
from petitions.models import Attachment, Court
from petitions.services.documents import attachment_kind_change
from tests.factories import UserFactory

from .factories import PetitionFactory, attach, court, criminal_case
from .factories import petition_url as url
from .uploads import samples

pytestmark = pytest.mark.django_db

CIVIL_COLLEGIA = {"sc-civil", "sc-administrative", "sc-specialised"}


def civil(act_kind: str, **answers):
    return PetitionFactory(procedure="civil", act_kind=act_kind, **answers)


def codes(courts) -> set[str]:
    return set(courts.values_list("code", flat=True))


def test_a_civil_collegiums_act_is_offered_the_civil_collegia_only():
    offered = codes(CourtForm(petition=civil("supreme_court_collegium")).fields["court"].queryset)

    assert offered == CIVIL_COLLEGIA  # not the criminal collegium, nor the regional courts


def test_an_appellate_act_is_offered_the_appellate_courts_only():
    offered = courts_offered(civil("appellate"))

    assert set(offered.values_list("kind", flat=True)) == {Court.Kind.APPELLATE}
    assert "astana" in codes(offered)
    assert "military" in codes(offered)  # hears civil and criminal cases alike


def test_a_criminal_petition_is_never_offered_the_civil_collegia():
    petition = PetitionFactory(procedure="criminal", act_kind="conviction")

    offered = codes(courts_offered(petition))

    assert "sc-criminal" in offered
    assert not offered & CIVIL_COLLEGIA


def test_a_forged_post_of_the_criminal_collegium_for_a_civil_act_is_refused():
    petition = civil("supreme_court_collegium")

    forged = CourtForm({"court": court("sc-criminal").pk, "case_number": "1"}, petition=petition)
    honest = CourtForm({"court": court("sc-civil").pk, "case_number": "1"}, petition=petition)

    assert "court" in forged.errors
    assert honest.is_valid(), honest.errors


# --- Document kinds -----------------------------------------------------------------------------


def test_a_criminal_case_is_not_offered_a_state_fee_document(client):
    petition = criminal_case(UserFactory())
    client.force_login(petition.filer)

    page = client.get(url("attachments", petition)).content.decode()

    assert 'value="state_fee"' not in page
    assert 'value="court_act"' in page
    assert Attachment.Kind.STATE_FEE not in dict(attachment_kinds(petition))


def test_a_civil_case_is_offered_the_state_fee_document(client):
    petition = civil("appellate")
    client.force_login(petition.filer)

    assert 'value="state_fee"' in client.get(url("attachments", petition)).content.decode()


def test_a_forged_state_fee_document_in_a_criminal_case_is_refused(client):
    petition = criminal_case(UserFactory())
    client.force_login(petition.filer)
    upload = SimpleUploadedFile("чек.pdf", samples.pdf())

    response = client.post(url("attachments", petition), {"file": upload, "kind": "state_fee"})

    assert response.status_code == 400
    assert not petition.attachments.exists()


def test_an_attachment_of_a_criminal_case_cannot_be_made_a_state_fee_document(client):
    petition = criminal_case(UserFactory())
    document = attach(petition)
    client.force_login(petition.filer)

    response = client.post(url("attachment_kind", petition, document), {"kind": "state_fee"})

    assert response.status_code == 200  # the form again, with its error
    assert "kind" in response.context["form"].errors
    with pytest.raises(Refusal):
        attachment_kind_change(attachment=document, kind="state_fee")
    document.refresh_from_db()
    assert document.kind == "court_act"


def test_the_civil_kinds_are_every_kind():
    assert attachment_kinds(civil("appellate", act_date=dt.date(2026, 1, 1))) == list(
        Attachment.Kind.choices
    )


@pytest.mark.parametrize("procedure", ["civil", "criminal"])
def test_a_cassation_courts_act_is_offered_that_procedures_cassation_court_only(procedure):
    petition = PetitionFactory(procedure=procedure, act_kind="cassation_court_act")

    assert codes(courts_offered(petition)) == {f"cassation-{procedure}"}
    forged = CourtForm(
        {
            "court": court("cassation-criminal" if procedure == "civil" else "cassation-civil").pk,
            "case_number": "1",
        },
        petition=petition,
    )
    assert forged.has_error("court", "invalid_choice")


@pytest.mark.parametrize("act_kind", ["appellate", "supreme_court_collegium", ""])
def test_other_acts_are_never_offered_the_cassation_courts(act_kind):
    offered = courts_offered(civil(act_kind))

    assert Court.Kind.CASSATION not in set(offered.values_list("kind", flat=True))


def test_a_petition_against_a_cassation_courts_act_has_no_state_fee_document():
    petition = civil("cassation_court_act")

    assert Attachment.Kind.STATE_FEE not in dict(attachment_kinds(petition))

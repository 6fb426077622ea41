"""A lawyer files for a client: asked whose petition it is, names the client, signs as the
representative with their own key, and sees the petition in their cabinet.

Not under a frozen clock: signing uses the test PKI generated at the real time.
"""

import json

import pytest
from django.urls import reverse

from cabinet.models import Role
from petitions.manifest import manifest_bytes
from petitions.models import Party, Status
from tests.factories import UserFactory

from .factories import PetitionFactory, attach
from .factories import petition_url as url
from .factories import ready_to_sign as ready
from .journey import q, sign
from .uploads.samples import pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


@pytest.fixture
def lawyer(client):
    user = UserFactory(role=Role.LAWYER)
    client.force_login(user)
    client.user = user
    return client


def test_a_lawyer_is_asked_first_whose_petition_it_is(lawyer):
    lawyer.post(reverse("petitions:start"))
    petition = lawyer.user.petitions.get()
    assert petition.for_client is None
    task_list = lawyer.get(url("task_list", petition)).content.decode()
    assert f'href="{q(petition, "client")}"' in task_list  # the case section starts there
    assert lawyer.get(q(petition, "procedure"))["Location"] == q(petition, "client")
    refused = lawyer.post(q(petition, "client"), {"for_client": "maybe"})
    assert "cc-error-summary" in refused.content.decode()
    assert lawyer.post(q(petition, "client"), {"for_client": "True"})["Location"] == q(
        petition, "procedure"
    )
    petition.refresh_from_db()
    assert petition.for_client is True
    assert 'value="True" checked' in lawyer.get(q(petition, "client")).content.decode()


def test_a_citizen_is_never_asked_about_a_client(client):
    citizen = UserFactory()
    client.force_login(citizen)
    petition = PetitionFactory(filer=citizen)
    assert client.get(q(petition, "client")).status_code == 404


def test_for_a_client_the_lawyer_is_not_suggested_as_the_petitioner(lawyer):
    petition = PetitionFactory(filer=lawyer.user, for_client=True, procedure="civil")
    page = lawyer.get(url("parties", petition)).content.decode()
    assert lawyer.user.iin not in page
    own = PetitionFactory(filer=lawyer.user, for_client=False, procedure="civil")
    assert lawyer.user.iin in lawyer.get(url("parties", own)).content.decode()


def for_client(petition):
    """The petition filed for a client, who is its petitioner, with the lawyer's power of
    attorney attached."""
    petition.for_client = True
    petition.save()
    Party.objects.filter(petition=petition, role="petitioner").update(
        name="Клиент Әлия", iin_bin="900101300017"
    )
    attach(petition, pdf(body=b"power of attorney"), name="сенімхат.pdf", kind="authority")
    return petition


def test_for_a_client_the_power_of_attorney_is_required_before_signing(lawyer):
    petition = ready(lawyer.user)
    petition.for_client = True
    petition.save()
    assert lawyer.get(url("check", petition))["Location"] == url("task_list", petition)
    page = lawyer.get(url("attachments", petition)).content.decode()
    assert "сенімхатты немесе адвокаттың ордерін" in page  # named as still to attach
    for_client_with_authority = for_client(petition)
    assert lawyer.get(url("check", for_client_with_authority)).status_code == 200


def test_the_lawyer_signs_for_the_client_as_representative(lawyer):
    petition = for_client(ready(lawyer.user))
    Party.objects.filter(petition=petition, role="petitioner").update(
        name="Клиент Әлия", iin_bin="900101300017"
    )
    signed = json.loads(manifest_bytes(petition))
    assert signed["for_client"] is True
    # The client's key is not the one that signs: the account holder answers for the filing.
    by_client = sign(lawyer, petition, iin="900101300017")
    assert by_client.status_code == 400
    response = sign(lawyer, petition)
    assert response["Location"] == url("confirmation", petition)
    petition.refresh_from_db()
    assert petition.status == Status.SUBMITTED
    assert petition.signer_iin == lawyer.user.iin
    cabinet = lawyer.get(reverse("cabinet:dashboard")).content.decode()
    assert petition.reference in cabinet


def test_the_check_page_shows_every_answer_with_readable_dates(lawyer):
    from django.utils import translation
    from django.utils.formats import date_format

    petition = for_client(ready(lawyer.user))
    petition.art438_part6 = True
    petition.save()
    page = lawyer.get(url("check", petition)).content.decode()
    with translation.override("kk"):
        assert date_format(petition.in_force_on) in page
        assert "Клиент үшін" in page  # whose petition: for a client
        assert "Клиент: Талапкер; өтінішхат беруші: клиенттің адвокаты" in page
        assert "Бірінші сатыдағы соттың шешімі" in page  # the other instance's act (CPC 441)
        assert date_format(petition.other_act_date) in page
        assert f"Босатылған: {petition.fee_exemption}" in page  # the state fee
        assert "Сенімхат немесе адвокаттың ордері: сенімхат.pdf" in page
        assert "АПК 438-бабының 6-бөлігінде" in page
    assert petition.in_force_on.isoformat() not in page.split('id="manifest"')[0]
    assert f"{q(petition, 'appeal')}?return_to=check" in page
    assert f"{q(petition, 'client')}?return_to=check" in page
    for slug in ("standing", "other_act", "fee"):
        assert f"{q(petition, slug)}?return_to=check" in page

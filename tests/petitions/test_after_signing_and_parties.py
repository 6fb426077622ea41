"""Nothing changes a petition once it is signed, whoever holds an old copy of it; and the parties
are who the court will read: the filer as petitioner, roles of the procedure, visible text only.

Not under a frozen clock: signing uses the test PKI generated at the real time.
"""

import hashlib

import pytest
from django.urls import reverse

from core.refusal import Refusal
from petitions.models import Party, Petition, Status
from petitions.services import petitions as services
from petitions.services.documents import attachment_add
from petitions.services.petitions import PetitionNotEditableError
from petitions.uploads.validation import CheckedFile

from .factories import petition_url as url
from .factories import ready_to_sign as ready
from .journey import sign_and_submit as submit
from .uploads.samples import pdf

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("crls")]


def test_a_copy_read_before_submission_cannot_add_a_file_afterwards(tmp_path):
    petition = ready()
    stale = Petition.objects.get(pk=petition.pk)  # what a slow upload's request holds
    submit(petition)
    data = pdf(body=b"late")
    path = tmp_path / "late.pdf"
    path.write_bytes(data)
    checked = CheckedFile(
        safe_name="late.pdf",
        media_type="application/pdf",
        extension="pdf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
    )
    with pytest.raises(PetitionNotEditableError):
        attachment_add(petition=stale, path=str(path), checked=checked)
    assert petition.attachments.count() == 1


def test_a_copy_read_before_submission_cannot_change_answers_or_parties():
    petition = ready()
    stale = Petition.objects.get(pk=petition.pk)
    party = stale.parties.first()
    submit(petition)
    from petitions.flow import STEP_BY_SLUG

    with pytest.raises(PetitionNotEditableError):
        services.petition_answer_save(
            petition=stale, step=STEP_BY_SLUG["request"], data={"request": "Басқа."}
        )
    with pytest.raises(PetitionNotEditableError):
        services.party_add(petition=stale, role="other", name="X", iin_bin="", address="Y")
    with pytest.raises(PetitionNotEditableError):
        services.party_remove(party=party)
    fresh = Petition.objects.get(pk=petition.pk)
    assert fresh.status == Status.SUBMITTED
    assert fresh.request == petition.request  # and not the stale copy's save over it
    assert fresh.parties.count() == 2


def test_what_is_stored_must_be_what_was_verified():
    petition = ready()
    Petition.objects.filter(pk=petition.pk).update(request="Changed in another tab.")
    # ``petition`` still holds the old request: the signature is over that version.
    with pytest.raises(Refusal) as refused:
        submit(petition)
    assert refused.value.code == "manifest_changed"
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def test_filing_for_oneself_in_someone_elses_name_is_refused():
    petition = ready()
    Party.objects.filter(petition=petition, role="petitioner").update(iin_bin="900101300017")
    with pytest.raises(Refusal) as refused:
        submit(petition)
    assert refused.value.code == "parties_incomplete"
    assert Petition.objects.get(pk=petition.pk).status == Status.DRAFT


def post_party(client, petition, **fields):
    data = {"role": "defendant", "name": "ЖШС «Мысал»", "iin_bin": "", "address": "Алматы"}
    data.update(fields)
    return client.post(reverse("petitions:parties", kwargs={"public_id": petition.public_id}), data)


def test_the_petitioner_of_ones_own_petition_has_ones_own_iin(signed_in):
    petition = ready(signed_in.user)
    Party.objects.filter(petition=petition).delete()
    response = post_party(signed_in, petition, role="petitioner", iin_bin="900101300017")
    assert response.status_code == 200
    assert signed_in.user.iin in response.context["form"].errors["iin_bin"][0]
    assert not petition.parties.exists()
    ok = post_party(
        signed_in,
        petition,
        role="petitioner",
        name=signed_in.user.full_name,
        iin_bin=signed_in.user.iin,
    )
    assert ok.status_code == 302
    assert petition.parties.get().iin_bin == signed_in.user.iin


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "evil\x01name"),
        ("name", "\u200b\u200d"),  # only invisible characters
        ("address", "Алматы\x7f"),
        ("address", "\u2066\u2069"),
    ],
)
def test_invisible_or_control_characters_are_refused(signed_in, field, value):
    petition = ready(signed_in.user)
    before = petition.parties.count()
    response = post_party(signed_in, petition, **{field: value})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    assert petition.parties.count() == before


def test_bidi_overrides_are_removed_and_spaces_collapsed(signed_in):
    petition = ready(signed_in.user)
    response = post_party(signed_in, petition, name="\u202eЖШС\u200b  «Мысал»\t", role="other")
    assert response.status_code == 302
    assert petition.parties.get(role="other").name == "ЖШС «Мысал»"


@pytest.mark.parametrize(
    ("procedure", "refused", "accepted"),
    [("civil", "victim", "third_party"), ("criminal", "third_party", "victim")],
)
def test_roles_belong_to_the_procedure(signed_in, procedure, refused, accepted):
    petition = ready(signed_in.user)
    Petition.objects.filter(pk=petition.pk).update(procedure=procedure)
    petition.refresh_from_db()
    assert post_party(signed_in, petition, role=refused).status_code == 200
    assert not petition.parties.filter(role=refused).exists()
    assert post_party(signed_in, petition, role=accepted).status_code == 302
    page = signed_in.get(url("parties", petition)).content.decode()
    assert f'value="{refused}"' not in page


def test_a_write_that_finds_the_petition_sent_shows_the_confirmation(rf):
    from django.contrib.messages.storage.fallback import FallbackStorage

    from petitions.views.guards import draft_write

    @draft_write
    def view(request, public_id):
        raise PetitionNotEditableError

    petition = ready()
    request = rf.post("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    response = view(request, public_id=petition.public_id)
    assert response.status_code == 302
    assert response["Location"] == url("confirmation", petition)
    assert [str(m) for m in request._messages]

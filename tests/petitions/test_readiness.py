"""Each document says what it is, and a petition cannot be signed without the documents CPC art.
441 / CrPC art. 488 require: a copy of the contested act, the power of attorney or warrant of a
lawyer filing for a client, and the state-fee document when the person said they paid."""

import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.refusal import Refusal
from petitions.manifest import manifest_bytes, manifest_sha256
from petitions.models import Attachment, Petition, Status
from petitions.readiness import documents_missing, sections_state

from .factories import PetitionFactory, attach, ready_to_sign
from .factories import petition_url as url
from .journey import sign_and_submit
from .uploads import samples

pytestmark = pytest.mark.django_db


def add(petition: Petition, kind: str, tag: str) -> Attachment:
    return attach(petition, samples.pdf(body=tag.encode()), name=f"{tag}.pdf", kind=kind)


@pytest.mark.parametrize("kind", [None, "", "admin", "court_act\x00", "COURT_ACT", "x" * 5000])
def test_a_document_without_a_known_kind_is_refused_and_nothing_is_kept(
    signed_in, upload_temp_dir, kind
):
    petition = PetitionFactory(filer=signed_in.user)
    fields = {"file": SimpleUploadedFile("scan.pdf", samples.pdf())}
    if kind is not None:
        fields["kind"] = kind
    response = signed_in.post(url("attachments", petition), fields)
    assert response.status_code == 400
    page = response.content.decode()
    assert '<a href="#id_kind_0">' in page  # the summary points at the question to answer
    assert 'id="id_kind-error"' in page
    assert not petition.attachments.exists()
    assert list(upload_temp_dir.iterdir()) == []


def test_the_kind_is_stored_shown_and_signed(signed_in):
    petition = PetitionFactory(filer=signed_in.user)
    response = signed_in.post(
        url("attachments", petition),
        {"kind": "state_fee", "file": SimpleUploadedFile("түбіртек.pdf", samples.pdf())},
    )
    assert response.status_code == 302
    attachment = petition.attachments.get()
    assert attachment.kind == "state_fee"
    page = signed_in.get(url("attachments", petition)).content.decode()
    assert attachment.get_kind_display() in page
    assert [a["kind"] for a in json.loads(manifest_bytes(petition))["attachments"]] == ["state_fee"]


def test_a_refused_file_keeps_the_chosen_kind(signed_in):
    petition = PetitionFactory(filer=signed_in.user)
    response = signed_in.post(
        url("attachments", petition),
        {"kind": "authority", "file": SimpleUploadedFile("a.pdf", samples.ELF)},
    )
    assert response.status_code == 400
    assert re.search(r'value="authority" checked', response.content.decode())


def test_the_database_refuses_an_unknown_kind():
    from django.db import IntegrityError, transaction

    petition = PetitionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        add(petition, "selfie", "x")


def test_what_is_missing_follows_the_petition():
    petition = ready_to_sign()  # civil, exempt from the fee, a copy of the act attached
    assert documents_missing(petition) == []
    petition.attachments.update(kind="other")
    assert len(documents_missing(petition)) == 1  # the copy of the contested act
    add(petition, "court_act", "act")
    petition.for_client = True
    petition.state_fee = "paid"
    petition.save()
    assert len(documents_missing(petition)) == 2  # the authority and the fee document
    add(petition, "authority", "poa")
    add(petition, "state_fee", "fee")
    assert documents_missing(petition) == []


def test_the_documents_section_is_done_only_when_nothing_is_missing(signed_in):
    petition = ready_to_sign(filer=signed_in.user)
    assert sections_state(petition)["attachments"] == "done"
    petition.state_fee = "paid"
    petition.save()
    state = sections_state(petition)
    assert (state["attachments"], state["sign"]) == ("todo", "cannot_start")
    page = signed_in.get(url("attachments", petition)).content.decode()
    assert "data-documents-missing" in page
    assert signed_in.get(url("check", petition))["Location"] == url("task_list", petition)


@pytest.mark.usefixtures("crls")
def test_submission_refuses_a_petition_without_its_documents_even_when_signed():
    petition = ready_to_sign()
    petition.state_fee = "paid"  # said paid, but no payment document attached
    petition.save()
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "documents_missing"
    petition.refresh_from_db()
    assert petition.status == Status.DRAFT


def kind_url(petition: Petition, attachment: Attachment) -> str:
    return url("attachment_kind", petition, attachment)


def test_the_kind_can_be_changed_without_uploading_again(signed_in):
    petition = ready_to_sign(filer=signed_in.user)
    attachment = petition.attachments.get()
    before = manifest_sha256(petition)
    page = signed_in.get(kind_url(petition, attachment))
    assert page.status_code == 200
    assert 'value="court_act" checked' in page.content.decode()
    assert (
        kind_url(petition, attachment)
        in signed_in.get(url("attachments", petition)).content.decode()
    )
    response = signed_in.post(kind_url(petition, attachment), {"kind": "other"})
    assert response["Location"] == url("attachments", petition)
    attachment.refresh_from_db()
    assert attachment.kind == "other"
    assert manifest_sha256(petition) != before  # what is signed says what each file is
    assert len(documents_missing(petition)) == 1


@pytest.mark.parametrize("kind", [None, "", "selfie", "other\x00"])
def test_a_wrong_kind_change_is_refused_and_changes_nothing(signed_in, kind):
    petition = ready_to_sign(filer=signed_in.user)
    attachment = petition.attachments.get()
    response = signed_in.post(
        kind_url(petition, attachment), {} if kind is None else {"kind": kind}
    )
    assert response.status_code == 200
    assert "cc-error-summary" in response.content.decode()
    attachment.refresh_from_db()
    assert attachment.kind == "court_act"


def test_another_persons_document_kind_is_not_found_and_a_sent_one_cannot_change(signed_in):
    other = ready_to_sign()
    theirs = other.attachments.get()
    assert signed_in.get(kind_url(other, theirs)).status_code == 404
    assert signed_in.post(kind_url(other, theirs), {"kind": "other"}).status_code == 404
    mine = ready_to_sign(filer=signed_in.user)
    attachment = mine.attachments.get()
    wrong_pair = kind_url(mine, theirs)  # my petition, their file
    assert signed_in.post(wrong_pair, {"kind": "other"}).status_code == 404
    from django.utils import timezone

    Petition.objects.filter(pk=mine.pk).update(  # sent, as the database requires it
        status=Status.SUBMITTED,
        reference="SC-2026-000001-7",
        submitted_at=timezone.now(),
        signature=b"cms",
        manifest_sha256=manifest_sha256(mine),
    )
    response = signed_in.post(kind_url(mine, attachment), {"kind": "other"})
    assert response["Location"] == url("confirmation", mine)
    attachment.refresh_from_db()
    assert attachment.kind == "court_act"
    theirs.refresh_from_db()
    assert theirs.kind == "court_act"


def test_the_services_refuse_an_unknown_kind_whoever_calls_them(tmp_path):
    from petitions.services.documents import (
        attachment_add,
        attachment_kind_change,
    )
    from petitions.uploads.validation import check_upload

    petition = ready_to_sign()
    path = tmp_path / "a.pdf"
    path.write_bytes(samples.pdf(body=b"another"))
    with pytest.raises(Refusal) as refused:
        attachment_add(
            petition=petition, path=str(path), checked=check_upload(str(path), "a.pdf"), kind="x"
        )
    assert refused.value.code == "kind_unknown"
    with pytest.raises(Refusal):
        attachment_kind_change(attachment=petition.attachments.get(), kind="x")
    assert petition.attachments.get().kind == "court_act"


@pytest.mark.usefixtures("crls")
@pytest.mark.parametrize("unanswered", ["grounds", "arguments", "request", "fee"])
def test_submission_refuses_a_petition_whose_content_is_unanswered_even_when_signed(unanswered):
    # The pages never offer signing without the content; a direct service call is refused too.
    petition = ready_to_sign()
    if unanswered == "fee":
        petition.state_fee = ""
    else:
        setattr(petition, unanswered, "")
    petition.save()
    assert sections_state(petition)["content"] == "todo"
    assert sections_state(petition)["sign"] == "cannot_start"
    with pytest.raises(Refusal) as refused:
        sign_and_submit(petition)
    assert refused.value.code == "content_incomplete"
    petition.refresh_from_db()
    assert petition.status == Status.DRAFT
    assert petition.reference is None


def test_readiness_lists_every_refusal_and_a_ready_petition_has_none():
    from django.utils import timezone

    from petitions.readiness import ready_to_sign as is_ready
    from petitions.readiness import refusals
    from petitions.time_limit import petition_assess

    petition = ready_to_sign()
    answer = petition_assess(petition, today=timezone.localdate(), filed_at=timezone.now())
    assert refusals(petition, answer=answer) == []
    assert is_ready(petition)

    petition.parties.all().delete()
    petition.attachments.all().delete()
    petition.grounds = ""
    petition.save()
    codes = [r.code for r in refusals(petition, answer=answer)]
    assert codes == ["parties_incomplete", "documents_missing", "content_incomplete"]
    # No answer from the engine is not a refusal in itself: an unacknowledged one is.
    assert [r.code for r in refusals(petition, answer=None)][-2:] == [
        "deadline_not_acknowledged",
        "content_incomplete",
    ]
    assert not is_ready(petition)

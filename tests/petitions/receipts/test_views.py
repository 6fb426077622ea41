"""Receipts in the cabinet and the public check: genuine → details; one changed byte → not."""

import datetime as dt
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from petitions.receipts.pdf import receipt_pdf
from petitions.receipts.presentation import verification_url
from petitions.receipts.services import receipt_issue_registration, receipt_issue_submission
from tests.factories import UserFactory
from tests.petitions.factories import petition_url
from tests.petitions.pdf_reading import flat, pdf_text

pytestmark = pytest.mark.django_db

NOT_GENUINE = {
    "kk": "Бұл түбіртек түпнұсқа емес",
    "ru": "Эта квитанция не подлинная",
    "en": "This receipt is not genuine",
}
GENUINE = {
    "kk": "Бұл түбіртек түпнұсқа",
    "ru": "Эта квитанция подлинная",
    "en": "This receipt is genuine",
}


def url(name, receipt, language="kk"):
    with translation.override(language):
        return reverse(
            f"receipts:{name}",
            kwargs={"public_id": receipt.petition.public_id, "kind": receipt.kind},
        )


def verify_url(receipt, sha256=None, language="kk"):
    with translation.override(language):
        return reverse(
            "receipts:verify",
            kwargs={"public_id": receipt.public_id, "sha256": sha256 or receipt.sha256},
        )


def upload(client, document, signature, language="kk"):
    with translation.override(language):
        target = reverse("receipts:check")
    return client.post(
        target,
        {
            "document": SimpleUploadedFile("r.json", document),
            "signature": SimpleUploadedFile("r.p7s", signature),
        },
    )


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_qr_link_of_a_genuine_receipt_shows_its_details_without_sign_in(
    client, submitted, language
):
    receipt = receipt_issue_submission(petition=submitted)
    page = client.get(verify_url(receipt, language=language))
    assert page.status_code == 200
    body = page.content.decode()
    assert GENUINE[language] in body
    assert 'data-receipt-verdict="genuine"' in body
    assert submitted.reference in body
    assert submitted.manifest_sha256 in body
    assert submitted.filer.iin in body


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_a_link_with_one_changed_character_is_not_genuine(client, submitted, language):
    receipt = receipt_issue_submission(petition=submitted)
    wrong = "1" if receipt.sha256[-1] != "1" else "2"
    page = client.get(verify_url(receipt, receipt.sha256[:-1] + wrong, language=language))
    assert page.status_code == 404
    body = page.content.decode()
    assert NOT_GENUINE[language] in body
    assert submitted.reference not in body


def test_an_unknown_link_is_not_genuine(client, db):
    target = reverse(
        "receipts:verify",
        kwargs={"public_id": "00000000-0000-4000-8000-000000000000", "sha256": "a" * 64},
    )
    page = client.get(target)
    assert page.status_code == 404
    assert NOT_GENUINE["kk"] in page.content.decode()


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_uploading_the_genuine_files_confirms_the_receipt(client, submitted, language):
    receipt = receipt_issue_registration(
        petition=submitted,
        incoming_number="ВС-2026/7",
        registered_at=dt.datetime(2026, 12, 3, 5, 0, tzinfo=dt.UTC),
        registry="supreme-court",
    )
    page = upload(client, bytes(receipt.document), bytes(receipt.signature), language)
    assert page.status_code == 200
    body = page.content.decode()
    assert GENUINE[language] in body
    assert "ВС-2026/7" in body
    assert "10:00" in body  # registered at 05:00 UTC is 10:00 in Astana


@pytest.mark.parametrize("part", ["document", "signature"])
@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_one_changed_byte_of_an_uploaded_file_is_not_genuine(client, submitted, part, language):
    receipt = receipt_issue_submission(petition=submitted)
    files = {"document": bytearray(receipt.document), "signature": bytearray(receipt.signature)}
    middle = len(files[part]) // 2
    files[part][middle] ^= 0x20
    page = upload(client, bytes(files["document"]), bytes(files["signature"]), language)
    assert page.status_code == 200
    body = page.content.decode()
    assert NOT_GENUINE[language] in body
    assert 'data-receipt-verdict="genuine"' not in body


def test_a_base64_signature_as_ncalayer_writes_it_is_read(client, submitted):
    import base64

    receipt = receipt_issue_submission(petition=submitted)
    page = upload(client, bytes(receipt.document), base64.b64encode(bytes(receipt.signature)))
    assert GENUINE["kk"] in page.content.decode()


def test_missing_or_oversized_files_are_refused_with_a_reason(client, db):
    page = client.post(reverse("receipts:check"), {})
    assert page.status_code == 400
    huge = SimpleUploadedFile("r.json", b"x" * (256 * 1024 + 1))
    page = client.post(
        reverse("receipts:check"), {"document": huge, "signature": SimpleUploadedFile("s", b"0")}
    )
    assert page.status_code == 400
    assert "cc-error-summary" in page.content.decode()


def test_the_check_page_opens_without_sign_in(client, db):
    assert client.get(reverse("receipts:check")).status_code == 200


def test_the_filer_downloads_the_receipt_pdf_document_and_signature(signed_in, crls):
    from tests.petitions.receipts.conftest import submit

    petition = submit(signed_in.user)
    receipt = receipt_issue_submission(petition=petition)
    pdf = signed_in.get(url("pdf", receipt))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    assert f"{petition.reference}-submission.pdf" in pdf["Content-Disposition"]
    document = signed_in.get(url("document", receipt))
    assert json.loads(document.content)["reference"] == petition.reference
    signature = signed_in.get(url("signature", receipt))
    assert signature.content == bytes(receipt.signature)
    page = signed_in.get(petition_url("confirmation", petition))
    assert 'data-receipt="submission"' in page.content.decode()
    assert verify_url(receipt) in page.content.decode()


def test_another_persons_receipts_are_404(client, submitted):
    receipt = receipt_issue_submission(petition=submitted)
    client.force_login(UserFactory())
    for name in ("pdf", "document", "signature"):
        assert client.get(url(name, receipt)).status_code == 404
    assert (
        client.get(
            reverse("receipts:pdf", kwargs={"public_id": submitted.public_id, "kind": "nonsense"})
        ).status_code
        == 404
    )


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_pdf_states_the_receipt_with_a_qr_code_and_carries_the_signed_files(
    submitted, language
):
    receipt = receipt_issue_submission(petition=submitted)
    with translation.override(language):
        data = receipt_pdf(receipt)
        link = verification_url(receipt)
    text, _ = pdf_text(data)
    assert submitted.reference in flat(text)
    assert receipt.sha256 in flat(text).replace(" ", "")
    assert link.split("/receipts/")[1].split("/")[0] in flat(text)
    assert b"/EmbeddedFile" in data
    assert b"/Subtype /Image" in data or b"/Image" in data
    assert f"{submitted.reference}-submission.p7s".encode() in data

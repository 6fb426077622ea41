"""Issuing receipts: signed with the portal's key, once per kind, checked byte for byte."""

import datetime as dt
import hashlib
import json

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from petitions.receipts import documents
from petitions.receipts.models import Receipt
from petitions.receipts.services import (
    NotSubmittedError,
    receipt_by_link,
    receipt_by_upload,
    receipt_issue_registration,
    receipt_issue_submission,
)
from signing.web.verify import signature_verify
from tests.petitions.factories import PetitionFactory

pytestmark = pytest.mark.django_db

REGISTERED = dt.datetime(2026, 12, 3, 10, 15, tzinfo=dt.UTC)


def registration(petition):
    return receipt_issue_registration(
        petition=petition,
        incoming_number="ВС-2026/00042",
        registered_at=REGISTERED,
        registry="supreme-court-civil",
    )


def test_the_submission_receipt_states_the_fact_the_time_and_the_sender(submitted):
    receipt = receipt_issue_submission(petition=submitted)
    data = json.loads(bytes(receipt.document))
    assert data["kind"] == "submission"
    assert data["event"] == "received_by_portal"
    assert data["reference"] == submitted.reference
    assert data["manifest_sha256"] == submitted.manifest_sha256
    assert data["received_at"] == submitted.submitted_at.isoformat(timespec="seconds")
    assert data["sender"]["iin"] == submitted.filer.iin
    assert data["sender"]["name"]
    assert data["receipt"] == str(receipt.public_id)
    assert receipt.sha256 == hashlib.sha256(bytes(receipt.document)).hexdigest()


def test_the_registration_receipt_states_the_courts_number_time_and_registry(submitted):
    receipt = registration(submitted)
    data = json.loads(bytes(receipt.document))
    assert data["kind"] == "registration"
    assert data["incoming_number"] == "ВС-2026/00042"
    assert data["registered_at"] == "2026-12-03T10:15:00+00:00"
    assert data["registry"] == "supreme-court-civil"


def test_issuing_again_returns_the_same_receipt_with_its_first_facts(submitted):
    first = receipt_issue_submission(petition=submitted)
    assert receipt_issue_submission(petition=submitted).pk == first.pk
    registered = registration(submitted)
    again = receipt_issue_registration(
        petition=submitted, incoming_number="OTHER", registered_at=timezone.now(), registry="x"
    )
    assert again.pk == registered.pk
    assert json.loads(bytes(again.document))["incoming_number"] == "ВС-2026/00042"
    assert Receipt.objects.filter(petition=submitted).count() == 2


def test_a_draft_gets_no_receipt():
    with pytest.raises(NotSubmittedError):
        receipt_issue_submission(petition=PetitionFactory())
    assert not Receipt.objects.exists()


def test_the_receipt_is_a_cms_the_sites_own_verification_passes(submitted):
    """Signed by the demo portal key, which chains to the demo CA: a full validation passes."""
    receipt = receipt_issue_submission(petition=submitted)
    report = signature_verify(
        cms=bytes(receipt.signature), content=bytes(receipt.document), purpose="petition"
    )
    assert report.passed, report.to_dict()
    assert report.signers[0].common_name.endswith("(ДЕМО)")


def test_a_genuine_receipt_is_found_by_its_link_and_by_its_bytes(submitted):
    receipt = receipt_issue_submission(petition=submitted)
    assert receipt_by_link(public_id=receipt.public_id, sha256=receipt.sha256) == receipt
    found = receipt_by_upload(document=bytes(receipt.document), signature=bytes(receipt.signature))
    assert found == receipt


def test_every_single_changed_byte_of_the_document_or_signature_is_not_genuine(submitted):
    receipt = receipt_issue_submission(petition=submitted)
    document, signature = bytes(receipt.document), bytes(receipt.signature)
    for i in range(len(document)):
        changed = document[:i] + bytes([document[i] ^ 0x01]) + document[i + 1 :]
        assert receipt_by_upload(document=changed, signature=signature) is None, i
    for i in range(len(signature)):
        changed = signature[:i] + bytes([signature[i] ^ 0x01]) + signature[i + 1 :]
        assert receipt_by_upload(document=document, signature=changed) is None, i


def test_a_signature_over_the_document_by_another_key_is_not_genuine(submitted):
    from signing.web.demo import demo_sign

    receipt = receipt_issue_submission(petition=submitted)
    forged = demo_sign(iin="900101300123", full_name="Басқа Адам", data=bytes(receipt.document))
    assert documents.signature_bytes(forged) == forged
    assert receipt_by_upload(document=bytes(receipt.document), signature=forged) is None
    assert not documents.signed_by(forged, bytes(receipt.document), bytes(receipt.certificate))


@pytest.mark.parametrize(
    ("public_id", "sha256"),
    [
        ("00000000-0000-4000-8000-000000000000", "0" * 64),
        ("not-a-uuid", "0" * 64),
    ],
)
def test_an_unknown_link_is_not_genuine(submitted, public_id, sha256):
    receipt_issue_submission(petition=submitted)
    assert receipt_by_link(public_id=public_id, sha256=sha256) is None


def test_a_known_id_with_another_digest_is_not_genuine(submitted):
    receipt = receipt_issue_submission(petition=submitted)
    wrong = ("f" if receipt.sha256[0] != "f" else "e") + receipt.sha256[1:]
    assert receipt_by_link(public_id=receipt.public_id, sha256=wrong) is None


def test_a_configured_key_of_another_certificate_fails_loudly(submitted, settings, tmp_path):
    from petitions.receipts.keys import service_key
    from signing.core.signer import PrivateKey

    receipt_issue_submission(petition=submitted)  # demo key issued
    key_file, cert_file = tmp_path / "k.pem", tmp_path / "c.cer"
    key_file.write_bytes(PrivateKey.generate("rsa").to_pem())
    cert_file.write_bytes(bytes(Receipt.objects.get().certificate))
    settings.RECEIPT_KEY_PATH, settings.RECEIPT_CERTIFICATE_PATH = str(key_file), str(cert_file)
    with pytest.raises(ImproperlyConfigured, match="not the key"):
        service_key()
    settings.RECEIPT_CERTIFICATE_PATH = ""
    with pytest.raises(ImproperlyConfigured, match="both"):
        service_key()


def test_without_a_key_or_the_demo_pki_issuing_fails_loudly(submitted, settings):
    settings.SIGNING_DEMO_PKI_DIR = ""
    with pytest.raises(ImproperlyConfigured, match="RECEIPT_KEY_PATH"):
        receipt_issue_submission(petition=submitted)
    assert not Receipt.objects.exists()


def test_a_configured_key_signs_and_its_certificate_is_pinned(submitted, settings, tmp_path):
    """Production's path: a key and certificate from files (an RSA key here)."""
    from datetime import UTC, datetime, timedelta

    from signing.core.signer import PrivateKey
    from signing.testpki import builders

    now = datetime.now(UTC)
    key = PrivateKey.generate("rsa")
    cert = builders.certificate(
        subject=builders.name("PORTAL", bin_="000000000000", org="PORTAL"),
        key=key,
        issuer=None,
        issuer_key=key,
        serial=7,
        not_before=now - timedelta(days=1),
        not_after=now + timedelta(days=30),
    )
    key_file, cert_file = tmp_path / "receipt.key", tmp_path / "receipt.cer"
    key_file.write_bytes(key.to_pem())
    cert_file.write_bytes(cert.dump())
    settings.RECEIPT_KEY_PATH, settings.RECEIPT_CERTIFICATE_PATH = str(key_file), str(cert_file)
    receipt = receipt_issue_submission(petition=submitted)
    assert bytes(receipt.certificate) == cert.dump()
    assert receipt_by_upload(document=bytes(receipt.document), signature=bytes(receipt.signature))
    settings.RECEIPT_KEY_PATH = str(tmp_path / "absent.key")
    with pytest.raises(ImproperlyConfigured, match="cannot be read"):
        registration(submitted)


def test_a_stale_copy_of_the_petition_gets_the_receipt_of_the_petition_as_sent(submitted):
    from petitions.models import Petition

    stale = Petition.objects.get(pk=submitted.pk)
    stale.submitted_at, stale.status = None, "draft"
    receipt = receipt_issue_submission(petition=stale)
    data = json.loads(bytes(receipt.document))
    assert data["received_at"] == submitted.submitted_at.isoformat(timespec="seconds")

"""Verdicts on the generated test PKI: identities, usage policy, time, revocation, evidence."""

import json
from datetime import timedelta

import pytest
from signing_helpers import NOW, flip_signature, merge_signers, pki

from signing.core import oids
from signing.core.crlindex import CrlIndex
from signing.core.report import Indication, SubIndication
from signing.core.validator import verify_cms
from signing.testpki import builders

P, IND, F = Indication.TOTAL_PASSED, Indication.INDETERMINATE, Indication.TOTAL_FAILED
S = SubIndication
DOC = "Кассационная жалоба № 1 / Кассациялық шағым".encode() * 50
KINDS = ["gost2015", "rsa"]


def verdict(report):
    return report.indication, report.sub_indication


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("user", ["individual", "lawyer", "legal_entity"])
def test_valid_signers_pass(kind: str, user: str) -> None:
    t = pki()
    report = verify_cms(t.sign(user, DOC, kind), DOC, t.config(), at=NOW)
    assert verdict(report) == (P, None), report.signers[0].findings
    s = report.signers[0]
    assert s.iin
    assert s.email == f"{user}@example.kz"
    assert s.revocation
    assert all(e.status == "good" for e in s.revocation)
    assert s.warnings == []


def test_identity_extraction_legal_entity() -> None:
    t = pki()
    s = verify_cms(t.sign("legal_entity", DOC), DOC, t.config(), at=NOW).signers[0]
    assert (s.iin, s.bin) == ("800115400514", "190340012345")
    assert s.organization == 'ТОО "ДЕМО КОМПАНИЯ"'
    assert s.roles == [oids.ROLE_ORG_EMPLOYEE_ANY, oids.ROLE_CEO]
    assert (s.surname, s.patronymic, s.common_name) == ("ТЕСТОВА", "БОЛАТОВНА", "ТЕСТОВА ДИНАРА")
    assert s.algorithm == "GOST34.10-2015-512"
    assert s.digest_algorithm == "streebog512"


@pytest.mark.parametrize("kind", KINDS)
def test_attached_signature_passes(kind: str) -> None:
    t = pki()
    report = verify_cms(t.sign("individual", DOC, kind, detached=False), None, t.config(), at=NOW)
    assert report.passed
    assert report.attached


@pytest.mark.parametrize("kind", KINDS)
def test_tampered_content_fails(kind: str) -> None:
    t = pki()
    report = verify_cms(t.sign("individual", DOC, kind), DOC + b" ", t.config(), at=NOW)
    assert verdict(report) == (F, S.HASH_FAILURE)


@pytest.mark.parametrize("kind", KINDS)
def test_corrupted_signature_fails(kind: str) -> None:
    t = pki()
    report = verify_cms(flip_signature(t.sign("individual", DOC, kind)), DOC, t.config(), at=NOW)
    assert verdict(report) == (F, S.SIG_CRYPTO_FAILURE)


def test_sha1_signature_is_refused() -> None:
    t = pki()
    report = verify_cms(
        t.sign("individual", DOC, "rsa", digest_oid=oids.SHA1), DOC, t.config(), at=NOW
    )
    assert verdict(report) == (IND, S.CRYPTO_CONSTRAINTS_FAILURE)
    assert "weak digest" in report.signers[0].findings[0].message


@pytest.mark.parametrize("kind", KINDS)
def test_auth_key_refused_for_petition_but_fine_for_login(kind: str) -> None:
    t = pki()
    sig = t.sign("auth", b"nonce", kind)
    petition = verify_cms(sig, b"nonce", t.config(), at=NOW)
    assert verdict(petition) == (IND, S.CHAIN_CONSTRAINTS_FAILURE)
    login = verify_cms(sig, b"nonce", t.config(), at=NOW, purpose="auth")
    assert login.passed
    # a signing key is also accepted for login (GOST-2015 single-key certificates)
    assert verify_cms(
        t.sign("individual", b"n", kind), b"n", t.config(purpose="auth"), at=NOW
    ).passed


@pytest.mark.parametrize("kind", KINDS)
def test_expired_certificate(kind: str) -> None:
    t = pki()
    sig = t.sign("expired", DOC, kind)
    now = verify_cms(sig, DOC, t.config(), at=NOW)
    assert verdict(now) == (IND, S.OUT_OF_BOUNDS_NO_POE)
    # inside its validity the same signature passes
    assert verify_cms(sig, DOC, t.config(), at=NOW - timedelta(days=100)).passed
    # a time-stamp proving signing after expiry → TOTAL_FAILED/EXPIRED
    stamped = t.sign("expired", DOC, kind, timestamper=t.timestamper(kind))
    assert verdict(verify_cms(stamped, DOC, t.config(), at=NOW)) == (F, S.EXPIRED)
    # before notBefore
    early = verify_cms(sig, DOC, t.config(), at=NOW - timedelta(days=1000))
    assert verdict(early) == (F, S.NOT_YET_VALID)


@pytest.mark.parametrize("kind", KINDS)
def test_revoked_certificate(kind: str) -> None:
    t = pki()
    h = t.hierarchies[kind]
    sig = t.sign("revoked", DOC, kind)
    report = verify_cms(sig, DOC, t.config(), at=NOW)
    assert verdict(report) == (IND, S.REVOKED_NO_POE)
    assert {e.source for e in report.signers[0].revocation} == {"CRL", "OCSP"}
    # CRL only, OCSP only
    only_crl = t.config(ocsp_responses=[])
    assert verdict(verify_cms(sig, DOC, only_crl, at=NOW)) == (IND, S.REVOKED_NO_POE)
    only_ocsp = t.config(crls=[])
    assert verdict(verify_cms(sig, DOC, only_ocsp, at=NOW)) == (IND, S.REVOKED_NO_POE)
    # a time-stamp before the revocation is proof of existence → passes
    before = t.sign(
        "revoked",
        DOC,
        kind,
        signing_time=NOW - timedelta(days=20, minutes=1),
        timestamper=t.timestamper(kind, NOW - timedelta(days=20)),
    )
    ok = verify_cms(before, DOC, t.config(), at=NOW)
    assert ok.passed, ok.signers[0].findings
    assert ok.signers[0].best_signature_time == NOW - timedelta(days=20)
    assert any("revoked later" in w for w in ok.signers[0].warnings)
    # validated as of a moment before the revocation → passes, with a warning
    assert verify_cms(sig, DOC, t.config(), at=h.revoked_at - timedelta(days=1)).passed


def test_revoked_at_issuance_is_total_failed() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    user = h.users["individual"]
    resp = builders.ocsp_response(
        user.cert,
        h.ca.cert,
        h.ocsp.cert,
        h.ocsp.key,
        produced_at=NOW,
        revoked_at=user.cert.not_valid_before - timedelta(days=1),
    )
    report = verify_cms(
        t.sign("individual", DOC, "rsa"), DOC, t.config(ocsp_responses=[resp]), at=NOW
    )
    assert verdict(report) == (F, S.REVOKED)


def test_unknown_ocsp_status_and_missing_revocation_data() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    user = h.users["individual"]
    unknown = builders.ocsp_response(
        user.cert, h.ca.cert, h.ocsp.cert, h.ocsp.key, produced_at=NOW, status="unknown"
    )
    sig = t.sign("individual", DOC, "rsa")
    report = verify_cms(sig, DOC, t.config(ocsp_responses=[unknown], crls=[]), at=NOW)
    assert verdict(report) == (IND, S.TRY_LATER)
    nothing = verify_cms(sig, DOC, t.config(ocsp_responses=[], crls=[]), at=NOW)
    assert verdict(nothing) == (IND, S.TRY_LATER)
    relaxed = verify_cms(
        sig, DOC, t.config(ocsp_responses=[], crls=[], require_revocation=False), at=NOW
    )
    assert relaxed.passed
    assert any("no usable revocation data" in w for w in relaxed.signers[0].warnings)


def test_stale_crl_and_stale_ocsp() -> None:
    t = pki()
    sig = t.sign("individual", DOC, "rsa")
    later = NOW + timedelta(days=60)  # CRL nextUpdate = now+30d; OCSP from now-1h
    report = verify_cms(sig, DOC, t.config(), at=later)
    assert verdict(report) == (IND, S.TRY_LATER)
    messages = report.signers[0].findings[0].message
    assert "CRL expired" in messages
    assert "too old" in messages


def test_foreign_trust_root() -> None:
    t = pki()
    gost_only = t.config(
        trust_anchors=[t.hierarchies["gost2015"].root.cert],
        intermediates=[t.hierarchies["gost2015"].ca.cert],
    )
    report = verify_cms(t.sign("individual", DOC, "rsa"), DOC, gost_only, at=NOW)
    assert verdict(report) == (IND, S.NO_CERTIFICATE_CHAIN_FOUND)


def test_require_iin_and_production_mode() -> None:
    t = pki()
    sig = t.sign("individual", DOC)
    assert verify_cms(sig, DOC, t.config(), at=NOW, require_iin="870412300416").passed
    wrong = verify_cms(sig, DOC, t.config(), at=NOW, require_iin="000000000000")
    assert verdict(wrong) == (IND, S.SIG_CONSTRAINTS_FAILURE)
    assert wrong.messages == ["no signer has the required IIN 000000000000"]
    prod = verify_cms(sig, DOC, t.config(production=True), at=NOW)
    assert verdict(prod) == (IND, S.SIG_CONSTRAINTS_FAILURE)


def test_ess_mismatch_is_indeterminate() -> None:
    t = pki()
    other = t.hierarchies["gost2015"].users["lawyer"].cert
    sig = t.sign("individual", DOC, ess_cert=other)
    assert verdict(verify_cms(sig, DOC, t.config(), at=NOW)) == (
        IND,
        S.NO_SIGNING_CERTIFICATE_FOUND,
    )
    lenient = verify_cms(sig, DOC, t.config(strict_ess=False), at=NOW)
    assert lenient.passed
    assert lenient.signers[0].warnings[0].startswith("ESS signing-certificate")
    no_ess = t.sign("individual", DOC, ess=False)
    assert verify_cms(no_ess, DOC, t.config(), at=NOW).passed


def test_two_signers_worst_verdict_wins() -> None:
    t = pki()
    good = t.sign("individual", DOC, "gost2015")
    both_ok = merge_signers(good, t.sign("legal_entity", DOC, "rsa"))
    report = verify_cms(both_ok, DOC, t.config(), at=NOW)
    assert report.passed
    assert len(report.signers) == 2
    assert {s.algorithm for s in report.signers} == {"GOST34.10-2015-512", "RSA-SHA256"}
    mixed = merge_signers(good, t.sign("revoked", DOC, "rsa"))
    assert verdict(verify_cms(mixed, DOC, t.config(), at=NOW)) == (IND, S.REVOKED_NO_POE)
    worse = merge_signers(t.sign("revoked", DOC, "rsa"), flip_signature(good))
    assert verdict(verify_cms(worse, DOC, t.config(), at=NOW)) == (F, S.SIG_CRYPTO_FAILURE)


def test_timestamp_order_and_invalid_tokens() -> None:
    t = pki()
    late_claim = t.sign(
        "individual",
        DOC,
        timestamper=t.timestamper("gost2015", NOW - timedelta(hours=2)),
        signing_time=NOW,
    )
    report = verify_cms(late_claim, DOC, t.config(), at=NOW)
    assert verdict(report) == (IND, S.TIMESTAMP_ORDER_FAILURE)
    # a token from a TSA we do not trust is ignored (warning), the signature still passes
    foreign = t.config(trust_anchors=[t.hierarchies["gost2015"].root.cert])
    stamped = t.sign("individual", DOC, timestamper=t.timestamper("rsa"))
    r = verify_cms(stamped, DOC, foreign, at=NOW)
    assert r.passed
    assert r.signers[0].timestamp is not None
    assert not r.signers[0].timestamp.valid
    assert "TSA certificate" in (r.signers[0].timestamp.problem or "")
    # a token over other data was never attached by the signer's NCALayer: refused (issue 11)
    h = t.hierarchies["gost2015"]
    wrong = t.sign(
        "individual",
        DOC,
        timestamper=lambda _sig: builders.timestamp_token(b"other", h.tsa.cert, h.tsa.key, NOW),
    )
    r2 = verify_cms(wrong, DOC, t.config(), at=NOW)
    assert verdict(r2) == (F, S.FORMAT_FAILURE)
    assert "imprint does not match" in (r2.signers[0].timestamp.problem or "")


def test_timestamp_by_non_tsa_certificate_is_ignored() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    lawyer = h.users["lawyer"]
    stamped = t.sign(
        "individual",
        DOC,
        "rsa",
        timestamper=lambda sig: builders.timestamp_token(sig, lawyer.cert, lawyer.key, NOW),
    )
    r = verify_cms(stamped, DOC, t.config(), at=NOW)
    assert r.passed
    assert "timeStamping" in (r.signers[0].timestamp.problem or "")
    expired_tsa = t.sign(
        "individual",
        DOC,
        "rsa",
        timestamper=lambda sig: builders.timestamp_token(
            sig, h.tsa.cert, h.tsa.key, NOW - timedelta(days=3000)
        ),
    )
    r2 = verify_cms(expired_tsa, DOC, t.config(), at=NOW)
    assert "not valid at genTime" in (r2.signers[0].timestamp.problem or "")
    sha1_imprint = t.sign(
        "individual",
        DOC,
        "rsa",
        timestamper=lambda sig: builders.timestamp_token(
            sig, h.tsa.cert, h.tsa.key, NOW, oids.SHA1
        ),
    )
    r3 = verify_cms(sha1_imprint, DOC, t.config(), at=NOW)
    assert "not accepted" in (r3.signers[0].timestamp.problem or "")


def test_report_json_keeps_raw_evidence() -> None:
    t = pki()
    sig = t.sign("individual", DOC, timestamper=t.timestamper("gost2015"))
    report = verify_cms(sig, DOC, t.config(), at=NOW)
    data = json.loads(report.to_json())
    signer = data["signers"][0]
    assert data["indication"] == "TOTAL_PASSED"
    assert data["sub_indication"] is None
    assert signer["timestamp"]["valid"]
    assert signer["timestamp"]["raw"]
    assert signer["certificate"]
    assert signer["cert_sha256"]
    assert any(e["source"] == "OCSP" and e["raw"] for e in signer["revocation"])
    assert signer["timestamp"]["gen_time"] == NOW.isoformat()


def test_delta_crl_applies_and_unrevokes() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    ind = h.users["individual"].cert
    rev = h.users["revoked"].cert
    delta = builders.crl_der(
        h.ca.cert,
        h.ca.key,
        [(ind.serial_number, NOW - timedelta(hours=3), "key_compromise")],
        this_update=NOW - timedelta(hours=2),
        next_update=NOW + timedelta(days=1),
        number=8,
        delta_base=7,
    )
    crls = [CrlIndex.build(h.crl, h.ca.cert), CrlIndex.build(delta), CrlIndex.build(h.root_crl)]
    cfg = t.config(ocsp_responses=[], crls=crls)
    report = verify_cms(t.sign("individual", DOC, "rsa"), DOC, cfg, at=NOW)
    assert verdict(report) == (IND, S.REVOKED_NO_POE)
    # removeFromCRL in a delta lifts a (hold) entry of the base
    lift = builders.crl_der(
        h.ca.cert,
        h.ca.key,
        [(rev.serial_number, NOW, "remove_from_crl")],
        this_update=NOW - timedelta(hours=1),
        next_update=NOW + timedelta(days=1),
        number=9,
        delta_base=7,
    )
    cfg2 = t.config(
        ocsp_responses=[],
        crls=[CrlIndex.build(h.crl), CrlIndex.build(lift), CrlIndex.build(h.root_crl)],
    )
    assert verify_cms(t.sign("revoked", DOC, "rsa"), DOC, cfg2, at=NOW).passed


def test_revoked_intermediate_ca() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    arl = builders.crl_der(
        h.root.cert,
        h.root.key,
        [(h.ca.cert.serial_number, NOW - timedelta(days=2), "ca_compromise")],
        this_update=NOW - timedelta(days=1),
        next_update=NOW + timedelta(days=1),
        number=4,
    )
    crls = [CrlIndex.build(h.crl), CrlIndex.build(arl)]
    report = verify_cms(t.sign("individual", DOC, "rsa"), DOC, t.config(crls=crls), at=NOW)
    assert verdict(report) == (IND, S.REVOKED_CA_NO_POE)

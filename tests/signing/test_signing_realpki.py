"""Every public Kalkan / NCA CMS fixture gets the right verdict (validated 'as of' a moment)."""

from datetime import timedelta

import pytest
from signing_helpers import at, cert, fx, real_cas, real_crls, real_ocsp, real_roots

from signing.core.crlindex import CrlIndex
from signing.core.path import TrustStore
from signing.core.report import Indication, SubIndication
from signing.core.tsp import validate_timestamp
from signing.core.validator import ValidationConfig, verify_cms

P, IND, F = Indication.TOTAL_PASSED, Indication.INDETERMINATE, Indication.TOTAL_FAILED
S = SubIndication
TEST123 = b"test123"


def config(**kw: object) -> ValidationConfig:
    base: dict[str, object] = {"trust_anchors": real_roots(), "intermediates": real_cas()}
    base.update(kw)
    return ValidationConfig(**base)  # type: ignore[arg-type]


def check(name: str, when: str, content: bytes | None = None, **kw: object):
    return verify_cms(
        fx(f"cms/{name}"), content, config(), at=at(when), crls=real_crls(), ocsp=real_ocsp(), **kw
    )


# (file, detached content, validation moment, document verdict, per-signer verdicts)
CASES = [
    # RSA individual 2021-01-18..2022-01-18, OCSP "good" (2022-09-02) → passes inside validity
    ("cms_attached_1signer_rsa_lol_kek.p7s", None, "2021-06-01", (P, None), [(P, None)]),
    ("cms_attached_1signer_rsa_test123.p7s", None, "2021-06-01", (P, None), [(P, None)]),
    # …and at its claimed signingTime (after expiry, no time-stamp): no proof of earlier signing
    (
        "cms_attached_1signer_rsa_test123.p7s",
        None,
        "2022-09-28T14:40:30",
        (IND, S.OUT_OF_BOUNDS_NO_POE),
        [(IND, S.OUT_OF_BOUNDS_NO_POE)],
    ),
    # GOST-2015 signer: OCSP "revoked" 1970-01-01 (RFC 6960 extended revoke: not issued) → REVOKED;
    # the RSA co-signer had expired by 2022-09 (the two validity windows never overlap)
    (
        "cms_attached_2signers_rsa_gost2015_test123.p7s",
        None,
        "2022-09-01",
        (F, S.REVOKED),
        [(F, S.REVOKED), (IND, S.OUT_OF_BOUNDS_NO_POE)],
    ),
    (
        "cms_detached_2signers_rsa_gost2015_test123.p7s",
        TEST123,
        "2022-09-01",
        (F, S.REVOKED),
        [(F, S.REVOKED), (IND, S.OUT_OF_BOUNDS_NO_POE)],
    ),
    (
        "cms_detached_2signers_rsa_gost2015_test123.p7s",
        TEST123,
        "2021-06-01",
        (F, S.NOT_YET_VALID),
        [(F, S.NOT_YET_VALID), (P, None)],
    ),
    # generated with the public keys (ESS signingCertificateV2 present)
    ("attached_gost2004_gost1v2021.p7s", None, "2022-06-01", (P, None), [(P, None)]),
    ("detached_rsa_individual2021.p7s", "petition", "2021-06-01", (P, None), [(P, None)]),
    # GOST-2015 2024 key: no revocation data covering 2025 (the only GOST-2015 CRL expired 2023)
    (
        "attached_gost2015_gost1v2023.p7s",
        None,
        "2025-06-01",
        (IND, S.TRY_LATER),
        [(IND, S.TRY_LATER)],
    ),
]


@pytest.mark.parametrize(("name", "content", "when", "doc", "signers"), CASES)
def test_real_cms_verdicts(name, content, when, doc, signers) -> None:
    data = fx("cms/petition.txt") if content == "petition" else content
    report = check(name, when, data)
    assert (report.indication, report.sub_indication) == doc
    assert [(s.indication, s.sub_indication) for s in report.signers] == signers


def test_real_gost2015_passes_when_revocation_is_not_required() -> None:
    report = verify_cms(
        fx("cms/attached_gost2015_gost1v2023.p7s"),
        None,
        config(require_revocation=False),
        at=at("2025-06-01"),
    )
    assert report.passed
    signer = report.signers[0]
    assert signer.algorithm == "GOST34.10-2015-512"
    assert signer.digest_algorithm == "streebog512"
    assert signer.iin == "123456789011"
    assert signer.roles == ["1.2.398.3.3.4.1.1"]
    assert len(signer.chain) == 2


def test_real_signer_report_fields() -> None:
    report = check("cms_detached_2signers_rsa_gost2015_test123.p7s", "2022-09-01", TEST123)
    gost, rsa = report.signers
    assert report.attached is False
    assert gost.iin == "123456789012"
    assert gost.common_name == "ТЕСТТОВ ТЕСТТ"
    assert gost.cert_serial == "ff06211dc82beb00253ffa000f1de84abef454f"
    assert "TEST 2022" in (gost.cert_issuer or "")
    assert gost.signing_time == at("2022-09-27T21:29:41")
    ocsp = next(e for e in gost.revocation if e.source == "OCSP")
    assert ocsp.status == "revoked"
    assert ocsp.raw is not None
    assert ocsp.reason == "certificate_hold"
    assert rsa.algorithm == "RSA-SHA256"
    assert rsa.iin == "123456789011"
    d = report.to_dict()
    assert d["signers"][0]["revocation"][0]["raw"]  # base64 evidence kept
    assert d["indication"] == "TOTAL_FAILED"


def test_real_detached_without_content_and_tampered() -> None:
    name = "cms_detached_2signers_rsa_gost2015_test123.p7s"
    missing = check(name, "2021-06-01")
    assert missing.sub_indication is S.SIGNED_DATA_NOT_FOUND
    tampered = check(name, "2021-06-01", b"test124")
    assert (tampered.indication, tampered.sub_indication) == (F, S.HASH_FAILURE)
    attached = check("cms_attached_1signer_rsa_lol_kek.p7s", "2021-06-01", b"other")
    assert (attached.indication, attached.sub_indication) == (F, S.HASH_FAILURE)


def test_real_foreign_root_and_wrong_iin() -> None:
    foreign = verify_cms(
        fx("cms/cms_attached_1signer_rsa_lol_kek.p7s"),
        None,
        ValidationConfig(
            trust_anchors=[cert("trust/root_gost_test.pem")], intermediates=real_cas()
        ),
        at=at("2021-06-01"),
        ocsp=real_ocsp(),
    )
    assert (foreign.indication, foreign.sub_indication) == (IND, S.NO_CERTIFICATE_CHAIN_FOUND)
    wrong = check("cms_attached_1signer_rsa_lol_kek.p7s", "2021-06-01", require_iin="123456789012")
    assert (wrong.indication, wrong.sub_indication) == (IND, S.SIG_CONSTRAINTS_FAILURE)
    right = check("cms_attached_1signer_rsa_lol_kek.p7s", "2021-06-01", require_iin="123456789011")
    assert right.passed


def test_real_test_identities_refused_in_production() -> None:
    report = verify_cms(
        fx("cms/cms_attached_1signer_rsa_lol_kek.p7s"),
        None,
        config(production=True),
        at=at("2021-06-01"),
        ocsp=real_ocsp(),
    )
    assert (report.indication, report.sub_indication) == (IND, S.SIG_CONSTRAINTS_FAILURE)


def test_real_crl_only_evidence() -> None:
    # the RSA test CRL (2022-03-29) lists the revoked sign key (revoked minutes after issuance)
    revoked = cert("certs/p12cert_individual_sign_revoked_2004.cer")
    ca = cert("ca/nca_rsa_test.pem")
    idx = CrlIndex.build(fx("crl/res_crl_nca_rsa_test.crl"), ca)
    entry = idx.lookup(revoked.serial_number)
    assert entry is not None
    assert entry.reason == "superseded"
    assert entry.revocation_time > revoked.not_valid_before
    # a certificate that expired before the CRL was issued: absence proves nothing
    lol = verify_cms(
        fx("cms/cms_attached_1signer_rsa_lol_kek.p7s"),
        None,
        config(),
        at=at("2021-06-01"),
        crls=real_crls(),
    )
    assert (lol.indication, lol.sub_indication) == (IND, S.TRY_LATER)
    assert "after the certificate expired" in lol.signers[0].findings[0].message


def test_real_ocsp_freshness() -> None:
    # the OCSP "good" response is from 2022-09-02: too old for a validation on 2022-09-20
    report = verify_cms(
        fx("cms/cms_attached_1signer_rsa_lol_kek.p7s"),
        None,
        config(ocsp_max_age=timedelta(days=1)),
        at=at("2022-01-10"),
        ocsp=real_ocsp(),
    )
    assert report.passed  # issued after the validation time: fresh enough
    late = verify_cms(
        fx("cms/cms_attached_1signer_rsa_lol_kek.p7s"),
        None,
        config(),
        at=at("2022-09-20"),
        ocsp=real_ocsp(),
    )
    assert late.sub_indication is S.OUT_OF_BOUNDS_NO_POE
    assert any("too old" in f.message for f in late.signers[0].findings)


def test_real_gost2004_crl_and_ocsp_revoked_ceo() -> None:
    # GOST-2004 CEO key revoked 2022-01-18 (after issuance) → REVOKED_NO_POE from CRL and OCSP
    from signing.core import revocation

    ceo = cert("certs/p12cert_ceo_sign_revoked_2004.cer")
    ca = cert("ca/nca_gost_test.pem")
    src = revocation.RevocationSources(
        crls=[CrlIndex.build(fx("crl/res_crl_nca_gost_test.crl"))], ocsp_responses=real_ocsp()
    )
    res = revocation.check(ceo, ca, at("2022-06-01"), src)
    assert {e.source for e in res.evidence} == {"CRL", "OCSP"}
    assert res.decisive is not None
    assert res.decisive.status == "revoked"


def test_real_timestamp_token_signature() -> None:
    store = TrustStore([cert("trust/root_gost_test.pem")], [cert("ca/nca_gost_test.pem")])
    info = validate_timestamp(fx("tsp/res_tsp_tsp_token.bin"), b"unknown stamped data", store)
    assert info.gen_time == at("2022-09-18T13:20:14")
    assert info.tsa is not None
    assert "МЕТКИ ВРЕМЕНИ" in info.tsa
    assert not info.valid
    assert "imprint" in (info.problem or "")
    bad = validate_timestamp(fx("tsp/res_tsp_tsp_response.bin"), b"", store)
    assert not bad.valid
    assert "malformed" in (bad.problem or "")

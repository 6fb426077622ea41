"""Issue 11: hostile CMS input ends in a refusal, quickly, and never in an exception.

Times are CPU seconds of this process (``time.process_time``), so a loaded machine does not make
the bounds flaky; the acceptance bound is 100 ms per refusal.
"""

import hashlib
import json
import time
from collections.abc import Callable

import pytest
from asn1crypto import cms
from hostile import (
    bomb_cas,
    deep_name_cms,
    econtent_type_retagged,
    path_bomb,
    tsa_bomb_timestamper,
    with_trailing_junk,
    with_unsigned_attribute,
)
from signing_helpers import NOW, pki

from signing import cli
from signing.core import der, path
from signing.core.cms import MAX_CERTIFICATES, MAX_SIGNERS, CmsFormatError, parse_cms
from signing.core.report import Indication, SubIndication
from signing.core.signer import PrivateKey, sign_cms
from signing.core.validator import MAX_TIMESTAMPS, verify_cms
from signing.testpki import builders

DOC = b"challenge"
S = SubIndication
LIMIT_S = 0.1


def cpu(fn: Callable[[], object]) -> tuple[object, float]:
    start = time.process_time()
    try:
        result: object = fn()
    except CmsFormatError as exc:
        result = exc
    return result, time.process_time() - start


@pytest.mark.parametrize("k", [8, MAX_CERTIFICATES - 1])
def test_the_path_bomb_is_refused_as_no_chain_within_100_ms(k: int) -> None:
    sig, cfg = path_bomb(DOC, k), pki().config()
    report, spent = cpu(lambda: verify_cms(sig, DOC, cfg))
    assert (report.indication, report.sub_indication) == (  # type: ignore[union-attr]
        Indication.INDETERMINATE,
        S.NO_CERTIFICATE_CHAIN_FOUND,
    )
    assert spent < LIMIT_S


def test_a_path_bomb_of_50_is_refused_by_the_certificate_cap_within_100_ms() -> None:
    sig, cfg = path_bomb(DOC, 50), pki().config()
    refused, spent = cpu(lambda: verify_cms(sig, DOC, cfg))
    assert isinstance(refused, CmsFormatError)
    assert f"51 certificates; at most {MAX_CERTIFICATES}" in str(refused)  # the signer's too
    assert spent < LIMIT_S


@pytest.mark.parametrize("k", [8, 50])
def test_path_building_alone_bounds_the_bomb(k: int) -> None:
    """Without the parser's cap (certificates pinned as intermediates, say)."""
    cas = list(bomb_cas(k))
    ee = cms.ContentInfo.load(path_bomb(DOC, 1))["content"]["certificates"][0].chosen
    store = path.TrustStore(pki().anchors(), cas)
    started = time.process_time()
    with pytest.raises(path.PathError) as caught:
        path.build_path(ee, store, [*cas, *reversed(cas)])
    assert time.process_time() - started < LIMIT_S
    assert caught.value.kind == "no_chain"


def test_the_search_stops_after_its_budget_of_checks() -> None:
    """70 would-be issuers under the signer's issuer name, each with its own (GOST) key: every
    one is a distinct (subject, key), every check fails; the budget ends the search."""
    ee = cms.ContentInfo.load(path_bomb(DOC, 1))["content"]["certificates"][0].chosen
    issuer = bomb_cas(1)[0]
    signer = PrivateKey.generate("rsa")
    decoys = [
        builders.certificate(
            subject=issuer.subject,
            key=PrivateKey.generate("gost2015"),
            issuer=issuer,
            issuer_key=signer,
            serial=5000 + i,
            not_before=NOW,
            not_after=NOW,
            ca=True,
            subject_key_id=issuer.key_identifier,
        )
        for i in range(path.MAX_CHECKS + 6)
    ]
    started = time.process_time()
    with pytest.raises(path.PathError, match=f"stopped after {path.MAX_CHECKS} checks"):
        path.build_path(ee, path.TrustStore(pki().anchors()), decoys)
    assert time.process_time() - started < LIMIT_S


def test_the_trust_store_issuer_is_tried_before_a_copy_in_the_cms() -> None:
    """A CMS copy of the pinned intermediate (same name and key, here made by the CA's own key
    as a non-CA certificate) does not shadow the pinned one: the path is the pinned one."""
    h = pki().hierarchies["rsa"]
    u = h.users["individual"]
    copy = builders.certificate(
        subject=h.ca.cert.subject,
        key=h.ca.key,
        issuer=h.root.cert,
        issuer_key=h.root.key,
        serial=999_999,
        not_before=NOW,
        not_after=NOW,
        subject_key_id=h.ca.cert.key_identifier,
    )
    store = path.TrustStore(pki().anchors(), [h.ca.cert])
    built = path.build_path(u.cert, store, [copy])
    assert [c.dump() for c in built] == [u.cert.dump(), h.ca.cert.dump(), h.root.cert.dump()]
    report = verify_cms(
        pki().sign("individual", DOC, "rsa", extra_certs=[copy]), DOC, pki().config(), at=NOW
    )
    assert report.passed


def test_a_bomb_in_the_tsa_chain_is_ignored_quickly() -> None:
    sig = pki().sign("individual", DOC, "rsa", timestamper=tsa_bomb_timestamper(8))
    cfg = pki().config()
    report, spent = cpu(lambda: verify_cms(sig, DOC, cfg, at=NOW))
    assert report.passed  # type: ignore[union-attr]
    assert "TSA certificate: no path" in str(report.signers[0].timestamp.problem)  # type: ignore[union-attr]
    assert spent < LIMIT_S


def test_a_deeply_nested_name_is_a_format_failure_not_a_crash() -> None:
    sig = deep_name_cms(DOC)
    report = verify_cms(sig, DOC, pki().config())
    assert (report.indication, report.sub_indication) == (Indication.TOTAL_FAILED, S.FORMAT_FAILURE)
    assert "recursion" in report.signers[0].findings[0].message


def test_a_retagged_econtent_type_is_refused_as_not_a_cms() -> None:
    sig = econtent_type_retagged(pki().sign("individual", DOC, "rsa"))
    with pytest.raises(CmsFormatError):
        verify_cms(sig, DOC, pki().config(), at=NOW)


def test_data_after_the_cms_is_refused() -> None:
    good = pki().sign("individual", DOC, "rsa")
    assert verify_cms(good, DOC, pki().config(), at=NOW).passed
    for junk in (with_trailing_junk(good), with_trailing_junk(good, 1), good + b"\x00\x00"):
        with pytest.raises(CmsFormatError, match="trailing"):
            parse_cms(junk)


def test_an_unsigned_attribute_added_after_signing_is_refused() -> None:
    changed = with_unsigned_attribute(pki().sign("individual", DOC, "rsa"))
    report = verify_cms(changed, DOC, pki().config(), at=NOW)
    assert (report.indication, report.sub_indication) == (Indication.TOTAL_FAILED, S.FORMAT_FAILURE)


def test_the_report_names_the_bytes_it_verified() -> None:
    import base64

    good = pki().sign("individual", DOC, "rsa")
    expected = hashlib.sha256(good).hexdigest()
    for form in (good, base64.b64encode(good)):
        report = verify_cms(form, DOC, pki().config(), at=NOW)
        assert report.cms_sha256 == expected
        assert report.to_dict()["cms_sha256"] == expected


def test_too_many_signers_or_time_stamps_are_refused() -> None:
    good = pki().sign("individual", DOC, "rsa")
    info = cms.ContentInfo.load(good)
    si = info["content"]["signer_infos"][0]
    info["content"]["signer_infos"] = [si] * (MAX_SIGNERS + 1)
    with pytest.raises(CmsFormatError, match="signers"):
        parse_cms(info.dump(force=False))
    stamp = pki().timestamper("rsa")
    user = pki().hierarchies["rsa"].users["individual"]

    def stamps(value: bytes) -> bytes:
        return stamp(value)

    sig = sign_cms(DOC, user.key, user.cert, signing_time=NOW, timestamper=stamps)
    info = cms.ContentInfo.load(sig)
    si = info["content"]["signer_infos"][0]
    token = si["unsigned_attrs"][0]["values"][0]
    si["unsigned_attrs"] = [
        {"type": "signature_time_stamp_token", "values": [token] * (MAX_TIMESTAMPS + 1)}
    ]
    report = verify_cms(info.dump(force=False), DOC, pki().config(), at=NOW)
    assert (report.indication, report.sub_indication) == (Indication.TOTAL_FAILED, S.FORMAT_FAILURE)


def test_the_cli_answers_json_for_every_hostile_input(tmp_path, capsys) -> None:
    good = pki().sign("individual", DOC, "rsa")
    cases = {
        "deep.p7s": (deep_name_cms(DOC), 1),
        "retagged.p7s": (econtent_type_retagged(good), 2),
        "junk.p7s": (with_trailing_junk(good), 2),
        "bomb.p7s": (path_bomb(DOC, 8), 1),
        "bomb50.p7s": (path_bomb(DOC, 50), 2),
    }
    (tmp_path / "doc").write_bytes(DOC)
    for name, (blob, expected) in cases.items():
        (tmp_path / name).write_bytes(blob)
        args = ["verify", "--signature", str(tmp_path / name), "--content", str(tmp_path / "doc")]
        assert cli.main(args) == expected, name
        out = json.loads(capsys.readouterr().out)
        assert out["indication"] in ("TOTAL_FAILED", "INDETERMINATE"), name


def test_a_time_stamp_token_changed_after_signing_is_refused() -> None:
    """The token is an unsigned attribute: a byte changed in it used to be "ignored", and the
    changed bytes were then stored as the citizen's signature."""
    good = pki().sign("individual", DOC, "rsa", timestamper=pki().timestamper("rsa"))
    cfg = pki().config()
    assert verify_cms(good, DOC, cfg, at=NOW).passed
    token = der.raw(parse_cms(good).signer_infos[0]["unsigned_attrs"][0]["values"][0])
    tst_sig = cms.ContentInfo.load(token)["content"]["signer_infos"][0]["signature"].native
    at = good.index(tst_sig) + 5  # a byte of the TSA's signature value
    changed = good[:at] + bytes([good[at] ^ 1]) + good[at + 1 :]
    report = verify_cms(changed, DOC, cfg, at=NOW)
    assert (report.indication, report.sub_indication) == (
        Indication.TOTAL_FAILED,
        S.FORMAT_FAILURE,
    )
    assert "time-stamp damaged" in report.signers[0].findings[0].message


def test_version_fields_outside_the_signature_are_checked() -> None:
    good = pki().sign("individual", DOC, "rsa")
    info = cms.ContentInfo.load(good)
    info["content"]["signer_infos"][0]["version"] = "v3"  # an issuerAndSerial sid says v1
    with pytest.raises(CmsFormatError, match="version"):
        parse_cms(info.dump(force=False))


def test_algorithm_identifiers_outside_the_signature_may_not_vary() -> None:
    good = pki().sign("individual", DOC, "rsa")
    extra = cms.ContentInfo.load(good)
    extra["content"]["digest_algorithms"] = [{"algorithm": "sha256"}, {"algorithm": "sha1"}]
    with pytest.raises(CmsFormatError, match="digestAlgorithms"):
        parse_cms(extra.dump(force=False))
    # the SignerInfo's sha256 digestAlgorithm with an empty OCTET STRING for its NULL
    sha256 = b"\x06\x09\x60\x86\x48\x01\x65\x03\x04\x02\x01\x05\x00"
    at = good.rindex(sha256) + len(sha256) - 2
    with pytest.raises(CmsFormatError):  # asn1crypto knows sha256 takes NULL; others: ours
        parse_cms(good[:at] + b"\x04\x00" + good[at + 2 :])

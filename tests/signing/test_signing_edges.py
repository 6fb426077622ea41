"""Edge cases of the CMS, path, revocation and CRL code (hand-built malformed inputs)."""

import hashlib
import http.server
import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from asn1crypto import cms, core, tsp, x509
from signing_helpers import NOW, pki

from signing.core import certs, crlindex, der, fetch, oids, path, revocation
from signing.core.cms import CmsFormatError, parse_cms
from signing.core.crlindex import CrlError, CrlIndex
from signing.core.report import Indication, SubIndication
from signing.core.signer import PrivateKey, sign_detached
from signing.core.validator import verify_cms
from signing.testpki import builders

S = SubIndication
DOC = b"document"


def user(name: str = "individual", kind: str = "rsa"):
    return pki().hierarchies[kind].users[name]


def attrs(key: PrivateKey, cert: x509.Certificate, data: bytes = DOC, **extra: object) -> list:
    digest_oid = key.default_digest()
    from signing.core.algorithms import digest

    out = [
        {"type": "content_type", "values": ["data"]},
        {"type": "signing_time", "values": [cms.Time({"utc_time": NOW})]},
        {"type": "message_digest", "values": [digest(digest_oid, data)]},
    ]
    out.extend(extra.get("more", []))  # type: ignore[arg-type]
    return out


def custom(
    attr_list: list | None,
    *,
    kind: str = "rsa",
    name: str = "individual",
    sid: str = "ias",
    unsigned: list | None = None,
    certs_: list | None = None,
    content: bytes = DOC,
    signed_der: bytes | None = None,
) -> bytes:
    """A SignedData with full control over the SignerInfo (detached)."""
    u = user(name, kind)
    digest_oid = u.key.default_digest()
    if signed_der is not None:
        signed = cms.CMSAttributes.load(signed_der)
        sig_oid, sig = u.key.sign(signed_der)
    elif attr_list is None:
        sig_oid, sig = u.key.sign(content)
        signed = None
    else:
        signed = cms.CMSAttributes(attr_list)
        sig_oid, sig = u.key.sign(signed.dump())
    ident = (
        cms.SignerIdentifier(
            {
                "issuer_and_serial_number": {
                    "issuer": u.cert.issuer.copy(),
                    "serial_number": u.cert.serial_number,
                }
            }
        )
        if sid == "ias"
        else cms.SignerIdentifier({"subject_key_identifier": u.cert.key_identifier})
    )
    si: dict[str, object] = {
        "version": "v1" if sid == "ias" else "v3",
        "sid": ident,
        "digest_algorithm": {"algorithm": digest_oid},
        "signature_algorithm": {"algorithm": sig_oid},
        "signature": sig,
    }
    if signed is not None:
        si["signed_attrs"] = signed
    if unsigned:
        si["unsigned_attrs"] = unsigned
    sd = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": digest_oid}],
            "encap_content_info": {"content_type": "data"},
            "certificates": [u.cert] if certs_ is None else certs_,
            "signer_infos": [si],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def check(blob: bytes, content: bytes = DOC, **kw: object):
    return verify_cms(blob, content, pki().config(**kw), at=NOW)


def test_subject_key_identifier_sid_and_no_signed_attributes() -> None:
    u = user()
    assert check(custom(attrs(u.key, u.cert), sid="ski")).passed
    assert check(custom(None)).passed  # signature directly over the content


def test_attribute_format_failures() -> None:
    u = user()
    base = attrs(u.key, u.cert)
    dup = custom([*base, {"type": "signing_time", "values": [cms.Time({"utc_time": NOW})]}])
    assert check(dup).sub_indication is S.FORMAT_FAILURE
    no_digest = custom([a for a in base if a["type"] != "message_digest"])
    assert check(no_digest).sub_indication is S.FORMAT_FAILURE
    wrong_type = custom([{"type": "content_type", "values": ["tst_info"]}, *base[1:]])
    assert check(wrong_type).sub_indication is S.FORMAT_FAILURE
    no_time = custom([a for a in base if a["type"] != "signing_time"])
    report = check(no_time)
    assert report.passed
    assert report.signers[0].signing_time is None


def _protection(digest_oid: str, sig_oid: str | None) -> dict:
    value: dict[str, object] = {"digest_algorithm": {"algorithm": digest_oid}}
    if sig_oid is not None:
        value["signature_algorithm"] = {"algorithm": sig_oid}
    return {"type": "cms_algorithm_protection", "values": [cms.CMSAlgorithmProtection(value)]}


def test_cms_algorithm_protection() -> None:
    u = user()
    ok = custom(attrs(u.key, u.cert, more=[_protection(oids.SHA256, oids.SHA256_RSA)]))
    assert check(ok).passed
    digest_only = custom(attrs(u.key, u.cert, more=[_protection(oids.SHA256, None)]))
    assert check(digest_only).passed
    bad = custom(attrs(u.key, u.cert, more=[_protection(oids.SHA512, oids.SHA256_RSA)]))
    assert check(bad).sub_indication is S.FORMAT_FAILURE


def _ess_v2(
    cert_bytes: bytes, *, alg: str | None = None, issuer_serial: dict | None = None
) -> dict:
    cid: dict[str, object] = {"cert_hash": hashlib.sha256(cert_bytes).digest()}
    if alg is not None:
        cid["hash_algorithm"] = {"algorithm": alg}
        cid["cert_hash"] = hashlib.sha512(cert_bytes).digest() if alg == "sha512" else b"x"
    if issuer_serial is not None:
        cid["issuer_serial"] = issuer_serial
    return {
        "type": "signing_certificate_v2",
        "values": [tsp.SigningCertificateV2({"certs": [cid]})],
    }


def test_ess_variants() -> None:
    u = user()
    raw = u.cert.dump()
    issuer_serial = {
        "issuer": [x509.GeneralName(name="directory_name", value=u.cert.issuer.copy())],
        "serial_number": u.cert.serial_number,
    }
    assert check(
        custom(attrs(u.key, u.cert, more=[_ess_v2(raw, issuer_serial=issuer_serial)]))
    ).passed
    assert check(custom(attrs(u.key, u.cert, more=[_ess_v2(raw, alg="sha512")]))).passed
    unknown_alg = custom(attrs(u.key, u.cert, more=[_ess_v2(raw, alg="1.2.3.4")]))
    assert check(unknown_alg).sub_indication is S.NO_SIGNING_CERTIFICATE_FOUND
    wrong_serial = dict(issuer_serial, serial_number=1)
    bad = custom(attrs(u.key, u.cert, more=[_ess_v2(raw, issuer_serial=wrong_serial)]))
    assert check(bad).sub_indication is S.NO_SIGNING_CERTIFICATE_FOUND
    v1 = {
        "type": "signing_certificate",
        "values": [tsp.SigningCertificate({"certs": [{"cert_hash": hashlib.sha1(raw).digest()}]})],
    }
    assert check(custom(attrs(u.key, u.cert, more=[v1]))).passed
    v1_bad = {
        "type": "signing_certificate",
        "values": [tsp.SigningCertificate({"certs": [{"cert_hash": bytes(20)}]})],
    }
    assert (
        check(custom(attrs(u.key, u.cert, more=[v1_bad]))).sub_indication
        is S.NO_SIGNING_CERTIFICATE_FOUND
    )


def test_unknown_certificate_and_other_unsigned_attributes() -> None:
    u = user()
    report = verify_cms(
        custom(attrs(u.key, u.cert), certs_=[]), DOC, pki().config(intermediates=[]), at=NOW
    )
    assert report.sub_indication is S.NO_SIGNING_CERTIFICATE_FOUND
    assert report.signers[0].cert_serial is None
    # an unsigned attribute outside CAdES is bytes nobody signed, smuggled into what is stored
    other = [{"type": "content_type", "values": ["data"]}]
    refused = check(custom(attrs(u.key, u.cert), unsigned=other))
    assert (refused.indication, refused.sub_indication) == (
        Indication.TOTAL_FAILED,
        S.FORMAT_FAILURE,
    )
    assert "not a CAdES attribute" in refused.signers[0].findings[0].message


def test_malformed_signer_info_is_format_failure() -> None:
    u = user()
    base = cms.CMSAttributes([a for a in attrs(u.key, u.cert) if a["type"] != "signing_time"])
    bad_time = builders._tlv(
        0x30, core.ObjectIdentifier("1.2.840.113549.1.9.5").dump() + b"\x31\x03\x04\x01\x00"
    )
    report = check(custom(None, signed_der=builders._tlv(0x31, base.contents + bad_time)))
    assert (report.indication, report.sub_indication) == (Indication.TOTAL_FAILED, S.FORMAT_FAILURE)
    assert "malformed SignerInfo" in report.signers[0].findings[0].message


def test_parse_cms_refusals() -> None:
    with pytest.raises(CmsFormatError, match="not signedData"):
        parse_cms(cms.ContentInfo({"content_type": "data", "content": b"x"}).dump())
    with pytest.raises(CmsFormatError, match="not a CMS"):
        parse_cms(b"not base64 at all !!!")
    empty = cms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": cms.SignedData(
                {
                    "version": "v1",
                    "digest_algorithms": [],
                    "encap_content_info": {"content_type": "data"},
                    "signer_infos": [],
                }
            ),
        }
    ).dump()
    with pytest.raises(CmsFormatError, match="no SignerInfo"):
        parse_cms(empty)


def test_two_timestamps_first_invalid() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    u = h.users["individual"]

    base = attrs(u.key, u.cert)
    signed = cms.CMSAttributes(base)
    _, sig = u.key.sign(signed.dump())
    good = builders.timestamp_token(sig, h.tsa.cert, h.tsa.key, NOW)
    wrong = builders.timestamp_token(b"other", h.tsa.cert, h.tsa.key, NOW)
    unsigned = [
        {
            "type": "signature_time_stamp_token",
            "values": [cms.ContentInfo.load(wrong), cms.ContentInfo.load(good)],
        }
    ]
    blob = custom(base, unsigned=unsigned)
    # the signature value of `custom` equals `sig` (PKCS#1 v1.5 is deterministic)
    report = check(blob)
    assert report.signers[0].timestamp is not None
    assert report.signers[0].timestamp.valid  # the good token is still found and used...
    # ...but a token over another signature is bytes the signer's NCALayer never attached:
    # stored with the petition, they would pass for part of what was signed (issue 11)
    assert (report.indication, report.sub_indication) == (
        Indication.TOTAL_FAILED,
        S.FORMAT_FAILURE,
    )
    assert "time-stamp damaged: time-stamp imprint" in report.signers[0].findings[0].message


def test_timestamp_token_not_tstinfo_and_bad_signature() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    not_tst = t.sign(
        "individual", DOC, "rsa", timestamper=lambda s: sign_detached(s, h.tsa.key, h.tsa.cert)
    )
    r = check(not_tst)
    assert "not a TSTInfo" in (r.signers[0].timestamp.problem or "")
    from signing_helpers import flip_signature

    broken = t.sign(
        "individual",
        DOC,
        "rsa",
        timestamper=lambda s: flip_signature(
            builders.timestamp_token(s, h.tsa.cert, h.tsa.key, NOW)
        ),
    )
    r2 = check(broken)
    assert "time-stamp signature" in (r2.signers[0].timestamp.problem or "")


# ------------------------------------------------------------------ path / constraints


def _ca_variant(**kw: object) -> tuple[x509.Certificate, PrivateKey]:
    h = pki().hierarchies["rsa"]
    key = PrivateKey.generate("gost2015")
    params: dict[str, object] = {
        "subject": builders.name("VARIANT CA TEST"),
        "key": key,
        "issuer": h.root.cert,
        "issuer_key": h.root.key,
        "serial": 901,
        "not_before": NOW - timedelta(days=5),
        "not_after": NOW + timedelta(days=5),
        "ca": True,
        "key_usage": ("key_cert_sign", "crl_sign"),
    }
    params.update(kw)
    return builders.certificate(**params), key  # type: ignore[arg-type]


def _leaf(
    ca: x509.Certificate, ca_key: PrivateKey, **kw: object
) -> tuple[x509.Certificate, PrivateKey]:
    key = PrivateKey.generate("gost2015")
    params: dict[str, object] = {
        "subject": builders.name("ЛИСТ", iin="990101300011"),
        "key": key,
        "issuer": ca,
        "issuer_key": ca_key,
        "serial": 902,
        "not_before": NOW - timedelta(days=1),
        "not_after": NOW + timedelta(days=1),
        "key_usage": ("digital_signature", "non_repudiation"),
        "eku": [oids.EKU_EMAIL_PROTECTION],
    }
    params.update(kw)
    return builders.certificate(**params), key  # type: ignore[arg-type]


def _loner(*, serial: int) -> x509.Certificate:
    """A self-signed CA certificate that is not a trust anchor."""
    root_key = pki().hierarchies["rsa"].root.key
    return builders.certificate(
        subject=builders.name("LONER"),
        key=root_key,
        issuer=None,
        issuer_key=root_key,
        serial=serial,
        not_before=NOW,
        not_after=NOW + timedelta(days=1),
        ca=True,
    )


def _constraints(ca: x509.Certificate, ca_key: PrivateKey, **leaf_kw: object) -> list[str]:
    leaf, _ = _leaf(ca, ca_key, **leaf_kw)
    root = pki().hierarchies["rsa"].root.cert
    store = path.TrustStore([root])
    return path.check_constraints(path.build_path(leaf, store, [ca]))


def test_chain_constraint_problems() -> None:
    not_ca, k1 = _ca_variant(ca=False, key_usage=("key_cert_sign",))
    assert any("not a CA" in p for p in _constraints(not_ca, k1))
    no_kcs, k2 = _ca_variant(key_usage=("crl_sign",))
    assert any("keyCertSign" in p for p in _constraints(no_kcs, k2))
    zero, k3 = _ca_variant(path_len=0)
    sub_ca, k4 = _ca_variant(
        issuer=zero, issuer_key=k3, subject=builders.name("SUB CA TEST"), serial=903
    )
    leaf, _ = _leaf(sub_ca, k4)
    store = path.TrustStore([pki().hierarchies["rsa"].root.cert])
    built = path.build_path(leaf, store, [zero, sub_ca])
    assert any("pathLenConstraint" in p for p in path.check_constraints(built))
    odd = {"extn_id": "1.2.3.4.5", "critical": True, "extn_value": core.OctetString(b"x").dump()}
    ca, k5 = _ca_variant()
    assert any("unknown critical" in p for p in _constraints(ca, k5, extra_extensions=[odd]))


def test_path_building_dead_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    h = pki().hierarchies["rsa"]
    root = h.root.cert
    # an impostor CA: same name, other key, no key identifiers → signature check fails
    impostor, _ = _ca_variant(
        subject=h.ca.cert.subject.copy(),
        key=PrivateKey.generate("rsa"),
        subject_key_id=h.ca.cert.key_identifier,
    )
    store = path.TrustStore([root], [impostor])
    leaf = h.users["lawyer"].cert
    with pytest.raises(path.PathError, match="does not verify"):
        path.build_path(leaf, store)
    # a self-signed certificate that is not an anchor
    self_signed = _loner(serial=904)
    with pytest.raises(path.PathError):
        path.build_path(self_signed, store)
    monkeypatch.setattr(path, "MAX_DEPTH", 0)
    with pytest.raises(path.PathError):
        path.build_path(leaf, path.TrustStore([root], [h.ca.cert]))


def test_signature_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(path, "_CACHE_SIZE", 1)
    h = pki().hierarchies["rsa"]
    assert path.signed_by(h.users["lawyer"].cert, h.ca.cert) is None
    assert path.signed_by(h.users["auth"].cert, h.ca.cert) is None
    assert path.signed_by(h.users["auth"].cert, h.ca.cert) is None  # cache hit
    assert len(path._sig_cache) == 1


def test_certificate_usage_and_identity_variants() -> None:
    h = pki().hierarchies["rsa"]
    no_ds, _ = _leaf(h.ca.cert, h.ca.key, key_usage=("non_repudiation",))
    assert certs.usage_problem(no_ds, "auth") == "key usage lacks digitalSignature"
    auth_policy, _ = _leaf(h.ca.cert, h.ca.key, policies=[oids.POLICY_RSA_AUTH])
    assert "AUTH policy" in (certs.usage_problem(auth_policy, "petition") or "")
    client, _ = _leaf(h.ca.cert, h.ca.key, eku=[oids.EKU_CLIENT_AUTH])
    assert "emailProtection" in (certs.usage_problem(client, "petition") or "")
    org, _ = _leaf(h.ca.cert, h.ca.key, subject=builders.name("СЕРВИС", bin_="190340012345"))
    ident = certs.extract_identity(org)
    assert (ident.iin, ident.bin) == (None, "190340012345")
    san = {
        "extn_id": "subject_alt_name",
        "critical": False,
        "extn_value": [
            x509.GeneralName(name="dns_name", value="a.kz"),
            x509.GeneralName(name="rfc822_name", value="a@a.kz"),
        ],
    }
    mail, _ = _leaf(h.ca.cert, h.ca.key, extra_extensions=[san])
    assert certs.extract_identity(mail).email == "a@a.kz"
    dns_only = dict(san, extn_value=[x509.GeneralName(name="dns_name", value="a.kz")])
    nomail, _ = _leaf(h.ca.cert, h.ca.key, extra_extensions=[dns_only])
    assert certs.extract_identity(nomail).email is None
    twice = x509.Name.load(
        builders._tlv(
            0x30,
            b"".join(
                builders._tlv(
                    0x31,
                    builders._tlv(
                        0x30, core.ObjectIdentifier("2.5.4.11").dump() + core.UTF8String(v).dump()
                    ),
                )
                for v in ("BIN190340012345", "OTHER")
            ),
        )
    )
    assert certs._attr(twice, "organizational_unit_name") == "BIN190340012345"


def test_malformed_critical_extension_is_flagged() -> None:
    leaf = user().cert
    raw = der.raw(leaf)
    ku = bytes.fromhex("0603551d0f0101ff0404")
    pos = raw.index(ku) + len(ku)
    broken = raw[:pos] + b"\x05\x00\x05\x00" + raw[pos + 4 :]
    cert = x509.Certificate.load(broken)
    assert certs.unknown_critical(cert) == ["malformed:2.5.29.15"]


def test_der_raw_of_unparsed_value() -> None:
    built = core.OctetString(b"abc")
    assert der.raw(built) == b"\x04\x03abc"


# ------------------------------------------------------------------ OCSP edge cases


def _ocsp(**kw: object) -> bytes:
    h = pki().hierarchies["rsa"]
    u = h.users["lawyer"]
    params: dict[str, object] = {
        "cert": u.cert,
        "issuer": h.ca.cert,
        "responder": h.ocsp.cert,
        "responder_key": h.ocsp.key,
        "produced_at": NOW,
    }
    params.update(kw)
    return builders.ocsp_response(**params)  # type: ignore[arg-type]


def _ocsp_check(raw: bytes):
    h = pki().hierarchies["rsa"]
    return revocation.check_ocsp(raw, h.users["lawyer"].cert, h.ca.cert, NOW, timedelta(days=1))


def test_ocsp_responder_rules() -> None:
    t = pki()
    h, g = t.hierarchies["rsa"], t.hierarchies["gost2015"]
    assert _ocsp_check(_ocsp(responder=h.ca.cert, responder_key=h.ca.key)).status == "good"
    assert _ocsp_check(_ocsp(hash_algo="sha1")).status == "good"
    assert _ocsp_check(_ocsp(hash_algo="md5")) is None  # unsupported CertID hash
    assert _ocsp_check(_ocsp(issuer=g.ca.cert)) is None  # about another issuer's serial
    lawyer = h.users["lawyer"]
    assert "lacks EKU" in _ocsp_check(_ocsp(responder=lawyer.cert, responder_key=lawyer.key))
    assert "not issued by" in _ocsp_check(_ocsp(responder=g.ocsp.cert, responder_key=g.ocsp.key))
    old = _ocsp(produced_at=NOW - timedelta(days=100))
    assert "not valid at producedAt" in _ocsp_check(old)
    assert "not authorised" in _ocsp_check(_ocsp(certs=[]))
    extra = _ocsp(certs=[h.users["individual"].cert, h.ocsp.cert])
    assert _ocsp_check(extra).status == "good"
    forged = _ocsp(responder_key=h.tsa.key)
    assert "OCSP signature" in _ocsp_check(forged)
    assert "OCSP signature" in _ocsp_check(forged)  # cached verdict
    assert "malformed" in _ocsp_check(b"\x30\x03\x02\x01\x01")


def test_ocsp_parse_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(revocation, "OCSP_CACHE_SIZE", 1)
    assert _ocsp_check(_ocsp()).status == "good"
    assert _ocsp_check(_ocsp(produced_at=NOW - timedelta(hours=2))).status == "good"
    assert len(revocation._parsed) == 1


def test_fetched_ocsp_problems_are_reported() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    u = h.users["lawyer"]
    src = revocation.RevocationSources(fetch_ocsp=lambda c, i: _ocsp(certs=[]))
    res = revocation.check(u.cert, h.ca.cert, NOW, src)
    assert res.decisive is None
    assert any("not authorised" in p for p in res.problems)
    other = revocation.RevocationSources(
        fetch_ocsp=lambda c, i: _ocsp(cert=h.users["individual"].cert)
    )
    assert revocation.check(u.cert, h.ca.cert, NOW, other).evidence == []
    none = revocation.RevocationSources(fetch_ocsp=lambda c, i: None)
    assert revocation.check(u.cert, h.ca.cert, NOW, none).evidence == []


def test_delta_crl_not_listing_the_certificate() -> None:
    t = pki()
    h = t.hierarchies["rsa"]
    delta = builders.crl_der(
        h.ca.cert,
        h.ca.key,
        [(h.users["individual"].cert.serial_number, NOW, "key_compromise")],
        this_update=NOW - timedelta(hours=1),
        next_update=NOW + timedelta(days=1),
        number=8,
        delta_base=7,
    )
    crls = [CrlIndex.build(h.crl), CrlIndex.build(delta), CrlIndex.build(h.root_crl)]
    assert check(t.sign("lawyer", DOC, "rsa"), ocsp_responses=[], crls=crls).passed


# ------------------------------------------------------------------ CRL extensions and scanner


def test_crl_extensions_and_scopes() -> None:
    h = pki().hierarchies["rsa"]
    u = h.users["lawyer"].cert

    def crl_with(ext: dict) -> CrlIndex:
        raw = builders.crl_der(
            h.ca.cert,
            h.ca.key,
            [],
            this_update=NOW,
            next_update=NOW + timedelta(days=1),
            extra_extensions=[ext],
        )
        return CrlIndex.build(raw, h.ca.cert)

    expired_ok = crl_with(
        {
            "extn_id": "2.5.29.60",
            "critical": False,
            "extn_value": b"\x18\x0f20200101000000Z",
        }
    )
    assert expired_ok.expired_certs_on_crl
    idp = "issuing_distribution_point"
    assert crl_with(
        {"extn_id": idp, "critical": True, "extn_value": {"indirect_crl": True}}
    ).scope_problem
    assert crl_with(
        {"extn_id": idp, "critical": True, "extn_value": {"only_some_reasons": {"key_compromise"}}}
    ).scope_problem
    attr = crl_with(
        {"extn_id": idp, "critical": True, "extn_value": {"only_contains_attribute_certs": True}}
    )
    assert attr.scope_problem == "attribute-certificate CRL"
    users_only = crl_with(
        {"extn_id": idp, "critical": True, "extn_value": {"only_contains_user_certs": True}}
    )
    assert users_only.only_user_certs
    assert revocation.check_crls([users_only], u, h.ca.cert, NOW).status == "good"
    # an expired certificate is still covered by a CRL with ExpiredCertsOnCRL
    assert (
        revocation.check_crls([expired_ok], u, h.ca.cert, u.not_valid_after + timedelta(days=1))
        != "CRL issued after the certificate expired (entry may have been removed)"
    )


def test_crl_scanner_variants() -> None:
    idx = CrlIndex()
    gen = builders._tlv(0x18, b"20300101000000Z")
    other_ext = builders._tlv(
        0x30, builders._tlv(0x30, b"\x06\x03\x55\x1d\x18" + builders._tlv(0x04, gen))
    )
    idx._index_entries(builders._tlv(0x30, b"\x02\x01\x07" + gen + other_ext))
    entry = idx.lookup(7)
    assert entry is not None
    assert entry.reason is None
    assert entry.revocation_time.year == 2030
    assert crlindex._der_len(5) == b"\x05"
    with pytest.raises(CrlError, match="not a CRL"):
        CrlIndex.build(b"\x30\x05\x30\x03\x02\x01\x01")


# ------------------------------------------------------------------ urllib transport (localhost)


@pytest.fixture
def local_server() -> Iterator[str]:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = b"x" * (50 if self.path == "/big" else 5)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return None

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_urllib_transport_with_size_cap(local_server: str) -> None:
    send = fetch._urllib_transport(10, 5.0)
    assert send(local_server + "/small", None, {}) == b"xxxxx"
    with pytest.raises(ValueError, match="too large"):
        send(local_server + "/big", None, {})


def test_sign_detached_helper() -> None:
    u = user("lawyer")
    assert check(sign_detached(DOC, u.key, u.cert)).passed


def test_remaining_branches(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import runpy
    import sys

    from signing.testpki import generate

    h = pki().hierarchies["rsa"]
    # serialNumber that is neither IIN nor BIN
    odd, _ = _leaf(h.ca.cert, h.ca.key, subject=builders.name("X", org="ORG WITHOUT BIN"))
    ident = certs.extract_identity(odd)
    assert (ident.iin, ident.bin, ident.organization) == (None, None, "ORG WITHOUT BIN")
    # SKI signer identifier with another certificate listed first
    u = user()
    blob = custom(attrs(u.key, u.cert), sid="ski", certs_=[h.ca.cert, u.cert])  # CA sorts first
    assert check(blob).passed
    # candidates: same name, other key identifier → skipped
    other, _ = _ca_variant(subject=h.ca.cert.subject.copy())
    store = path.TrustStore([h.root.cert], [other, h.ca.cert])
    assert path.candidates_for(store, h.users["lawyer"].cert) == [h.ca.cert]
    # a self-signed non-anchor offered as its own issuer
    loner = _loner(serial=905)
    with pytest.raises(path.PathError):
        path.build_path(loner, path.TrustStore([h.root.cert]), [loner])
    # a chain-constraint problem surfaces in the report
    not_ca, k1 = _ca_variant(ca=False, key_usage=("key_cert_sign",))
    leaf, leaf_key = _leaf(not_ca, k1)
    sig = sign_detached(DOC, leaf_key, leaf, extra_certs=[not_ca])
    report = verify_cms(sig, DOC, pki().config(require_revocation=False), at=NOW)
    assert report.sub_indication is S.CHAIN_CONSTRAINTS_FAILURE
    # generate(directory) writes the files
    generate(tmp_path / "out", now=NOW, kinds=("gost2015",))
    assert (tmp_path / "out" / "gost2015" / "individual.key").exists()
    # python -m signing
    monkeypatch.setattr(sys, "argv", ["signing", "verify", "--signature", "/nonexistent"])
    with pytest.raises(SystemExit) as exc:
        runpy.run_module("signing", run_name="__main__")
    assert exc.value.code == 2

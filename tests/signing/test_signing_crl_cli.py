"""CRL index (build, persist, load, refuse), online fetch with fakes, test PKI files, CLI."""

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from asn1crypto import ocsp
from signing_helpers import FIX, NOW, cert, fx, pki

from signing import cli
from signing.core import fetch, revocation
from signing.core.certs import load_certificates_dir
from signing.core.crlindex import CrlError, CrlIndex, build_crl_index
from signing.core.report import Indication
from signing.core.signer import PrivateKey
from signing.core.validator import verify_cms
from signing.testpki import builders

DOC = b"petition manifest"


def big_crl(n: int) -> tuple[bytes, list[int]]:
    h = pki().hierarchies["rsa"]
    serials = [0x4000_0000_0000 + i * 7919 for i in range(n)]
    entries = [
        (s, NOW - timedelta(minutes=i % 1000), "superseded" if i % 3 else None)
        for i, s in enumerate(serials)
    ]
    return builders.crl_der(
        h.ca.cert,
        h.ca.key,
        entries,
        this_update=NOW,
        next_update=NOW + timedelta(days=1),
        number=42,
    ), serials


def test_crl_index_build_lookup_persist(tmp_path: Path) -> None:
    h = pki().hierarchies["rsa"]
    data, serials = big_crl(5000)
    idx = build_crl_index(data, h.ca.cert)
    assert len(idx) == 5000
    assert idx.crl_number == 42
    assert idx.verified_by
    hit = idx.lookup(serials[4])
    assert hit is not None
    assert hit.reason == "superseded"
    assert idx.lookup(serials[3]).reason is None  # type: ignore[union-attr]
    assert idx.lookup(123) is None
    path = tmp_path / "nca.idx"
    idx.save(path)
    loaded = CrlIndex.load(path)
    assert len(loaded) == 5000
    assert loaded.lookup(serials[4]) == hit
    assert loaded.verify_with(h.ca.cert) is None  # verified once at build time
    assert loaded.verify_with(h.root.cert) == "CRL verified with another key"
    assert (loaded.this_update, loaded.next_update) == (idx.this_update, idx.next_update)


def test_crl_index_refusals(tmp_path: Path) -> None:
    h = pki().hierarchies["rsa"]
    g = pki().hierarchies["gost2015"]
    with pytest.raises(CrlError, match="not a CRL"):
        CrlIndex.build(b"\x30\x03\x02\x01\x01")
    with pytest.raises(CrlError, match="issuer name differs"):
        CrlIndex.build(h.crl, g.ca.cert)
    no_crl_sign = builders.certificate(
        subject=h.ca.cert.subject,
        key=h.ca.key,
        issuer=h.root.cert,
        issuer_key=h.root.key,
        serial=77,
        not_before=NOW - timedelta(days=1),
        not_after=NOW + timedelta(days=1),
        ca=True,
        key_usage=("key_cert_sign",),
    )
    with pytest.raises(CrlError, match="cRLSign"):
        CrlIndex.build(h.crl, no_crl_sign)
    forged = h.crl[:-10] + bytes(10)
    with pytest.raises(CrlError, match="CRL signature"):
        CrlIndex.build(forged, h.ca.cert)
    unverified = CrlIndex.build(h.crl)
    with pytest.raises(CrlError, match="only a verified"):
        unverified.save(tmp_path / "x")
    (tmp_path / "bad").write_bytes(b"nonsense")
    with pytest.raises(CrlError, match="not a CRL index"):
        CrlIndex.load(tmp_path / "bad")
    idx = CrlIndex.build(h.crl, h.ca.cert)
    idx.save(tmp_path / "ok")
    (tmp_path / "cut").write_bytes((tmp_path / "ok").read_bytes()[:-1])
    with pytest.raises(CrlError, match="truncated"):
        CrlIndex.load(tmp_path / "cut")
    assert unverified.verify_with(g.ca.cert) == "CRL issuer name differs"
    assert idx.verify_with(h.ca.cert) is None
    idx2 = CrlIndex.build(h.crl, h.ca.cert)
    assert idx2.verify_with(h.root.cert) == "CRL verified with another key"
    dropped = CrlIndex.build(h.crl, h.ca.cert)
    dropped.verified_by = None
    assert dropped.verify_with(h.ca.cert) == "CRL body no longer available"


def test_crl_index_pem_and_real_crls() -> None:
    from asn1crypto import pem

    raw = fx("crl/res_crl_nca_gost2022_test.crl")
    idx = CrlIndex.build(pem.armor("X509 CRL", raw), cert("trust/res_ca_nca_gost2015_test.cer"))
    assert len(idx) == 6
    assert idx.authority_key_id is not None
    gost04 = CrlIndex.build(fx("crl/res_crl_nca_gost_test.crl"), cert("ca/nca_gost_test.pem"))
    assert len(gost04) == 31


def test_crl_der_scanner_errors() -> None:
    from signing.core import crlindex

    with pytest.raises(CrlError, match="bad DER length"):
        crlindex._tl(b"\x30\x80", 0)
    with pytest.raises(CrlError, match="truncated"):
        crlindex._tl(b"\x30\x05\x00", 0)
    with pytest.raises(CrlError, match="bad time"):
        crlindex._time(0x04, b"x")
    assert crlindex._time(0x18, b"20500101000000Z") == 2524608000
    assert crlindex._time(0x17, b"991231235959Z") == 946684799
    idx = CrlIndex()
    with pytest.raises(CrlError, match="without serial"):
        idx._index_entries(b"\x30\x03\x04\x01\x00")
    when = builders._tlv(0x17, b"991231235959Z")
    ext = builders._tlv(0x30, b"\x06\x03\x55\x1d\x1d")
    with pytest.raises(CrlError, match="indirect"):
        idx._index_entries(builders._tlv(0x30, b"\x02\x01\x01" + when + ext))
    no_enum = builders._tlv(0x30, b"\x06\x03\x55\x1d\x15")
    idx._index_entries(builders._tlv(0x30, b"\x02\x01\x05" + when + no_enum))
    assert idx.lookup(5) is not None
    assert idx.lookup(5).reason is None


def test_crl_scope_restrictions() -> None:
    h = pki().hierarchies["rsa"]
    idx = CrlIndex.build(h.crl, h.ca.cert)
    user = h.users["individual"].cert
    idx.only_ca_certs = True
    out = revocation.check_crls([idx], user, h.ca.cert, NOW)
    assert out == "CRL scope excludes this certificate"
    idx.only_ca_certs, idx.scope_problem = False, "partitioned or indirect CRL"
    assert revocation.check_crls([idx], user, h.ca.cert, NOW) == "partitioned or indirect CRL"
    assert revocation.check_crls([], user, h.ca.cert, NOW) is None


def fake_responder(pki_kind: str, *, echo: bool = True, status: str | None = None):
    h = pki().hierarchies[pki_kind]
    calls: list[tuple[str, bytes | None]] = []

    def transport(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        calls.append((url, body))
        assert headers["Content-Type"] == "application/ocsp-request"
        req = ocsp.OCSPRequest.load(body)
        serial = req["tbs_request"]["request_list"][0]["req_cert"]["serial_number"].native
        user = next(u for u in h.users.values() if u.cert.serial_number == serial)
        raw = builders.ocsp_response(
            user.cert, h.ca.cert, h.ocsp.cert, h.ocsp.key, produced_at=NOW, status=status
        )
        if echo:
            resp = ocsp.OCSPResponse.load(raw)
            basic = resp.basic_ocsp_response
            tbs = basic["tbs_response_data"]
            nonce = req["tbs_request"]["request_extensions"][0]["extn_value"].parsed
            tbs["response_extensions"] = [
                {
                    "extn_id": "nonce",
                    "critical": False,
                    "extn_value": nonce if echo is True else b"x",
                }
            ]
            _sig_oid, sig = h.ocsp.key.sign(tbs.dump())
            basic["signature"] = sig
            raw = ocsp.OCSPResponse(
                {
                    "response_status": "successful",
                    "response_bytes": {"response_type": "basic_ocsp_response", "response": basic},
                }
            ).dump()
        return raw

    return transport, calls


def test_online_ocsp_from_configured_url_only() -> None:
    t = pki()
    transport, calls = fake_responder("gost2015")
    fetcher = fetch.make_ocsp_fetcher("http://ocsp.configured.example/", transport=transport)
    cfg = t.config(ocsp_responses=[], crls=[], fetch_ocsp=fetcher)
    report = verify_cms(t.sign("lawyer", DOC), DOC, cfg, at=NOW)
    assert report.passed, report.signers[0].findings
    assert calls
    assert all(url == "http://ocsp.configured.example/" for url, _ in calls)


def test_online_ocsp_failures_give_try_later() -> None:
    t = pki()

    def down(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        raise OSError("connection refused")

    cfg = t.config(
        ocsp_responses=[], crls=[], fetch_ocsp=fetch.make_ocsp_fetcher("http://x/", transport=down)
    )
    assert verify_cms(t.sign("lawyer", DOC), DOC, cfg, at=NOW).sub_indication.value == "TRY_LATER"

    def garbage(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        return b"\x30\x03\x0a\x01\x06"  # OCSPResponse{unauthorized} → no basic response

    fetcher = fetch.make_ocsp_fetcher("http://x/", transport=garbage)
    user = t.hierarchies["gost2015"].users["lawyer"]
    assert fetcher(user.cert, t.hierarchies["gost2015"].ca.cert) is None
    assert (
        revocation.check_ocsp(
            b"\x30\x03\x0a\x01\x06",
            user.cert,
            t.hierarchies["gost2015"].ca.cert,
            NOW,
            timedelta(days=1),
        )
        == "OCSP response status unauthorized"
    )

    def wrong_nonce(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        transport, _ = fake_responder("gost2015")
        raw = transport(url, body, headers)
        return raw.replace(body[-16:], bytes(16)) if body else raw

    fetcher2 = fetch.make_ocsp_fetcher("http://x/", transport=wrong_nonce)
    assert fetcher2(user.cert, t.hierarchies["gost2015"].ca.cert) is None


def test_fetch_helpers_refuse_bad_schemes() -> None:
    send = fetch._urllib_transport(10, 1.0)
    with pytest.raises(ValueError, match="http"):
        send("file:///etc/passwd", None, {})
    assert fetch.fetch_crl("http://crl.example/x.crl", transport=lambda u, b, h: b"crl") == b"crl"
    t = pki()
    user = t.hierarchies["rsa"].users["individual"]
    req = fetch.ocsp_request(user.cert, t.hierarchies["rsa"].ca.cert, b"n" * 16)
    assert (
        ocsp.OCSPRequest.load(req)["tbs_request"]["request_list"][0]["req_cert"][
            "serial_number"
        ].native
        == user.cert.serial_number
    )
    plain = t.hierarchies["rsa"].ocsp_responses["individual"]
    assert fetch.response_nonce(plain) is None


def test_testpki_writes_loadable_material(tmp_path: Path) -> None:
    t = pki()
    out = t.write(tmp_path / "pki")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["hierarchies"]["gost2015"]["legal_entity"]["bin"] == "190340012345"
    trust = load_certificates_dir(out / "trust")
    assert len(trust) == 4
    for kind in ("gost2015", "rsa"):
        key = PrivateKey.load(out / kind / "individual.key")
        assert key.kind == kind
        sig_oid, sig = key.sign(b"x")
        assert sig
        assert sig_oid
    with pytest.raises(ValueError, match="unknown key kind"):
        PrivateKey.generate("dsa")


def test_private_key_from_pem_refuses_other_keys() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = ec.generate_private_key(ec.SECP256R1()).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    with pytest.raises(ValueError, match="unsupported private key"):
        PrivateKey.from_pem(pem)


# ---------------------------------------------------------------- CLI


def cli_trust(tmp_path: Path) -> Path:
    d = tmp_path / "trust"
    d.mkdir()
    for sub in ("trust", "ca"):
        for f in (FIX / sub).iterdir():
            (d / f.name).write_bytes(f.read_bytes())
    return d


def test_cli_pass_and_fail(tmp_path: Path) -> None:
    trust = cli_trust(tmp_path)
    sig = str(FIX / "cms/cms_attached_1signer_rsa_lol_kek.p7s")
    ocsp_file = str(FIX / "ocsp/res_ocsp_ocsp_response_individual_sign_2004.bin")
    code, out = cli.run(
        [
            "verify",
            "--signature",
            sig,
            "--trust",
            str(trust),
            "--ocsp",
            ocsp_file,
            "--at",
            "2021-06-01T00:00:00",
            "--require-iin",
            "123456789011",
        ]
    )
    assert code == 0
    assert out["indication"] == "TOTAL_PASSED"
    code, out = cli.run(
        [
            "verify",
            "--signature",
            sig,
            "--trust",
            str(trust),
            "--ocsp",
            ocsp_file,
            "--at",
            "2021-06-01",
            "--require-iin",
            "999999999999",
        ]
    )
    assert code == 1
    assert out["sub_indication"] == "SIG_CONSTRAINTS_FAILURE"
    det = str(FIX / "cms/cms_detached_2signers_rsa_gost2015_test123.p7s")
    code, out = cli.run(
        [
            "verify",
            "--signature",
            det,
            "--content",
            str(FIX / "cms/cms_test123_content.txt"),
            "--trust",
            str(trust),
            "--crl",
            str(FIX / "crl/res_crl_nca_gost2022_test.crl"),
            "--ocsp",
            str(FIX / "ocsp/res_ocsp_ocsp_response_individual_2015.bin"),
            "--at",
            "2022-09-01T00:00:00+00:00",
        ]
    )
    assert code == 1
    assert out["sub_indication"] == "REVOKED"
    code, out = cli.run(["verify", "--signature", sig])  # no trust anchors at all
    assert code == 1
    assert out["sub_indication"] == "NO_CERTIFICATE_CHAIN_FOUND"


@pytest.mark.parametrize(
    "args",
    [
        ["verify", "--signature", "/nonexistent.p7s"],
        ["verify", "--signature", str(FIX / "cms/petition.txt")],
        ["verify", "--signature", str(FIX / "cms/cms_lol_kek_content.txt")],
        [
            "verify",
            "--signature",
            str(FIX / "cms/cms_attached_1signer_rsa_lol_kek.p7s"),
            "--at",
            "yesterday",
        ],
        [
            "verify",
            "--signature",
            str(FIX / "cms/cms_attached_1signer_rsa_lol_kek.p7s"),
            "--crl",
            str(FIX / "cms/petition.txt"),
        ],
        ["verify", "--signature", str(FIX / "ocsp/res_ocsp_ocsp_response_individual_2015.bin")],
        ["verify"],
        ["frobnicate"],
    ],
)
def test_cli_unusable_input_exits_2(args: list[str]) -> None:
    code, out = cli.run(args)
    assert code == 2
    assert out["indication"] == "TOTAL_FAILED"
    assert out["error"]


@pytest.mark.parametrize(
    ("trust", "culprit"),
    [
        ("/nonexistent", "/nonexistent"),
        (str(FIX / "cms"), str(FIX / "cms" / sorted(p.name for p in (FIX / "cms").iterdir())[0])),
    ],
)
def test_cli_a_bad_trust_store_exits_2_naming_it_and_blames_no_signature(
    trust: str, culprit: str
) -> None:
    sig = str(FIX / "cms/cms_attached_1signer_rsa_lol_kek.p7s")
    code, out = cli.run(["verify", "--signature", sig, "--trust", trust])
    assert code == 2
    assert (out["error_kind"], out["file"]) == ("trust_store", culprit)
    assert "indication" not in out
    assert culprit in str(out["error"])


def test_cli_as_a_process(tmp_path: Path) -> None:
    trust = cli_trust(tmp_path)
    cmd = [
        sys.executable,
        "-m",
        "signing",
        "verify",
        "--signature",
        str(FIX / "cms/detached_rsa_individual2021.p7s"),
        "--content",
        str(FIX / "cms/petition.txt"),
        "--trust",
        str(trust),
        "--ocsp",
        str(FIX / "ocsp/res_ocsp_ocsp_response_individual_sign_2004.bin"),
        "--at",
        "2021-06-01",
    ]
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=root, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["signers"][0]["iin"] == "123456789011"
    bad = subprocess.run(
        [*cmd[:4], str(tmp_path)], capture_output=True, text=True, cwd=root, check=False
    )
    assert bad.returncode == 2


def test_cli_main_writes_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["verify", "--signature", "/nonexistent"]) == 2
    assert json.loads(capsys.readouterr().out)["sub_indication"] == "FORMAT_FAILURE"


def test_base64_and_pem_signatures_are_accepted() -> None:
    import base64

    from asn1crypto import pem

    t = pki()
    der = t.sign("individual", DOC, "rsa")
    for blob in (base64.b64encode(der), pem.armor("CMS", der)):
        assert verify_cms(blob, DOC, t.config(), at=NOW).indication is Indication.TOTAL_PASSED


def test_trust_dir_accepts_pem_bundles(tmp_path: Path) -> None:
    from asn1crypto import pem

    bundle = b"".join(pem.armor("CERTIFICATE", c.dump()) for c in pki().anchors())
    (tmp_path / "bundle.pem").write_bytes(bundle)
    (tmp_path / "sub").mkdir()
    assert len(load_certificates_dir(tmp_path)) == 2

"""signing.web: the trust store and CRL indexes from settings, the beat refresh, the demo signer."""

import http.server
import threading
from datetime import UTC, datetime, timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.core.management import call_command

from signing.core.signer import PrivateKey, sign_cms
from signing.testpki import builders, generate
from signing.web import config, crl
from signing.web.demo import demo_key_for, demo_sign
from signing.web.tasks import crl_refresh
from signing.web.verify import SignatureInputError, signature_verify
from tests.factories import pki_user_key

DATA = b'{"petition": "manifest"}'


@pytest.fixture
def pki_dir(demo_pki, settings, tmp_path):
    """Each test gets its own CRL cache, so indexes written here never leak into others."""
    settings.SIGNING_CRL_CACHE_DIR = str(tmp_path / "crl")
    return demo_pki


def test_a_demo_signature_passes_and_carries_the_iin(pki_dir):
    crl.crl_refresh_all()
    cms = demo_sign(iin="900101300017", full_name="Әсел Нұрланқызы Серікова", data=DATA)
    report = signature_verify(cms=cms, content=DATA, purpose="petition")
    assert report.indication == "TOTAL_PASSED", report.to_dict()
    assert report.signers[0].iin == "900101300017"
    assert report.signers[0].revocation[0].source.startswith("CRL")
    tampered = signature_verify(cms=cms, content=DATA + b" ", purpose="petition")
    assert (tampered.indication, tampered.sub_indication) == ("TOTAL_FAILED", "HASH_FAILURE")


def test_the_demo_key_is_issued_once_per_iin(pki_dir):
    first, _ = demo_key_for(iin="900101300017", full_name="Әсел Серікова")
    again, _ = demo_key_for(iin="900101300017", full_name="Әсел Серікова")
    other, _ = demo_key_for(iin="781103300053", full_name="Ерлан Жақсылықов")
    assert first.serial_number == again.serial_number != other.serial_number


def test_without_crl_indexes_revocation_is_unknown_so_try_later(pki_dir):
    cms = demo_sign(iin="900101300017", full_name="Әсел Серікова", data=DATA)
    report = signature_verify(cms=cms, content=DATA, purpose="petition")
    assert (report.indication, report.sub_indication) == ("INDETERMINATE", "TRY_LATER")


def test_a_revoked_key_fails_once_its_crl_is_indexed(pki_dir):
    cert, key = pki_user_key(pki_dir, "revoked")
    cms = sign_cms(DATA, key, cert)
    assert signature_verify(cms=cms, content=DATA, purpose="petition").sub_indication == (
        "TRY_LATER"
    )
    results = crl.crl_refresh_all()
    assert all(r.ok for r in results)
    report = signature_verify(cms=cms, content=DATA, purpose="petition")
    assert report.indication != "TOTAL_PASSED"
    assert report.sub_indication in {"REVOKED", "REVOKED_NO_POE"}


def test_an_auth_only_key_cannot_sign_a_petition_but_can_sign_in(pki_dir):
    crl.crl_refresh_all()
    cert, key = pki_user_key(pki_dir, "auth", "rsa")
    cms = sign_cms(DATA, key, cert)
    petition = signature_verify(cms=cms, content=DATA, purpose="petition")
    assert petition.sub_indication == "CHAIN_CONSTRAINTS_FAILURE"
    assert signature_verify(cms=cms, content=DATA, purpose="auth").passed


@pytest.mark.parametrize("garbage", [b"", b"not a cms", b"\x30\x03\x02\x01\x01"])
def test_bytes_that_are_no_cms_are_an_input_error(pki_dir, garbage):
    with pytest.raises(SignatureInputError):
        signature_verify(cms=garbage, content=DATA, purpose="petition")


def test_a_crl_signed_by_a_foreign_ca_is_refused_and_the_old_index_kept(
    pki_dir, settings, tmp_path
):
    good = str(pki_dir / "gost2015" / "ca.crl")
    settings.SIGNING_CRL_SOURCES = [good]
    assert crl.crl_refresh_one(good).ok
    before = crl.index_path(good).read_bytes()
    foreign = generate(tmp_path / "foreign")
    forged = tmp_path / "forged.crl"
    # Same issuer *name* as our CA, signed with another key: a forgery of our CA's CRL.
    h = foreign.hierarchies["gost2015"]
    forged.write_bytes(
        builders.crl_der(
            config.load_certificates_dir(pki_dir / "trust")[0],
            h.ca.key,
            [],
            this_update=datetime.now(UTC),
            next_update=datetime.now(UTC) + timedelta(days=1),
        )
    )
    result = crl.crl_refresh_one(str(forged))
    assert not result.ok
    assert not crl.index_path(str(forged)).exists()
    (tmp_path / "junk.crl").write_bytes(b"\x00" * 100)
    assert not crl.crl_refresh_one(str(tmp_path / "junk.crl")).ok
    assert not crl.crl_refresh_one(str(tmp_path / "missing.crl")).ok
    assert crl.index_path(good).read_bytes() == before


def test_the_same_crl_again_keeps_its_index_and_a_new_one_is_rebuilt(pki_dir, settings, tmp_path):
    source = tmp_path / "ca.crl"
    source.write_bytes((pki_dir / "gost2015" / "ca.crl").read_bytes())
    first = crl.crl_refresh_one(str(source))
    assert first.ok
    assert not first.unchanged
    target = crl.index_path(str(source))
    marker = target.stat().st_mtime_ns
    again = crl.crl_refresh_one(str(source))
    assert again.ok
    assert again.unchanged
    assert again.entries == first.entries
    assert target.stat().st_mtime_ns == marker  # not rewritten: no second signature check
    # A newly published CRL (other bytes) is verified and indexed afresh.
    from signing.core.certs import load_certificate

    source.write_bytes(
        builders.crl_der(
            load_certificate((pki_dir / "gost2015" / "ca.cer").read_bytes()),
            PrivateKey.load(pki_dir / "gost2015" / "ca.key"),
            [],
            this_update=datetime.now(UTC),
            next_update=datetime.now(UTC) + timedelta(days=1),
        )
    )
    fresh = crl.crl_refresh_one(str(source))
    assert fresh.ok
    assert not fresh.unchanged
    assert fresh.entries == 0


def test_a_kept_index_is_dropped_once_its_key_is_no_longer_trusted(pki_dir, settings, tmp_path):
    source = str(pki_dir / "gost2015" / "ca.crl")
    assert crl.crl_refresh_one(source).ok
    elsewhere = tmp_path / "trust"
    elsewhere.mkdir()
    generate(tmp_path / "foreign")
    root = (tmp_path / "foreign" / "gost2015" / "root.cer").read_bytes()
    (elsewhere / "root.cer").write_bytes(root)
    settings.SIGNING_TRUST_DIR = str(elsewhere)
    result = crl.crl_refresh_one(source)
    assert not result.ok
    assert not result.unchanged


class _CrlHandler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        return None


def test_a_crl_is_fetched_from_a_configured_url(pki_dir, settings):
    _CrlHandler.body = (pki_dir / "rsa" / "ca.crl").read_bytes()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _CrlHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/nca_rsa.crl"
        settings.SIGNING_CRL_SOURCES = [url]
        assert crl_refresh.apply().get() == {"ok": 1, "failed": 0}
        assert crl.index_path(url).is_file()
    finally:
        server.shutdown()
        server.server_close()


def test_the_configuration_is_rebuilt_when_an_index_appears(pki_dir):
    first = config.validation_config()
    assert config.validation_config() is first
    crl.crl_refresh_all()
    second = config.validation_config()
    assert second is not first
    assert len(second.crls) == 4


def test_the_trust_store_must_exist_and_hold_certificates(pki_dir, settings, tmp_path):
    settings.SIGNING_TRUST_DIR = ""
    with pytest.raises(ImproperlyConfigured, match="SIGNING_TRUST_DIR"):
        config.validation_config()
    settings.SIGNING_TRUST_DIR = str(tmp_path / "nowhere")
    with pytest.raises(ImproperlyConfigured, match="not a directory"):
        config.validation_config()
    (tmp_path / "empty").mkdir()
    settings.SIGNING_TRUST_DIR = str(tmp_path / "empty")
    with pytest.raises(ImproperlyConfigured, match="no certificate"):
        config.validation_config()


def test_the_demo_signer_is_off_in_production_or_with_another_trust_store(
    pki_dir, settings, tmp_path
):
    assert config.demo_signer_enabled()
    settings.SIGNING_PRODUCTION = True
    assert not config.demo_signer_enabled()
    with pytest.raises(PermissionDenied):
        demo_sign(iin="900101300017", full_name="Әсел Серікова", data=DATA)
    settings.SIGNING_PRODUCTION = False
    settings.SIGNING_TRUST_DIR = str(tmp_path)
    assert not config.demo_signer_enabled()
    settings.SIGNING_DEMO_PKI_DIR = ""
    assert not config.demo_signer_enabled()


def test_production_mode_refuses_the_test_identities(pki_dir, settings):
    crl.crl_refresh_all()
    cms = demo_sign(iin="900101300017", full_name="Әсел Серікова", data=DATA)
    settings.SIGNING_PRODUCTION = True
    report = signature_verify(cms=cms, content=DATA, purpose="petition")
    assert report.sub_indication == "SIG_CONSTRAINTS_FAILURE"


def test_the_testpki_command_writes_a_pki_and_keeps_the_demo_one_current(pki_dir, tmp_path, capsys):
    call_command("testpki", "--dir", str(tmp_path / "pki"))
    assert (tmp_path / "pki" / "gost2015" / "individual.cer").is_file()
    assert (tmp_path / "pki" / "trust" / "root_rsa.cer").is_file()
    call_command("testpki")
    out = capsys.readouterr().out
    assert "Demo PKI current" in out
    assert out.count("2 entries") == 2


def test_the_test_identities_have_valid_iins():
    from cabinet.iin import validate_iin
    from signing.testpki import IDENTITIES

    for ident in IDENTITIES.values():
        assert validate_iin(ident["iin"]) == ident["iin"]

"""The portal's service key that signs receipts: from configuration, or the demo PKI locally.

Threat model: the key signs the portal's word that a petition was received. In production it is
an NCA-issued key of the court's portal, given as two files (``RECEIPT_KEY_PATH``, a PEM private
key; ``RECEIPT_CERTIFICATE_PATH``, its certificate); the production settings refuse to start
without them. The key must belong to the certificate (checked on every load, so a rotated
certificate with a stale key fails loudly instead of signing receipts nobody can verify).
Locally, with the generated demo PKI as the trust store (the same gate as the demo signer), a
service certificate is issued by the demo CA and kept with the demo PKI; its name says DEMO.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import x509
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from signing.core import oids
from signing.core.certs import CertificateLoadError, load_certificate
from signing.core.signer import PrivateKey
from signing.testpki import builders
from signing.web.config import demo_signer_enabled
from signing.web.demo import KIND, demo_pki_ensure

DEMO_NAME = "СОТ КАБИНЕТІ ПОРТАЛЫ (ДЕМО)"
_lock = threading.Lock()


@dataclass(frozen=True)
class ServiceKey:
    key: PrivateKey
    certificate: x509.Certificate


def _matching(key: PrivateKey, cert: x509.Certificate) -> bool:
    return bool(key.public_key_info().dump() == cert.public_key.dump())


def _configured(key_path: Path, cert_path: Path) -> ServiceKey:
    try:
        key = PrivateKey.load(key_path)
        cert = load_certificate(cert_path.read_bytes())
    except (OSError, ValueError, CertificateLoadError) as exc:
        raise ImproperlyConfigured(
            f"The receipt key or certificate cannot be read ({key_path}, {cert_path}): {exc}"
        ) from exc
    if not _matching(key, cert):
        raise ImproperlyConfigured(
            "RECEIPT_KEY_PATH is not the key of the certificate in RECEIPT_CERTIFICATE_PATH."
        )
    return ServiceKey(key, cert)


def _write(path: Path, data: bytes) -> None:
    """Whole or not at all: a reader never sees half a key."""
    partial = path.with_suffix(f".{secrets.token_hex(4)}.tmp")
    partial.write_bytes(data)
    partial.replace(path)


def _demo(now: datetime) -> ServiceKey:
    directory, _ = demo_pki_ensure(now=now)
    ca_cert = load_certificate((directory / KIND / "ca.cer").read_bytes())
    folder = directory / "service"
    key_file, cert_file = folder / "receipt.key", folder / "receipt.cer"
    with _lock:
        if key_file.is_file() and cert_file.is_file():
            cert = load_certificate(cert_file.read_bytes())
            # The demo PKI is regenerated every few weeks: a certificate of the old CA is
            # replaced, as is one about to expire.
            key = PrivateKey.load(key_file)
            # Another process (web and worker share the demo PKI) may have written a pair at the
            # same time: a key that is not the certificate's is replaced too.
            if (
                cert.authority_key_identifier == ca_cert.key_identifier
                and cert.not_valid_after > now + timedelta(days=1)
                and _matching(key, cert)
            ):
                return ServiceKey(key, cert)
        ca_key = PrivateKey.load(directory / KIND / "ca.key")
        key = PrivateKey.generate(KIND)
        cert = builders.certificate(
            subject=builders.name(DEMO_NAME, bin_="000000000000", org=DEMO_NAME),
            key=key,
            issuer=ca_cert,
            issuer_key=ca_key,
            serial=secrets.randbits(62) | (1 << 62),
            not_before=now - timedelta(days=1),
            not_after=min(now + timedelta(days=300), ca_cert.not_valid_after),
            key_usage=("digital_signature", "non_repudiation"),
            eku=[oids.EKU_EMAIL_PROTECTION, oids.ROLE_SIGNER],
            policies=[oids.POLICY_GOST2015],
        )
        folder.mkdir(parents=True, exist_ok=True)
        _write(key_file, key.to_pem())
        _write(cert_file, cert.dump())
    return ServiceKey(key, cert)


def service_key(*, now: datetime | None = None) -> ServiceKey:
    """The key and certificate receipts are signed with now; ImproperlyConfigured if none."""
    key_path, cert_path = settings.RECEIPT_KEY_PATH, settings.RECEIPT_CERTIFICATE_PATH
    if key_path or cert_path:
        if not (key_path and cert_path):
            raise ImproperlyConfigured(
                "Set both RECEIPT_KEY_PATH and RECEIPT_CERTIFICATE_PATH, or neither."
            )
        return _configured(Path(key_path), Path(cert_path))
    if demo_signer_enabled():
        return _demo(now or datetime.now(UTC))
    raise ImproperlyConfigured(
        "Receipts cannot be signed: set RECEIPT_KEY_PATH and RECEIPT_CERTIFICATE_PATH "
        "(the portal's service key and certificate)."
    )

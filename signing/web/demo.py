"""The demo signer: server-side signing with the generated test PKI, for demos without NCALayer.

DEMONSTRATION ONLY, and loudly so: it exists so that ``make run`` lets a newcomer walk the whole
journey (ЭЦҚ login, signing a petition) with no NCALayer and no NCA key. It is enabled only when
the trust store *is* the generated demo PKI (``config.demo_signer_enabled``) and never in
production mode, so a signature it makes can never pass on a real deployment: the demo roots are
not NCA's and their names say TEST. The signature it returns goes through exactly the same
verification as one from NCALayer.
"""

from __future__ import annotations

import json
import secrets
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from asn1crypto import x509
from django.core.exceptions import ImproperlyConfigured, PermissionDenied

from signing.core import oids
from signing.core.certs import load_certificate
from signing.core.signer import PrivateKey, sign_cms
from signing.testpki import builders, generate

from .config import demo_pki_dir, demo_signer_enabled

KIND = "gost2015"  # what the NCA has issued since 2024
REGENERATE_AFTER = timedelta(days=20)  # the generated CRLs are valid for 30 days
_lock = threading.Lock()


def demo_pki_ensure(*, force: bool = False, now: datetime | None = None) -> tuple[Path, bool]:
    """Generate the demo test PKI when it is missing, stale or ``force``; (dir, regenerated)."""
    directory = demo_pki_dir()
    if directory is None:
        raise ImproperlyConfigured("SIGNING_DEMO_PKI_DIR is not set.")
    now = now or datetime.now(UTC)
    manifest = directory / "manifest.json"
    if not force and manifest.is_file():
        generated = datetime.fromisoformat(json.loads(manifest.read_text())["generated_at"])
        if now - generated < REGENERATE_AFTER:
            return directory, False
    for old in (directory / "users").glob("*"):
        old.unlink()
    generate(directory, now=now)
    return directory, True


def _name_parts(full_name: str) -> tuple[str, str | None, str | None]:
    words = full_name.upper().split()
    cn = " ".join(words[:2]) or "ДЕМО ПАЙДАЛАНУШЫ"
    surname = words[0] if words else None
    patronymic = " ".join(words[2:]) or None
    return cn, surname, patronymic


def _issue(
    directory: Path, iin: str, full_name: str, now: datetime
) -> tuple[x509.Certificate, PrivateKey]:
    ca_cert = load_certificate((directory / KIND / "ca.cer").read_bytes())
    ca_key = PrivateKey.load(directory / KIND / "ca.key")
    key = PrivateKey.generate(KIND)
    cn, surname, patronymic = _name_parts(full_name)
    cert = builders.certificate(
        subject=builders.name(cn, iin=iin, surname=surname, patronymic=patronymic),
        key=key,
        issuer=ca_cert,
        issuer_key=ca_key,
        serial=secrets.randbits(62) | (1 << 62),
        not_before=now - timedelta(days=1),
        not_after=min(now + timedelta(days=300), ca_cert.not_valid_after),
        key_usage=("digital_signature", "non_repudiation", "key_agreement"),
        eku=[oids.EKU_EMAIL_PROTECTION, oids.ROLE_INDIVIDUAL],
        policies=[oids.POLICY_GOST2015],
    )
    return cert, key


def demo_key_for(
    *, iin: str, full_name: str, now: datetime | None = None
) -> tuple[x509.Certificate, PrivateKey]:
    """The demo signing key issued for this IIN (issued once and kept with the demo PKI)."""
    if not demo_signer_enabled():
        raise PermissionDenied("The demo signer is off: the trust store is not the demo PKI.")
    now = now or datetime.now(UTC)
    directory, _ = demo_pki_ensure(now=now)
    users = directory / "users"
    cer, pem = users / f"{iin}.cer", users / f"{iin}.key"
    with _lock:
        if cer.is_file() and pem.is_file():
            cert = load_certificate(cer.read_bytes())
            if cert.not_valid_after > now + timedelta(days=1):
                return cert, PrivateKey.load(pem)
        cert, key = _issue(directory, iin, full_name, now)
        users.mkdir(parents=True, exist_ok=True)
        pem.write_bytes(key.to_pem())
        cer.write_bytes(cert.dump())
    return cert, key


def demo_sign(*, iin: str, full_name: str, data: bytes) -> bytes:
    """A detached CMS over ``data`` in NCALayer's layout, by the demo key for ``iin``."""
    cert, key = demo_key_for(iin=iin, full_name=full_name)
    return sign_cms(data, key, cert, detached=True)

"""Certificate loading, NCA RK identity extraction and key-usage policy.

Threat model: certificates arrive inside attacker-supplied CMS.  Identity fields (IIN, BIN,
name, roles) are only meaningful after the certificate has been chained to a trust anchor;
this module merely reads them.  The key-usage policy refuses 2004-era AUTH keys (clientAuth /
AUTH certificate policies) for petitions, and the production deny-list refuses the public NCA
test identities, which really chain to the *production* 2018 hierarchy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from asn1crypto import pem, x509

from signing.core import oids

Purpose = Literal["petition", "auth"]
PURPOSES: tuple[Purpose, ...] = ("petition", "auth")

# Public NCA test identities (test packs 2018-2025) and the generated test PKI of signing.testpki.
TEST_IINS = frozenset({"123456789011", "123456789012", "940229400158", "761231300313"})
TEST_BINS = frozenset({"123456789021", "070840007503"})
_IIN_RE = re.compile(r"^IIN(\d{12})$")
_BIN_RE = re.compile(r"^BIN(\d{12})$")
KNOWN_CRITICAL = frozenset(
    {
        "basic_constraints",
        "key_usage",
        "extended_key_usage",
        "certificate_policies",
        "subject_alt_name",
        "policy_constraints",
        "inhibit_any_policy",
    }
)


class CertificateLoadError(ValueError):
    """Not a certificate; ``path`` names the file when it came from a trust directory."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def load_certificate(data: bytes) -> x509.Certificate:
    """Parse one DER or PEM certificate (fully, so malformed input fails here)."""
    try:
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        cert = x509.Certificate.load(data)
        # parse the parts we rely on now (never `.native` on the whole tree: asn1crypto may
        # then re-encode defaults and the TBS bytes would no longer be the signed ones)
        _ = (cert.subject, cert.issuer, cert.public_key, cert.serial_number)
        _ = (cert.not_valid_before, cert.not_valid_after, cert.critical_extensions)
    except Exception as exc:  # asn1crypto raises many types
        raise CertificateLoadError(f"not a certificate: {exc}") from exc
    return cert


def load_certificates_dir(path: str | Path) -> list[x509.Certificate]:
    """Every certificate in a directory: DER files, or PEM files with one or more blocks.

    Any other file (a .p12 key store, a README, a half-copied file) is the operator's mistake,
    not the signer's: ``CertificateLoadError`` names it, so nobody reads "signature format
    failure" for every citizen when the trust store is at fault.
    """
    out: list[x509.Certificate] = []
    for p in sorted(Path(path).iterdir()):
        if not p.is_file():
            continue
        try:
            data = p.read_bytes()
            if pem.detect(data):
                blocks = [der for _, _, der in pem.unarmor(data, multiple=True)]
                out.extend(load_certificate(der) for der in blocks)
            else:
                out.append(load_certificate(data))
        except (CertificateLoadError, OSError, ValueError) as exc:
            raise CertificateLoadError(f"trust store file {p}: {exc}", p) from exc
    return out


@dataclass
class Identity:
    iin: str | None = None
    bin: str | None = None
    common_name: str | None = None
    surname: str | None = None
    patronymic: str | None = None
    organization: str | None = None
    email: str | None = None
    roles: list[str] = field(default_factory=list)


def _attr(name: x509.Name, key: str) -> str | None:
    value = name.native.get(key)
    if isinstance(value, list):
        value = value[0]  # repeated attribute: the first one
    return str(value) if value is not None else None


def extract_identity(cert: x509.Certificate) -> Identity:
    subject = cert.subject
    ident = Identity(
        common_name=_attr(subject, "common_name"),
        surname=_attr(subject, "surname"),
        patronymic=_attr(subject, "given_name"),
        organization=_attr(subject, "organization_name"),
    )
    serial = _attr(subject, "serial_number") or ""
    if m := _IIN_RE.match(serial):
        ident.iin = m.group(1)
    elif m := _BIN_RE.match(serial):
        ident.bin = m.group(1)
    ou = _attr(subject, "organizational_unit_name") or ""
    if m := _BIN_RE.match(ou):
        ident.bin = m.group(1)
    if cert.subject_alt_name_value is not None:
        for gn in cert.subject_alt_name_value:
            if gn.name == "rfc822_name":
                ident.email = gn.native
                break
    ident.roles = [p for p in eku(cert) if p.startswith(oids.ROLE_PREFIX)]
    return ident


def eku(cert: x509.Certificate) -> list[str]:
    value = cert.extended_key_usage_value
    return [] if value is None else [p.dotted for p in value]


def key_usage(cert: x509.Certificate) -> set[str]:
    value = cert.key_usage_value
    return set() if value is None else set(value.native)


def policies(cert: x509.Certificate) -> set[str]:
    value = cert.certificate_policies_value
    return set() if value is None else {p["policy_identifier"].dotted for p in value}


def usage_problem(cert: x509.Certificate, purpose: Purpose) -> str | None:
    """Return why ``cert`` may not be used for ``purpose`` (None when it may)."""
    ku = key_usage(cert)
    ekus = eku(cert)
    if purpose == "auth":
        if "digital_signature" not in ku:
            return "key usage lacks digitalSignature"
        return None
    if "non_repudiation" not in ku:
        return "key usage lacks nonRepudiation (an authentication-only key)"
    if policies(cert) & oids.AUTH_POLICIES:
        return "certificate policy is an NCA AUTH policy"
    if ekus and oids.EKU_EMAIL_PROTECTION not in ekus:
        return "extended key usage lacks emailProtection (not a signing key)"
    return None


def unknown_critical(cert: x509.Certificate) -> list[str]:
    return sorted(set(cert.critical_extensions) - KNOWN_CRITICAL)


def is_test_identity(cert: x509.Certificate, ident: Identity) -> bool:
    if ident.iin in TEST_IINS or ident.bin in TEST_BINS:
        return True
    issuer_cn = (_attr(cert.issuer, "common_name") or "").upper()
    return "TEST" in issuer_cn.split() or "(RSA TEST)" in issuer_cn or "(GOST TEST)" in issuer_cn

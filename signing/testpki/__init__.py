"""Generated test PKI in the NCA RK profiles (GOST 34.10-2015-512 and RSA).

``generate()`` builds, per algorithm, root → intermediate CA → end entities:

* ``individual`` – физ. лицо (role 1.2.398.3.3.4.1.1), signing key (KU nonRepudiation);
* ``lawyer`` – an advocate signing with a personal (individual-profile) key;
* ``legal_entity`` – CEO of an organisation (O, OU=BIN…, roles …1.2 and …1.2.1);
* ``expired`` – validity ended 35 days ago;
* ``revoked`` – revoked 10 days ago (in the CA's CRL and in an OCSP response);
* ``auth`` – 2004-style AUTH key (KU digitalSignature+keyEncipherment, EKU clientAuth),
  refused for petitions;

plus a delegated OCSP responder, a TSA, a CRL and OCSP responses for every end entity.
All CA names contain "TEST", so production mode refuses these identities.
Test material only: the private keys are written unencrypted.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import x509

from signing.core import oids
from signing.core.crlindex import CrlIndex
from signing.core.signer import PrivateKey, sign_cms
from signing.core.validator import ValidationConfig
from signing.testpki import builders

KINDS = ("gost2015", "rsa")
USERS = ("individual", "lawyer", "legal_entity", "expired", "revoked", "auth")
IDENTITIES: dict[str, dict[str, Any]] = {
    "individual": {
        "cn": "АХМЕТОВ АСАН",
        "surname": "АХМЕТОВ",
        "patronymic": "СЕРИКОВИЧ",
        "iin": "870412300416",
    },
    "lawyer": {
        "cn": "СУЛЕЙМЕНОВА АЙГУЛЬ",
        "surname": "СУЛЕЙМЕНОВА",
        "patronymic": "МАРАТОВНА",
        "iin": "850923400328",
    },
    "legal_entity": {
        "cn": "ТЕСТОВА ДИНАРА",
        "surname": "ТЕСТОВА",
        "patronymic": "БОЛАТОВНА",
        "iin": "800115400514",
        "org": 'ТОО "ДЕМО КОМПАНИЯ"',
        "bin": "190340012345",
    },
    "expired": {
        "cn": "ЕСКІ КІЛТ",
        "surname": "ЕСКІ",
        "patronymic": "ТЕСТОВИЧ",
        "iin": "900101300017",
    },
    "revoked": {
        "cn": "ҚАЙТАРЫЛҒАН КІЛТ",
        "surname": "ҚАЙТАРЫЛҒАН",
        "patronymic": "ТЕСТОВИЧ",
        "iin": "900202300026",
    },
    "auth": {
        "cn": "АХМЕТОВ АСАН",
        "surname": "АХМЕТОВ",
        "patronymic": "СЕРИКОВИЧ",
        "iin": "870412300416",
    },
}
_AUTH_POLICY = {"rsa": oids.POLICY_RSA_AUTH, "gost2015": oids.POLICY_GOST2004_AUTH}
_OCSP_URL = "http://ocsp.test.invalid/"
_CRL_URL = "http://crl.test.invalid/ca.crl"


@dataclass
class Issued:
    cert: x509.Certificate
    key: PrivateKey


@dataclass
class Hierarchy:
    kind: str
    root: Issued
    ca: Issued
    ocsp: Issued
    tsa: Issued
    users: dict[str, Issued] = field(default_factory=dict)
    crl: bytes = b""
    root_crl: bytes = b""
    ocsp_responses: dict[str, bytes] = field(default_factory=dict)
    revoked_at: datetime | None = None


@dataclass
class TestPki:
    now: datetime
    hierarchies: dict[str, Hierarchy]

    def anchors(self) -> list[x509.Certificate]:
        return [h.root.cert for h in self.hierarchies.values()]

    def config(self, **overrides: Any) -> ValidationConfig:
        """A ValidationConfig trusting these roots, with all CRLs and OCSP responses."""
        kwargs: dict[str, Any] = {
            "trust_anchors": self.anchors(),
            "intermediates": [h.ca.cert for h in self.hierarchies.values()],
            "crls": [
                CrlIndex.build(raw, issuer)
                for h in self.hierarchies.values()
                for raw, issuer in ((h.crl, h.ca.cert), (h.root_crl, h.root.cert))
            ],
            "ocsp_responses": [
                r for h in self.hierarchies.values() for r in h.ocsp_responses.values()
            ],
        }
        kwargs.update(overrides)
        return ValidationConfig(**kwargs)

    def timestamper(self, kind: str, gen_time: datetime | None = None) -> Callable[[bytes], bytes]:
        h = self.hierarchies[kind]
        when = gen_time or self.now

        def stamp(signature_value: bytes) -> bytes:
            return builders.timestamp_token(signature_value, h.tsa.cert, h.tsa.key, when)

        return stamp

    def sign(self, user: str, data: bytes, kind: str = "gost2015", **kwargs: Any) -> bytes:
        """Detached (default) CMS over ``data`` by ``user`` of hierarchy ``kind``."""
        issued = self.hierarchies[kind].users[user]
        kwargs.setdefault("signing_time", self.now)
        return sign_cms(data, issued.key, issued.cert, **kwargs)

    def write(self, directory: str | Path) -> Path:
        """Write certificates (DER .cer), keys (PEM .key), CRLs, OCSP responses, manifest."""
        root = Path(directory)
        trust = root / "trust"
        trust.mkdir(parents=True, exist_ok=True)
        manifest: dict[str, Any] = {"generated_at": self.now.isoformat(), "hierarchies": {}}
        for kind, h in self.hierarchies.items():
            d = root / kind
            d.mkdir(parents=True, exist_ok=True)
            (trust / f"root_{kind}.cer").write_bytes(h.root.cert.dump())
            (trust / f"ca_{kind}.cer").write_bytes(h.ca.cert.dump())
            entries = {"root": h.root, "ca": h.ca, "ocsp": h.ocsp, "tsa": h.tsa, **h.users}
            for label, issued in entries.items():
                (d / f"{label}.cer").write_bytes(issued.cert.dump())
                (d / f"{label}.key").write_bytes(issued.key.to_pem())
            (d / "ca.crl").write_bytes(h.crl)
            (d / "root.crl").write_bytes(h.root_crl)
            for label, raw in h.ocsp_responses.items():
                (d / f"ocsp_{label}.der").write_bytes(raw)
            manifest["hierarchies"][kind] = {
                label: {**IDENTITIES[label], "serial": f"{h.users[label].cert.serial_number:x}"}
                for label in h.users
            }
        (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2))
        return root


def _hierarchy(kind: str, now: datetime, serial_base: int) -> Hierarchy:
    day = timedelta(days=1)
    tag = "GOST" if kind == "gost2015" else "RSA"
    root_key = PrivateKey.generate(kind)
    root_name = builders.name(f"DEMO ROOT CA TEST ({tag})")
    root = builders.certificate(
        subject=root_name,
        key=root_key,
        issuer=None,
        issuer_key=root_key,
        serial=serial_base + 1,
        not_before=now - 400 * day,
        not_after=now + 7300 * day,
        ca=True,
        key_usage=("key_cert_sign", "crl_sign"),
    )
    ca_key = PrivateKey.generate(kind)
    ca = builders.certificate(
        subject=builders.name(f"DEMO ҰКО TEST ({tag})"),
        key=ca_key,
        issuer=root,
        issuer_key=root_key,
        serial=serial_base + 2,
        not_before=now - 399 * day,
        not_after=now + 3650 * day,
        ca=True,
        key_usage=("key_cert_sign", "crl_sign"),
    )
    h = Hierarchy(kind, Issued(root, root_key), Issued(ca, ca_key), None, None)  # type: ignore[arg-type]

    def issue(serial: int, subject: x509.Name, **kw: Any) -> Issued:
        key = PrivateKey.generate(kind)
        kw.setdefault("not_before", now - 30 * day)
        kw.setdefault("not_after", now + 335 * day)
        cert = builders.certificate(
            subject=subject,
            key=key,
            issuer=ca,
            issuer_key=ca_key,
            serial=serial,
            ocsp_url=_OCSP_URL,
            crl_url=_CRL_URL,
            **kw,
        )
        return Issued(cert, key)

    h.ocsp = issue(
        serial_base + 3,
        builders.name(f"DEMO OCSP RESPONDER TEST ({tag})"),
        key_usage=("digital_signature",),
        eku=["ocsp_signing"],
    )
    h.tsa = issue(
        serial_base + 4,
        builders.name(f"DEMO TSA TEST ({tag})"),
        key_usage=("digital_signature",),
        eku=["time_stamping"],
        eku_critical=True,
    )
    sign_ku = ("digital_signature", "non_repudiation", "key_agreement")
    for n, user in enumerate(USERS):
        ident = IDENTITIES[user]
        subject = builders.name(
            ident["cn"],
            iin=ident["iin"],
            bin_=ident.get("bin"),
            surname=ident["surname"],
            patronymic=ident["patronymic"],
            org=ident.get("org"),
        )
        roles = (
            [oids.ROLE_ORG_EMPLOYEE_ANY, oids.ROLE_CEO]
            if "org" in ident
            else [oids.ROLE_INDIVIDUAL]
        )
        kw: dict[str, Any] = {
            "key_usage": sign_ku,
            "eku": [oids.EKU_EMAIL_PROTECTION, *roles],
            "policies": [oids.POLICY_GOST2015 if kind == "gost2015" else oids.POLICY_RSA_SIGN],
            "email": f"{user}@example.kz",
        }
        if user == "expired":
            kw.update(not_before=now - 400 * day, not_after=now - 35 * day)
        if user == "auth":
            kw.update(
                key_usage=("digital_signature", "key_encipherment"),
                eku=[oids.EKU_CLIENT_AUTH, *roles],
                policies=[_AUTH_POLICY[kind]],
            )
        h.users[user] = issue(serial_base + 16 + n, subject, **kw)
    h.revoked_at = (now - 10 * day).replace(microsecond=0)
    revoked_serial = h.users["revoked"].cert.serial_number
    h.crl = builders.crl_der(
        ca,
        ca_key,
        [
            (revoked_serial, h.revoked_at, "key_compromise"),
            (serial_base + 999, now - 20 * day, None),
        ],
        this_update=now - day,
        next_update=now + 30 * day,
        number=7,
    )
    h.root_crl = builders.crl_der(
        root, root_key, [], this_update=now - day, next_update=now + 30 * day, number=3
    )
    produced = (now - timedelta(hours=1)).replace(microsecond=0)
    for user, issued in h.users.items():
        h.ocsp_responses[user] = builders.ocsp_response(
            issued.cert,
            ca,
            h.ocsp.cert,
            h.ocsp.key,
            produced_at=produced,
            revoked_at=h.revoked_at if user == "revoked" else None,
        )
    return h


def generate(
    directory: str | Path | None = None,
    *,
    now: datetime | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> TestPki:
    """Build the test PKI (and write it to ``directory`` when given)."""
    when = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    pki = TestPki(when, {k: _hierarchy(k, when, 0x1000 * (i + 1)) for i, k in enumerate(kinds)})
    if directory is not None:
        pki.write(directory)
    return pki

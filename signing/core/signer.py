"""CMS SignedData *creation* with test keys (demo signer, test PKI, tests).

Threat model: this module holds private keys in memory and the GOST arithmetic is not
constant time.  It is meant for generated test/demo keys only; the portal never signs on a
citizen's behalf (NCALayer does, on the citizen's machine).  The Django glue must only enable
the demo signer when the demo trust store is active.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import cms, core, keys, pem, tsp, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from signing.core import algorithms, gost_ec, oids

_GOST_PEM = "KZ GOST2015 PRIVATE KEY"
_RSA_HASH: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    oids.SHA1: hashes.SHA1,
    oids.SHA256: hashes.SHA256,
    oids.SHA512: hashes.SHA512,
}
_RSA_SIG = {oids.SHA1: oids.SHA1_RSA, oids.SHA256: oids.SHA256_RSA, oids.SHA512: oids.SHA512_RSA}


def _der_seq(*parts: bytes) -> bytes:
    body = b"".join(parts)
    n = len(body)
    if n < 0x80:
        return b"\x30" + bytes([n]) + body
    ln = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return b"\x30" + bytes([0x80 | len(ln)]) + ln + body


@dataclass
class PrivateKey:
    """An RSA (``cryptography``) or GOST 34.10-2015-512 (integer) test private key."""

    kind: str  # "rsa" | "gost2015"
    rsa_key: rsa.RSAPrivateKey | None = None
    gost_d: int = 0

    @classmethod
    def generate(cls, kind: str) -> PrivateKey:
        if kind == "rsa":
            return cls(
                "rsa", rsa_key=rsa.generate_private_key(public_exponent=65537, key_size=2048)
            )
        if kind == "gost2015":
            return cls("gost2015", gost_d=secrets.randbelow(gost_ec.TC26_512_A.q - 1) + 1)
        raise ValueError(f"unknown key kind {kind}")

    def public_key_info(self) -> keys.PublicKeyInfo:
        if self.rsa_key is not None:
            der = self.rsa_key.public_key().public_bytes(
                serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
            )
            return keys.PublicKeyInfo.load(der)
        x, y = gost_ec.public_key(gost_ec.TC26_512_A, self.gost_d)
        point = core.OctetString(x.to_bytes(64, "little") + y.to_bytes(64, "little")).dump()
        alg = _der_seq(
            core.ObjectIdentifier(oids.GOST2015_512_KEY).dump(),
            _der_seq(
                core.ObjectIdentifier(oids.GOST2015_512_PARAMSET_A).dump(),
                core.ObjectIdentifier(oids.STREEBOG512).dump(),
            ),
        )
        return keys.PublicKeyInfo.load(_der_seq(alg, core.OctetBitString(point).dump()))

    def default_digest(self) -> str:
        return oids.SHA256 if self.kind == "rsa" else oids.STREEBOG512

    def sign(self, data: bytes, digest_oid: str | None = None) -> tuple[str, bytes]:
        """Return (signature algorithm OID, signature value) over ``data``."""
        digest_oid = digest_oid or self.default_digest()
        if self.rsa_key is not None:
            sig = self.rsa_key.sign(data, padding.PKCS1v15(), _RSA_HASH[digest_oid]())
            return _RSA_SIG[digest_oid], sig
        return oids.GOST2015_512_SIG, algorithms.gost_sign(oids.GOST2015_512_SIG, self.gost_d, data)

    def to_pem(self) -> bytes:
        if self.rsa_key is not None:
            return self.rsa_key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        der = _der_seq(
            core.ObjectIdentifier(oids.GOST2015_512_KEY).dump(),
            core.OctetString(self.gost_d.to_bytes(64, "little")).dump(),
        )
        return pem.armor(_GOST_PEM, der)

    @classmethod
    def from_pem(cls, data: bytes) -> PrivateKey:
        name, _, der = pem.unarmor(data)
        if name == _GOST_PEM:
            seq = core.Sequence.load(der)
            return cls("gost2015", gost_d=int.from_bytes(seq[1].native, "little"))
        key = serialization.load_der_private_key(der, password=None)
        if not isinstance(key, rsa.RSAPrivateKey):
            raise ValueError("unsupported private key")
        return cls("rsa", rsa_key=key)

    @classmethod
    def load(cls, path: str | Path) -> PrivateKey:
        return cls.from_pem(Path(path).read_bytes())


Timestamper = Callable[[bytes], bytes]  # signature value -> TimeStampToken (ContentInfo DER)


def sign_cms(
    data: bytes,
    key: PrivateKey,
    cert: x509.Certificate,
    *,
    detached: bool = True,
    digest_oid: str | None = None,
    signing_time: datetime | None = None,
    ess: bool = True,
    extra_certs: Sequence[x509.Certificate] = (),
    timestamper: Timestamper | None = None,
    econtent_type: str = oids.CT_DATA,
    ess_cert: x509.Certificate | None = None,
) -> bytes:
    """CAdES-B(-T) SignedData over ``data`` in the NCALayer layout; returns DER.

    ``ess_cert`` (tests only) makes the ESS attribute reference another certificate.
    """
    digest_oid = digest_oid or key.default_digest()
    when = (signing_time or datetime.now(UTC)).replace(microsecond=0)
    attrs = [
        {"type": "content_type", "values": [econtent_type]},
        {"type": "signing_time", "values": [cms.Time({"utc_time": when})]},
    ]
    if ess:
        ess_v2 = tsp.SigningCertificateV2(
            {"certs": [{"cert_hash": hashlib.sha256((ess_cert or cert).dump()).digest()}]}
        )
        attrs.append({"type": "signing_certificate_v2", "values": [ess_v2]})
    attrs.append({"type": "message_digest", "values": [algorithms.digest(digest_oid, data)]})
    signed_attrs = cms.CMSAttributes(attrs)
    sig_oid, signature = key.sign(signed_attrs.dump(), digest_oid)
    si = {
        "version": "v1",
        "sid": cms.SignerIdentifier(
            {
                "issuer_and_serial_number": {
                    "issuer": cert.issuer.copy(),
                    "serial_number": cert.serial_number,
                }
            }
        ),
        "digest_algorithm": {"algorithm": digest_oid},
        "signed_attrs": signed_attrs,
        "signature_algorithm": {"algorithm": sig_oid},
        "signature": signature,
    }
    if timestamper is not None:
        token = cms.ContentInfo.load(timestamper(signature))
        si["unsigned_attrs"] = [{"type": "signature_time_stamp_token", "values": [token]}]
    parts = [core.ObjectIdentifier(econtent_type).dump()]
    if not detached:
        octets = core.OctetString(data).dump()
        parts.append(b"\xa0" + _der_seq(octets)[1:])  # [0] EXPLICIT OCTET STRING
    encap = cms.ContentInfo.load(_der_seq(*parts))
    sd = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": digest_oid}],
            "encap_content_info": encap,
            "certificates": [cert, *extra_certs],
            "signer_infos": [si],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def sign_detached(data: bytes, key: PrivateKey, cert: x509.Certificate, **kwargs: object) -> bytes:
    """Detached CMS over ``data`` (what NCALayer ``basics.sign`` with encapsulate=false makes)."""
    return sign_cms(data, key, cert, detached=True, **kwargs)  # type: ignore[arg-type]

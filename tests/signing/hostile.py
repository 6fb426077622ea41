"""Hostile CMS inputs of issue 11, built once and shared by the core, CLI and view tests.

Each builder makes what an attacker with no NCA key can make: a key of their own, certificates
they sign themselves, and bytes changed after signing. Imported as ``hostile`` by the signing
tests and as ``tests.signing.hostile`` by the view tests; it needs no Django.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

from asn1crypto import cms, core, x509

from signing.core import oids
from signing.core.signer import PrivateKey, sign_cms
from signing.testpki import builders

EVIL_IIN = "870412300416"  # the demo PKI's individual: the attack claims a real person's IIN


@functools.cache
def _key() -> PrivateKey:
    return PrivateKey.generate("rsa")  # one key for every forged CA and the signer: fast


def _window() -> tuple[datetime, datetime]:
    now = datetime.now(UTC).replace(microsecond=0)
    return now - timedelta(days=1), now + timedelta(days=30)


@functools.cache
def bomb_cas(k: int) -> tuple[x509.Certificate, ...]:
    """k self-issued "CA" certificates with one name and one key: each verifies as the issuer
    of every other (and of itself), the path-building blow-up."""
    key = _key()
    not_before, not_after = _window()
    subject = builders.name("NATIONAL CERTIFICATION AUTHORITY (RSA) EVIL")
    return tuple(
        builders.certificate(
            subject=subject,
            key=key,
            issuer=None,
            issuer_key=key,
            serial=1000 + i,
            not_before=not_before,
            not_after=not_after,
            ca=True,
            key_usage=("key_cert_sign", "crl_sign"),
        )
        for i in range(k)
    )


def _signer(issuer: x509.Certificate) -> x509.Certificate:
    not_before, not_after = _window()
    return builders.certificate(
        subject=builders.name("EVIL USER", iin=EVIL_IIN, surname="EVIL"),
        key=_key(),
        issuer=issuer,
        issuer_key=_key(),
        serial=77,
        not_before=not_before,
        not_after=not_after,
        key_usage=("digital_signature", "non_repudiation"),
    )


def path_bomb(data: bytes, k: int) -> bytes:
    """A detached CMS over ``data`` carrying the k forged CAs of ``bomb_cas``."""
    cas = bomb_cas(k)
    return sign_cms(data, _key(), _signer(cas[0]), extra_certs=cas)


def deep_name(depth: int = 2000) -> x509.Name:
    """A Name whose one attribute value is ``depth`` SEQUENCEs nested in each other."""
    inner = b"\x05\x00"
    for _ in range(depth):
        inner = builders._tlv(0x30, inner)
    atv = builders._tlv(0x30, core.ObjectIdentifier("1.2.3.4").dump() + inner)
    return x509.Name.load(builders._tlv(0x30, builders._tlv(0x31, atv)))


def deep_name_cms(data: bytes, depth: int = 2000) -> bytes:
    """A detached CMS whose signer certificate's issuer is ``deep_name(depth)`` (so is the
    SignerIdentifier's issuer): matching them recursed until RecursionError."""
    key = _key()
    not_before, not_after = _window()
    ca = builders.certificate(
        subject=deep_name(depth),
        key=key,
        issuer=None,
        issuer_key=key,
        serial=5,
        not_before=not_before,
        not_after=not_after,
        ca=True,
        key_usage=("key_cert_sign",),
    )
    return sign_cms(data, key, _signer(ca))


def econtent_type_retagged(cms_der: bytes) -> bytes:
    """The CMS with one byte changed: the eContentType OID's tag 0x06 made 0x04."""
    info = cms.ContentInfo.load(cms_der)
    encap = info["content"]["encap_content_info"]
    start = cms_der.index(encap.dump())
    oid_at = start + len(encap._header)
    assert cms_der[oid_at] == 0x06
    return cms_der[:oid_at] + b"\x04" + cms_der[oid_at + 1 :]


def with_trailing_junk(cms_der: bytes, n: int = 152) -> bytes:
    """The CMS followed by ``n`` bytes that nobody signed."""
    return cms_der + bytes((i * 37 + 11) % 256 for i in range(n))


def with_unsigned_attribute(cms_der: bytes) -> bytes:
    """The CMS with an unsigned attribute added after signing (a non-CAdES one)."""
    info = cms.ContentInfo.load(cms_der)
    si = info["content"]["signer_infos"][0]
    si["unsigned_attrs"] = cms.CMSAttributes([{"type": "content_type", "values": [oids.CT_DATA]}])
    return info.dump(force=False)


def tsa_bomb_timestamper(k: int):  # type: ignore[no-untyped-def]
    """A timestamper whose token is signed by a TSA certificate issued by the forged CAs of
    ``bomb_cas(k)``, all carried in the token: the blow-up through the TSA chain."""
    cas = bomb_cas(k)
    not_before, not_after = _window()
    tsa = builders.certificate(
        subject=builders.name("EVIL TIME-STAMPING AUTHORITY"),
        key=_key(),
        issuer=cas[0],
        issuer_key=_key(),
        serial=88,
        not_before=not_before,
        not_after=not_after,
        key_usage=("digital_signature",),
        eku=[oids.EKU_TIME_STAMPING],
        eku_critical=True,
    )

    def stamp(signature_value: bytes) -> bytes:
        token = cms.ContentInfo.load(
            builders.timestamp_token(signature_value, tsa, _key(), not_after - timedelta(days=29))
        )
        sd = token["content"]
        sd["certificates"] = [tsa, *cas]
        return token.dump(force=False)

    return stamp

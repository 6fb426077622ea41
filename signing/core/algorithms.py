"""Digest and signature-algorithm dispatch (RSA via ``cryptography``, GOST via :mod:`gost_ec`).

Threat model: the algorithm identifiers come from attacker-supplied CMS/certificates.
Only an allow-list of (signature algorithm, key algorithm, digest) triples is accepted, so a
GOST digest cannot be paired with an RSA key, SHA-1 and RSA keys below 2048 bits are refused
as *crypto constraints* (reported apart from a bad signature), and unknown OIDs are refused.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from asn1crypto import core, keys
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from signing.core import der, gost_ec, oids
from signing.core.gost94 import gost94_test
from signing.core.streebog import streebog256, streebog512


class AlgorithmError(Exception):
    """Unknown or disallowed algorithm (ETSI CRYPTO_CONSTRAINTS_FAILURE)."""


class SignatureInvalid(Exception):  # noqa: N818 - reads better at call sites
    """The signature value does not verify (ETSI SIG_CRYPTO_FAILURE)."""


def _gost94(data: bytes) -> bytes:
    return gost94_test(data)


HASHES: dict[str, tuple[str, Callable[[bytes], bytes]]] = {
    oids.SHA1: ("sha1", lambda d: hashlib.sha1(d).digest()),  # noqa: S324 - recognised, then refused
    oids.SHA256: ("sha256", lambda d: hashlib.sha256(d).digest()),
    oids.SHA384: ("sha384", lambda d: hashlib.sha384(d).digest()),
    oids.SHA512: ("sha512", lambda d: hashlib.sha512(d).digest()),
    oids.STREEBOG256: ("streebog256", streebog256),
    oids.STREEBOG512: ("streebog512", streebog512),
    oids.GOST34311_95: ("gost34311_95", _gost94),
}
WEAK_DIGESTS = frozenset({oids.SHA1})
_RSA_SIG_HASH = {
    oids.SHA1_RSA: oids.SHA1,
    oids.SHA256_RSA: oids.SHA256,
    oids.SHA384_RSA: oids.SHA384,
    oids.SHA512_RSA: oids.SHA512,
}
_CRYPTO_HASH: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    oids.SHA1: hashes.SHA1,
    oids.SHA256: hashes.SHA256,
    oids.SHA384: hashes.SHA384,
    oids.SHA512: hashes.SHA512,
}


@dataclass(frozen=True)
class GostScheme:
    key_oid: str
    digest_oid: str
    curve: gost_ec.Curve
    name: str


GOST_SIGS: dict[str, GostScheme] = {
    oids.GOST2015_512_SIG: GostScheme(
        oids.GOST2015_512_KEY, oids.STREEBOG512, gost_ec.TC26_512_A, "GOST34.10-2015-512"
    ),
    oids.GOST2015_256_SIG: GostScheme(
        oids.GOST2015_256_KEY, oids.STREEBOG256, gost_ec.TC26_256_A, "GOST34.10-2015-256"
    ),
    oids.GOST2004_SIG: GostScheme(
        oids.GOST2004_KEY, oids.GOST34311_95, gost_ec.CRYPTOPRO_A, "GOST34.310-2004"
    ),
}
MIN_RSA_BITS = 2048


def digest(oid: str, data: bytes) -> bytes:
    try:
        return HASHES[oid][1](data)
    except KeyError:
        raise AlgorithmError(f"unsupported digest algorithm {oid}") from None


def digest_name(oid: str) -> str:
    return HASHES[oid][0] if oid in HASHES else oid


def resolve(sig_oid: str, digest_oid: str | None, key: keys.PublicKeyInfo) -> tuple[str, str]:
    """Return (display name, digest OID) for a signature, or raise AlgorithmError.

    ``digest_oid`` is the CMS digestAlgorithm (None for certificates/CRLs/OCSP where the
    signature OID fixes the digest).
    """
    key_oid = key["algorithm"]["algorithm"].dotted
    if sig_oid in GOST_SIGS:
        scheme = GOST_SIGS[sig_oid]
        if key_oid != scheme.key_oid:
            raise AlgorithmError(f"key {key_oid} does not match signature algorithm {sig_oid}")
        if digest_oid not in (None, scheme.digest_oid):
            raise AlgorithmError(f"digest {digest_oid} does not match {scheme.name}")
        return scheme.name, scheme.digest_oid
    if key_oid != oids.RSA:
        raise AlgorithmError(f"unsupported key algorithm {key_oid} for {sig_oid}")
    if sig_oid == oids.RSA and digest_oid in _CRYPTO_HASH:
        hash_oid = digest_oid
    elif sig_oid in _RSA_SIG_HASH and digest_oid in (None, _RSA_SIG_HASH[sig_oid]):
        hash_oid = _RSA_SIG_HASH[sig_oid]
    else:
        raise AlgorithmError(f"unsupported RSA signature {sig_oid} / digest {digest_oid}")
    if hash_oid in WEAK_DIGESTS:
        raise AlgorithmError(f"weak digest {digest_name(hash_oid)} is not accepted")
    bits = key["public_key"].parsed["modulus"].native.bit_length()
    if bits < MIN_RSA_BITS:
        raise AlgorithmError(f"RSA key of {bits} bits is below {MIN_RSA_BITS}")
    return f"RSA-{digest_name(hash_oid).upper()}", hash_oid


def gost_point(key: keys.PublicKeyInfo, curve: gost_ec.Curve) -> gost_ec.Point:
    raw = core.OctetString.load(key["public_key"].native).native
    n = curve.size
    if len(raw) != 2 * n:
        raise SignatureInvalid("GOST public key has the wrong length")
    return int.from_bytes(raw[:n], "little"), int.from_bytes(raw[n:], "little")


def verify(
    sig_oid: str,
    key: keys.PublicKeyInfo,
    data: bytes,
    signature: bytes,
    digest_oid: str | None = None,
    prehashed: bytes | None = None,
) -> str:
    """Verify ``signature`` over ``data``; return the algorithm's display name.

    Raises AlgorithmError (not allowed) or SignatureInvalid (does not verify).
    """
    name, hash_oid = resolve(sig_oid, digest_oid, key)
    if sig_oid in GOST_SIGS:
        curve = GOST_SIGS[sig_oid].curve
        n = curve.size
        h = prehashed if prehashed is not None else digest(hash_oid, data)
        if len(signature) != 2 * n:
            raise SignatureInvalid("GOST signature has the wrong length")
        r = int.from_bytes(signature[:n], "little")
        s = int.from_bytes(signature[n:], "little")
        if not gost_ec.verify(curve, gost_point(key, curve), int.from_bytes(h, "little"), r, s):
            raise SignatureInvalid("GOST signature does not verify")
        return name
    pub = serialization.load_der_public_key(der.raw(key))
    assert isinstance(pub, rsa.RSAPublicKey)
    try:
        pub.verify(signature, data, padding.PKCS1v15(), _CRYPTO_HASH[hash_oid]())
    except InvalidSignature:
        raise SignatureInvalid("RSA signature does not verify") from None
    return name


def gost_sign(sig_oid: str, private: int, data: bytes) -> bytes:
    """KZ-layout GOST signature r_LE || s_LE (test keys only)."""
    scheme = GOST_SIGS[sig_oid]
    h = digest(scheme.digest_oid, data)
    r, s = gost_ec.sign(scheme.curve, private, int.from_bytes(h, "little"))
    n = scheme.curve.size
    return r.to_bytes(n, "little") + s.to_bytes(n, "little")

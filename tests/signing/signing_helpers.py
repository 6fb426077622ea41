"""Shared helpers for the signing tests (no Django, no network)."""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import cms, x509

from signing.core.certs import load_certificate
from signing.testpki import TestPki, generate

FIX = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def fx(rel: str) -> bytes:
    return (FIX / rel).read_bytes()


def cert(rel: str) -> x509.Certificate:
    return load_certificate(fx(rel))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@functools.cache
def pki() -> TestPki:
    """One generated test PKI for the whole session (keys are slow to make)."""
    return generate(now=NOW)


def real_roots() -> list[x509.Certificate]:
    return [cert(f"trust/{n}") for n in sorted(p.name for p in (FIX / "trust").iterdir())]


def real_cas() -> list[x509.Certificate]:
    return [cert(f"ca/{n}") for n in sorted(p.name for p in (FIX / "ca").iterdir())]


def real_crls() -> list[bytes]:
    return [p.read_bytes() for p in sorted((FIX / "crl").iterdir())]


def real_ocsp() -> list[bytes]:
    return [p.read_bytes() for p in sorted((FIX / "ocsp").iterdir())]


def merge_signers(first: bytes, second: bytes) -> bytes:
    """A SignedData with the signers and certificates of both inputs (multi-signature)."""
    a = cms.ContentInfo.load(first)
    b = cms.ContentInfo.load(second)
    sd_a, sd_b = a["content"], b["content"]
    sd = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [*sd_a["digest_algorithms"], *sd_b["digest_algorithms"]],
            "encap_content_info": sd_a["encap_content_info"],
            "certificates": [*sd_a["certificates"], *sd_b["certificates"]],
            "signer_infos": [*sd_a["signer_infos"], *sd_b["signer_infos"]],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": sd}).dump()


def flip_signature(der: bytes, index: int = 0) -> bytes:
    """Corrupt the signature value of signer ``index``."""
    info = cms.ContentInfo.load(der)
    sig = info["content"]["signer_infos"][index]["signature"].native
    pos = der.rindex(sig)
    return der[:pos] + bytes([sig[0] ^ 1]) + der[pos + 1 :]

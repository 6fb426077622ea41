"""Fetch, verify and index the configured CRLs, off the request path.

The NCA's production GOST CRL has ≈ 420,000 entries (≈ 20 MB): parsing it per request would
stall the site. The beat task calls ``crl_refresh_all``: each configured source (an http(s) URL
or a file; never a URL taken from a certificate) is read, its signature verified against a
certificate of the trust store, and the compact index saved atomically next to the others.
Web processes only load the small index files (``config.validation_config``). A source that
fails keeps its previous index: stale evidence then expires by its own nextUpdate and the
validator answers TRY_LATER rather than silently passing.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem, x509
from django.conf import settings

from signing.core import der
from signing.core.certs import load_certificates_dir
from signing.core.crlindex import CrlError, CrlIndex
from signing.core.fetch import fetch_crl

from .config import CRL_INDEX_SUFFIX, crl_cache_dir, trust_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RefreshResult:
    source: str
    ok: bool
    entries: int = 0
    error: str = ""
    unchanged: bool = False  # the same CRL as last time: its index was kept, not rebuilt


def _read_source(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        return fetch_crl(source)
    return Path(source).read_bytes()


def index_path(source: str) -> Path:
    name = hashlib.sha256(source.encode("utf-8")).hexdigest()[:24]
    return crl_cache_dir() / f"{name}{CRL_INDEX_SUFFIX}"


def _kept_index(target: Path, raw: bytes, trusted: list[x509.Certificate]) -> CrlIndex | None:
    """The saved index when it was built from these very bytes and its verifying key is still
    trusted. Verifying a GOST-signed production CRL means Streebog over ≈ 20 MB in pure Python
    (about a minute, ``bench/signing.py``): once per published CRL, not once per refresh."""
    der_bytes = pem.unarmor(raw)[2] if pem.detect(raw) else raw
    try:
        kept = CrlIndex.load(target)
    except (OSError, CrlError, ValueError, KeyError):
        return None
    if kept.sha256 != hashlib.sha256(der_bytes).hexdigest():
        return None
    if kept.verified_by not in {der.key_id(c).hex() for c in trusted}:
        return None
    return kept


def crl_refresh_one(source: str) -> RefreshResult:
    try:
        raw = _read_source(source)
        trusted = load_certificates_dir(trust_dir())
        kept = _kept_index(index_path(source), raw, trusted)
        if kept is not None:
            return RefreshResult(source, ok=True, entries=len(kept), unchanged=True)
        index = CrlIndex.build(raw)
        issuers = [c for c in trusted if c.subject.hashable == index.issuer_hashable]
        problems = [p for p in (index.verify_with(c) for c in issuers) if p]
        if index.verified_by is None:
            raise CrlError("; ".join(problems) or "no trusted certificate issued this CRL")
    except (OSError, CrlError, ValueError) as exc:
        log.warning("CRL source %s not refreshed: %s", source, exc)
        return RefreshResult(source, ok=False, error=str(exc))
    target = index_path(source)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(fd)
    try:
        index.save(tmp)
        Path(tmp).replace(target)  # atomic: readers see the old or the new index, never half
    finally:
        Path(tmp).unlink(missing_ok=True)
    return RefreshResult(source, ok=True, entries=len(index))


def crl_refresh_all() -> list[RefreshResult]:
    return [crl_refresh_one(source) for source in settings.SIGNING_CRL_SOURCES]

"""The validation configuration, built from settings once per process and kept current.

Why a module of its own: building trust (anchors from SIGNING_TRUST_DIR) and revocation data
(CRL indexes the beat task writes to SIGNING_CRL_CACHE_DIR) costs file I/O and parsing that must
never happen per request. ``validation_config()`` returns a cached ``ValidationConfig`` and
rebuilds it only when a file in either directory changed (a directory scan of a few entries is
cheap; parsing 20 MB of CRL is not, and happens only in the beat task).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from signing.core.certs import CertificateLoadError, load_certificates_dir
from signing.core.crlindex import CrlError, CrlIndex
from signing.core.fetch import make_ocsp_fetcher
from signing.core.validator import ValidationConfig

log = logging.getLogger(__name__)
_lock = threading.Lock()
_cached: tuple[tuple[object, ...], ValidationConfig] | None = None

CRL_INDEX_SUFFIX = ".crlidx"


def demo_pki_dir() -> Path | None:
    return Path(settings.SIGNING_DEMO_PKI_DIR) if settings.SIGNING_DEMO_PKI_DIR else None


def demo_signer_enabled() -> bool:
    """The server-side demo signer runs only with the generated test PKI as the trust store,
    and never in production mode (a system check also refuses that combination)."""
    pki = demo_pki_dir()
    if pki is None or settings.SIGNING_PRODUCTION:
        return False
    trust = Path(settings.SIGNING_TRUST_DIR) if settings.SIGNING_TRUST_DIR else None
    return trust is not None and trust.resolve() == (pki / "trust").resolve()


def _stamp(directory: Path | None, suffixes: tuple[str, ...] | None = None) -> tuple[object, ...]:
    if directory is None or not directory.is_dir():
        return ()
    return tuple(
        sorted(
            (entry.name, entry.stat().st_mtime_ns, entry.stat().st_size)
            for entry in directory.iterdir()
            if entry.is_file() and (suffixes is None or entry.suffix in suffixes)
        )
    )


def trust_dir() -> Path:
    if not settings.SIGNING_TRUST_DIR:
        raise ImproperlyConfigured(
            "SIGNING_TRUST_DIR is not set: name the directory of NCA RK trust certificates."
        )
    return Path(settings.SIGNING_TRUST_DIR)


def crl_cache_dir() -> Path:
    return Path(settings.SIGNING_CRL_CACHE_DIR)


def load_crl_indexes(directory: Path) -> list[CrlIndex]:
    indexes = []
    for path in sorted(directory.glob(f"*{CRL_INDEX_SUFFIX}")):
        try:
            indexes.append(CrlIndex.load(path))
        except (CrlError, OSError, ValueError) as exc:  # a half-written or foreign file
            log.warning("skipping CRL index %s: %s", path, exc)
    return indexes


def _build() -> ValidationConfig:
    directory = trust_dir()
    if not directory.is_dir():
        raise ImproperlyConfigured(f"SIGNING_TRUST_DIR={directory} is not a directory.")
    try:
        anchors = load_certificates_dir(directory)
    except CertificateLoadError as exc:  # the operator's file, not the signer's fault
        raise ImproperlyConfigured(f"SIGNING_TRUST_DIR: {exc}") from exc
    if not anchors:
        raise ImproperlyConfigured(f"SIGNING_TRUST_DIR={directory} holds no certificate.")
    fetcher = (
        make_ocsp_fetcher(settings.SIGNING_OCSP_URL, timeout=settings.SIGNING_OCSP_TIMEOUT)
        if settings.SIGNING_OCSP_URL
        else None
    )
    return ValidationConfig(
        trust_anchors=anchors,
        crls=load_crl_indexes(crl_cache_dir()),
        fetch_ocsp=fetcher,
        production=settings.SIGNING_PRODUCTION,
    )


def validation_config() -> ValidationConfig:
    """The current configuration; rebuilt when the trust store or a CRL index changed."""
    global _cached
    key = (
        settings.SIGNING_TRUST_DIR,
        settings.SIGNING_OCSP_URL,
        settings.SIGNING_PRODUCTION,
        _stamp(Path(settings.SIGNING_TRUST_DIR) if settings.SIGNING_TRUST_DIR else None),
        _stamp(crl_cache_dir(), (CRL_INDEX_SUFFIX,)),
    )
    with _lock:
        if _cached is None or _cached[0] != key:
            _cached = (key, _build())
        return _cached[1]

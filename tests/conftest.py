"""Suite-wide fixtures: private temporary storage, a clean cache, Kazakh as the active language,
and no network beyond this machine (fakes belong at the edge of the world, never a live one)."""

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.cache import cache
from django.utils import translation

_real_connect = socket.socket.connect
_LOCAL = ("127.0.0.1", "::1", "localhost")


def _guarded_connect(self: socket.socket, address: object) -> None:
    host = address[0] if isinstance(address, tuple) else None
    if host is not None and host not in _LOCAL:
        msg = f"Tests must not reach the network: connect to {address!r} refused."
        raise RuntimeError(msg)
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media"), "base_url": None},
        },
    }


@pytest.fixture(autouse=True)
def _clean_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _kazakh_by_default() -> Iterator[None]:
    translation.activate("kk")
    yield
    translation.activate("kk")


@pytest.fixture(scope="session")
def demo_pki() -> Path:
    """The generated test PKI the test settings trust (SIGNING_DEMO_PKI_DIR), with its CRLs
    indexed as the beat task would; generated once per run."""
    from signing.web.crl import crl_refresh_all
    from signing.web.demo import demo_pki_ensure

    directory, _ = demo_pki_ensure()
    results = crl_refresh_all()
    assert results
    assert all(r.ok for r in results), results
    return directory


@pytest.fixture(scope="session")
def crl_index(demo_pki: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo PKI's CRLs indexed once per run into a directory of their own: indexing verifies
    each CRL's GOST signature in pure Python, too slow to repeat for every test that signs."""
    from django.test import override_settings

    from signing.web.crl import crl_refresh_all

    directory = tmp_path_factory.mktemp("crl-index")
    with override_settings(SIGNING_CRL_CACHE_DIR=str(directory)):
        results = crl_refresh_all()
    assert results
    assert all(r.ok for r in results), results
    return directory


def _listing(directory: Path) -> list[tuple[str, int, int]]:
    return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in directory.iterdir())


@pytest.fixture
def crls(crl_index: Path, settings) -> Iterator[None]:
    """The demo PKI's CRL indexes in place, so demo signatures pass. The directory is shared by
    the whole run, so a test that writes to it fails here: such a test needs a cache of its own
    (``settings.SIGNING_CRL_CACHE_DIR`` under its ``tmp_path``)."""
    before = _listing(crl_index)
    settings.SIGNING_CRL_CACHE_DIR = str(crl_index)
    yield
    assert _listing(crl_index) == before, "a test wrote to the shared CRL index directory"

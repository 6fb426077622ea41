"""cabinet.lockout's counters themselves: atomic under real threads against Redis (production) and
the file cache with its lock (the embedded default), windows that always expire, refunds."""

import threading
from pathlib import Path

import pytest
import redis
from django.core.cache import cache

from cabinet.lockout import LoginLockedError, _keys, login_attempt

ADDRESS = "203.0.113.5"


def _try(iin: str, *, succeed: bool = False, address: str = ADDRESS) -> bool:
    """One attempt; True if it was let through to the password check."""
    try:
        with login_attempt(iin=iin, address=address) as attempt:
            if succeed:
                attempt.succeeded()
    except LoginLockedError:
        return False
    return True


@pytest.fixture(params=["redis", "file-cache"])
def backend(request, settings, tmp_path: Path) -> str:
    if request.param == "file-cache":
        settings.REDIS_URL = ""
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(tmp_path / "cache"),
            }
        }
    settings.LOGIN_LOCKOUT_ATTEMPTS = 5
    settings.LOGIN_LOCKOUT_ADDRESS_ATTEMPTS = 12
    settings.LOGIN_LOCKOUT_SECONDS = 900
    return str(request.param)


def test_parallel_attempts_are_let_through_exactly_up_to_the_limit(backend):
    start = threading.Barrier(40)
    admitted: list[bool] = []

    def attempt() -> None:
        start.wait(timeout=30)
        admitted.append(_try("900101300017"))

    threads = [threading.Thread(target=attempt) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert admitted.count(True) == 5
    assert admitted.count(False) == 35


def test_refused_attempts_do_not_use_up_the_address_places(backend):
    for _ in range(20):
        _try("900101300017")
    # 5 admitted for that IIN, 15 refused: the address has used 5 of its 12 places, not 20.
    assert [_try(f"90010130{n:04d}") for n in range(8)] == [True] * 7 + [False]


def test_a_success_clears_the_pair_and_gives_the_address_its_place_back(backend):
    for _ in range(4):
        assert _try("900101300017")
    assert _try("900101300017", succeed=True)
    assert all(_try("900101300017") for _ in range(5))
    assert not _try("900101300017")
    for n in range(3):  # 9 of the address's 12 places were used; a success gave one back
        assert _try(f"80010130{n:04d}")
    assert not _try("800101309999")


def test_an_exception_during_the_check_counts_as_a_failure(backend):
    for _ in range(5):
        with pytest.raises(RuntimeError), login_attempt(iin="900101300017", address=ADDRESS):
            raise RuntimeError
    assert not _try("900101300017")


def test_a_lock_ends_with_its_window(backend, settings):
    for _ in range(5):
        _try("900101300017")
    assert not _try("900101300017")
    for key in _keys(iin="900101300017", address=ADDRESS):
        cache.delete(key)  # the file cache's expiry, without sleeping through a window
        if backend == "redis":
            redis.Redis.from_url(settings.REDIS_URL).delete(key)
    assert _try("900101300017")


def test_every_redis_counter_expires_within_the_window(settings):
    settings.LOGIN_LOCKOUT_SECONDS = 900
    client = redis.Redis.from_url(settings.REDIS_URL)
    _try("900101300017")
    _try("900101300017", succeed=True)
    for _ in range(7):
        _try("900101300017")
    keys = client.keys("login-attempts:*")
    assert keys
    assert all(0 < client.ttl(key) <= 900 for key in keys)


def test_the_counters_name_no_iin(settings):
    _try("900101300017")
    client = redis.Redis.from_url(settings.REDIS_URL)
    assert not [k for k in client.keys("login-attempts:*") if b"900101300017" in k]


def test_a_first_attempt_that_succeeds_leaves_no_counter_behind(backend, settings):
    assert _try("900101300017", succeed=True)
    keys = _keys(iin="900101300017", address=ADDRESS)
    if backend == "redis":
        assert redis.Redis.from_url(settings.REDIS_URL).exists(*keys) == 0
    else:
        assert [cache.get(key) for key in keys] == [None, None]

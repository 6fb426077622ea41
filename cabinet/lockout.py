"""Brute-force lockout for password logins.

Threat model: an attacker guessing passwords for one IIN, or spraying many IINs from one address.
Failures are counted in the shared cache under two keys (the IIN, the client address); when either
reaches ``LOGIN_LOCKOUT_ATTEMPTS`` within ``LOGIN_LOCKOUT_SECONDS`` further attempts are refused
without checking the password, so a correct guess during the lock gains nothing. ``cache.add`` then
``cache.incr`` is atomic on Redis; the window starts at the first failure and is not extended.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _keys(*, iin: str, address: str) -> list[str]:
    # Hash so that raw IINs are not stored as cache keys.
    digest = hashlib.sha256(iin.encode()).hexdigest()[:32]
    return [f"login-fail:iin:{digest}", f"login-fail:addr:{address}"]


def login_is_locked(*, iin: str, address: str) -> bool:
    counts = cache.get_many(_keys(iin=iin, address=address)).values()
    return any(count >= settings.LOGIN_LOCKOUT_ATTEMPTS for count in counts)


def login_failure_record(*, iin: str, address: str) -> None:
    for key in _keys(iin=iin, address=address):
        if not cache.add(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr: start a new window
                cache.add(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


def login_failures_clear(*, iin: str) -> None:
    """Forget the IIN's failures after a successful login (the address count stays)."""
    cache.delete(_keys(iin=iin, address="")[0])

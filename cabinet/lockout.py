"""Brute-force lockout for every password login (the cabinet's and the admin's).

Threat model: an attacker guessing one person's password, or spraying many IINs, from one address
— while many honest people share an address too (a court kiosk or an office behind one NAT, every
client behind a misconfigured proxy). So there are two counters per attempt:

* per (IIN, address) pair, strict (``LOGIN_LOCKOUT_ATTEMPTS``, 5): guessing one password;
* per address, loose (``LOGIN_LOCKOUT_ADDRESS_ATTEMPTS``, 50): spraying, without a stranger's five
  typos locking out everyone else at the kiosk.

The address is the client's as ``cabinet.client_address`` derives it for the trusted proxy hops.

Check and count are one atomic step: an attempt first *reserves* a place in both counters (a Redis
Lua script increments both, sets their expiry when it creates them, and takes the reservation back
if either is then over its limit), and only a reserved attempt has its password checked. So twenty
parallel guesses get exactly the limit's password checks; a check-then-count design lets through
every guess that arrives before the first failure is written. A success clears the pair and gives
the address its place back; a failure keeps its place until the window (``LOGIN_LOCKOUT_SECONDS``,
from the first attempt, not extended by later ones) ends. A refused attempt checks no password, so
a right guess during the lock gains nothing.

Why not django-axes, the ecosystem's usual answer. Axes checks the lock in its authentication
backend and records the failure afterwards from the ``user_login_failed`` signal: parallel guesses
all pass the check before any failure is written (its issue #592, "Lockout doesn't kick in if
spamming requests quickly", closed as a known issue, won't fix) — the very race this module
closes. It also has one ``AXES_FAILURE_LIMIT`` for every lockout parameter, so a strict limit per
(IIN, address) and a loose one per address cannot both be had, and it adds three tables and a
write per attempt to PostgreSQL. What it does well we do too: the admin login is protected (the
admin site's login form calls ``login_attempt`` as ours does) and proxy hops are configurable.

Without Redis (the embedded default with its file cache) a process-wide lock makes the same step
atomic for the one process ``make run`` starts; production requires Redis.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache as memoised

import redis
from django.conf import settings
from django.core.cache import cache

# KEYS: counters; ARGV: window seconds, then each counter's limit. Returns 1 if reserved, else 0.
_RESERVE = """
local over = false
for i, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  if count == 1 then redis.call('EXPIRE', key, ARGV[1]) end
  if count > tonumber(ARGV[i + 1]) then over = true end
end
if over then
  for _, key in ipairs(KEYS) do
    if redis.call('DECR', key) <= 0 then redis.call('DEL', key) end
  end
  return 0
end
return 1
"""
# KEYS[1]: the pair, cleared; KEYS[2]: the address, given its place back (never below zero and
# never recreated without an expiry once the window is over).
_RELEASE = """
redis.call('DEL', KEYS[1])
if redis.call('EXISTS', KEYS[2]) == 1 and redis.call('DECR', KEYS[2]) <= 0 then
  redis.call('DEL', KEYS[2])
end
return 1
"""
_local_lock = threading.Lock()


class LoginLockedError(Exception):
    """Too many attempts for this IIN from this address, or from this address at all."""


def _keys(*, iin: str, address: str) -> tuple[str, str]:
    # Hash so that raw IINs are not stored as keys; the address is hashed with it so that the pair
    # key names no one either.
    pair = hashlib.sha256(f"{iin}\0{address}".encode()).hexdigest()[:32]
    return f"login-attempts:pair:{pair}", f"login-attempts:addr:{address}"


@memoised
def _redis(url: str) -> redis.Redis:
    return redis.Redis.from_url(url)


def _limits() -> tuple[int, int]:
    return int(settings.LOGIN_LOCKOUT_ATTEMPTS), int(settings.LOGIN_LOCKOUT_ADDRESS_ATTEMPTS)


def _reserve(keys: tuple[str, str]) -> bool:
    window = int(settings.LOGIN_LOCKOUT_SECONDS)
    if settings.REDIS_URL:
        client = _redis(settings.REDIS_URL)
        return bool(client.eval(_RESERVE, len(keys), *keys, window, *_limits()))
    with _local_lock:
        now = time.time()
        stored = [cache.get(key) or (0, now + window) for key in keys]
        if any(count >= limit for (count, _), limit in zip(stored, _limits(), strict=True)):
            return False
        for key, (count, until) in zip(keys, stored, strict=True):
            cache.set(key, (count + 1, until), timeout=max(1, int(until - now)))
        return True


def _release(keys: tuple[str, str]) -> None:
    if settings.REDIS_URL:
        _redis(settings.REDIS_URL).eval(_RELEASE, len(keys), *keys)
        return
    with _local_lock:
        cache.delete(keys[0])
        count, until = cache.get(keys[1]) or (0, 0.0)
        if count > 1:
            cache.set(keys[1], (count - 1, until), timeout=max(1, int(until - time.time())))
        else:
            cache.delete(keys[1])


@contextmanager
def login_attempt(*, iin: str, address: str) -> Iterator[_Outcome]:
    """Reserve an attempt, or raise ``LoginLockedError`` before any password is checked.

    The block checks the password and calls ``succeeded()`` on the outcome when it was right; an
    attempt that ends otherwise (a wrong password, an exception) stays counted as a failure.
    """
    keys = _keys(iin=iin, address=address)
    if not _reserve(keys):
        raise LoginLockedError
    outcome = _Outcome()
    yield outcome
    if outcome.success:
        _release(keys)


class _Outcome:
    def __init__(self) -> None:
        self.success = False

    def succeeded(self) -> None:
        self.success = True

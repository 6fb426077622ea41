"""The client's address for rate limits, given how many proxies we trust (TRUSTED_PROXY_HOPS).

Threat model: every header is written by the client except what our own proxies add. With no
proxy (hops 0) the address is the TCP peer, REMOTE_ADDR, and X-Forwarded-For is ignored whole:
anyone can send it. Behind N trusted proxies each one appends the address it received the request
from, so the client is the N-th entry counted from the right; everything to its left was sent by
the client and may be forged (a rotating forged leftmost entry must not give an attacker a fresh
counter per guess). gunicorn's ``--forwarded-allow-ips`` does not change REMOTE_ADDR, so Django
must do this itself. If fewer entries arrived than hops are configured, the request did not pass
every proxy and the leftmost entry, the farthest one a trusted proxy wrote, is used.

An IPv6 client usually holds a whole /64 and can change address within it at will, so IPv6
addresses count per /64 network. A value that is not an IP address falls back to REMOTE_ADDR.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

IPV6_PREFIX = 64


def _normalised(value: str) -> str | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network(f"{address}/{IPV6_PREFIX}", strict=False))
    return str(address)


def client_address(request: HttpRequest) -> str:
    """The address a rate limit counts against (an IPv4 address or an IPv6 /64)."""
    peer = str(request.META.get("REMOTE_ADDR", ""))
    fallback = _normalised(peer) or "unknown"
    hops = int(settings.TRUSTED_PROXY_HOPS)
    if hops <= 0:
        return fallback
    entries = [e for e in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",") if e.strip()]
    if not entries:
        return fallback
    return _normalised(entries[max(0, len(entries) - hops)]) or fallback

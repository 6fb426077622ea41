"""HMAC-SHA256 signatures between the portal and the registry (both directions).

The signed text is ``<unix timestamp>.<body>``: the timestamp binds the signature to a moment, so a
captured request replayed later than the tolerance is refused, and the body cannot be changed.
Pure functions: the simulator uses the same ones, so both sides agree by construction.
"""

import hashlib
import hmac
import time

TIMESTAMP_HEADER = "X-Registry-Timestamp"
SIGNATURE_HEADER = "X-Registry-Signature"
KEY_HEADER = "Idempotency-Key"


def sign(*, secret: str, timestamp: int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signed_headers(*, secret: str, body: bytes, now: float | None = None) -> dict[str, str]:
    timestamp = int(now if now is not None else time.time())
    return {
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret=secret, timestamp=timestamp, body=body),
    }


def verify(
    *, secret: str, timestamp: str, signature: str, body: bytes, tolerance: int, now: float
) -> str:
    """ "" when genuine and fresh; otherwise why not ("malformed", "stale", "forged")."""
    if not timestamp.isdigit() or len(timestamp) > 12:
        return "malformed"
    if abs(now - int(timestamp)) > tolerance:
        return "stale"
    expected = sign(secret=secret, timestamp=int(timestamp), body=body)
    if not hmac.compare_digest(expected, signature):
        return "forged"
    return ""

"""A receipt's canonical document, its CMS signature, and the check of both.

The document is UTF-8 JSON with sorted keys and no insignificant whitespace (as the manifest), so
the bytes are the document: the SHA-256 that addresses a receipt is over exactly what was signed.

Threat model of the check: anyone may post any bytes as "a receipt" and "its signature". A receipt
is genuine only if the document is one this portal issued (found by its digest), the signature is
byte for byte the CMS issued with it, and that CMS verifies over the document with the portal's
certificate recorded at issue (pinned: a CMS by any other key, even a valid NCA one, is not ours).
Comparing the signature bytes as well as verifying them matters: parts of a CMS are not covered
by the signature (its version, the digest-algorithm set), and a receipt with one changed byte must
never be called genuine. The check answers only genuine or not, never why (no oracle).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any

from asn1crypto import pem

from signing.core.cms import CmsFormatError, parse_cms, verify_signer
from signing.core.signer import sign_cms

from .keys import ServiceKey

VERSION = 1
TYPE = "court-cabinet/receipt"


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def digest(document: bytes) -> str:
    return hashlib.sha256(document).hexdigest()


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def sign(document: bytes, key: ServiceKey, *, at: datetime) -> bytes:
    """A detached CMS (DER) over the document, with the certificate, CAdES-B as NCALayer's."""
    return sign_cms(document, key.key, key.certificate, detached=True, signing_time=at)


def signature_bytes(text_or_der: bytes) -> bytes:
    """The CMS DER from what a person uploads: DER, PEM or base64 (as NCALayer writes it)."""
    stripped = text_or_der.strip()
    if stripped[:1] == b"\x30":
        return text_or_der
    if pem.detect(stripped):
        try:
            return bytes(pem.unarmor(stripped)[2])
        except ValueError:
            return b""
    try:
        return base64.b64decode(b"".join(stripped.split()), validate=True)
    except (binascii.Error, ValueError):
        return b""


def signed_by(signature: bytes, document: bytes, certificate: bytes) -> bool:
    """Does the CMS verify over the document, with exactly one signer, who holds ``certificate``?"""
    try:
        parsed = parse_cms(signature)
        if parsed.content is not None or len(parsed.signer_infos) != 1:
            return False
        result = verify_signer(
            parsed.signer_infos[0], parsed.certificates, document, parsed.econtent_type
        )
    except (CmsFormatError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return False  # asn1crypto parses lazily: malformed parts surface while verifying
    return bool(
        result.verified
        and not result.findings
        and result.cert is not None
        and result.cert.dump() == certificate
    )


def genuine(
    *,
    document: bytes,
    signature: bytes,
    issued_document: bytes,
    issued_signature: bytes,
    certificate: bytes,
) -> bool:
    """Are these exactly the document and signature issued, and does the signature verify?"""
    return (
        hmac.compare_digest(document, issued_document)
        and hmac.compare_digest(signature, issued_signature)
        and signed_by(signature, document, certificate)
    )

"""The CMS a browser posts, read and verified the same way for every page that asks for one.

Sign-in (a signed challenge) and sending a petition (a signed manifest) both receive the CMS as
text in a form field. NCALayer returns plain base64; a pasted or tool-made signature may be
PEM-armoured (``-----BEGIN CMS-----``) or wrapped at 64 or 76 columns. All of these are read
alike, here, so the two pages cannot drift apart again.

Threat model: the text is untrusted and of any length and content. It is refused, never
guessed at, when it is empty, longer than the caller's limit (checked before decoding) or not
strict base64; bytes that are not a CMS SignedData are refused as unreadable; a CMS that does
not verify is refused with the caller's own explanation of the report. A report is returned
only when it passed (``ValidationReport.passed``: indication TOTAL_PASSED), and only for bytes
that are themselves the DER that was verified (``report.cms_sha256``): no data after the CMS, no
second layer of base64 or PEM inside, so the caller stores exactly what was checked.

Each caller keeps its own words (a sign-in page and a petition say different things) and its
own size limit (a CMS over a challenge is a few kilobytes; over a manifest it may carry a
longer chain and a time-stamp).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from core.refusal import Refusal
from signing.core.certs import Purpose
from signing.core.report import ValidationReport

from .verify import SignatureInputError, signature_verify


@dataclass(frozen=True)
class CmsTexts:
    """What the caller tells the person: no signature arrived, or it could not be read."""

    missing: str
    unreadable: str


def cms_decode(value: str, *, max_chars: int, texts: CmsTexts) -> bytes:
    """The CMS bytes from base64 text, without PEM armour lines and whitespace (line breaks)."""
    body = "".join(line for line in value.splitlines() if not line.lstrip().startswith("-----"))
    text = "".join(body.split())
    if not text or len(text) > max_chars:
        raise Refusal("signature_missing", texts.missing)
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error, or characters outside ASCII
        raise Refusal("signature_unreadable", texts.unreadable) from None


def cms_verify(
    *,
    cms: bytes,
    content: bytes,
    purpose: Purpose,
    texts: CmsTexts,
    refusal_for: Callable[[ValidationReport], Refusal],
) -> ValidationReport:
    """The report of a CMS that verified over ``content``; otherwise the caller's refusal."""
    try:
        report = signature_verify(cms=cms, content=content, purpose=purpose)
    except SignatureInputError:
        raise Refusal("signature_unreadable", texts.unreadable) from None
    if report.cms_sha256 != hashlib.sha256(cms).hexdigest():  # e.g. base64 inside the base64
        raise Refusal("signature_unreadable", texts.unreadable)
    if not report.passed:
        raise refusal_for(report)
    return report

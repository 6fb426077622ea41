"""Verify a CMS with the site's configuration: the one entry point views and services use."""

from __future__ import annotations

from datetime import datetime

from signing.core.certs import Purpose
from signing.core.cms import CmsFormatError
from signing.core.report import ValidationReport
from signing.core.validator import verify_cms

from .config import validation_config


class SignatureInputError(ValueError):
    """The bytes are not a CMS SignedData at all (as opposed to an invalid signature)."""


def signature_verify(
    *,
    cms: bytes,
    content: bytes,
    purpose: Purpose,
    require_iin: str | None = None,
    at: datetime | None = None,
) -> ValidationReport:
    try:
        return verify_cms(
            cms, content, validation_config(), at=at, require_iin=require_iin, purpose=purpose
        )
    except CmsFormatError as exc:
        raise SignatureInputError(str(exc)) from exc

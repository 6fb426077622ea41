"""Validation report in the ETSI EN 319 102-1 vocabulary (indication / sub-indication).

Raw evidence (OCSP responses, CRL identifiers, timestamp tokens, the signer certificate) is
kept as bytes in the objects and rendered as base64 in :meth:`ValidationReport.to_dict`.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any


class Indication(StrEnum):
    TOTAL_PASSED = "TOTAL_PASSED"
    INDETERMINATE = "INDETERMINATE"
    TOTAL_FAILED = "TOTAL_FAILED"


class SubIndication(StrEnum):
    FORMAT_FAILURE = "FORMAT_FAILURE"
    HASH_FAILURE = "HASH_FAILURE"
    SIG_CRYPTO_FAILURE = "SIG_CRYPTO_FAILURE"
    REVOKED = "REVOKED"
    EXPIRED = "EXPIRED"
    NOT_YET_VALID = "NOT_YET_VALID"
    NO_SIGNING_CERTIFICATE_FOUND = "NO_SIGNING_CERTIFICATE_FOUND"
    NO_CERTIFICATE_CHAIN_FOUND = "NO_CERTIFICATE_CHAIN_FOUND"
    CERTIFICATE_CHAIN_GENERAL_FAILURE = "CERTIFICATE_CHAIN_GENERAL_FAILURE"
    CHAIN_CONSTRAINTS_FAILURE = "CHAIN_CONSTRAINTS_FAILURE"
    SIG_CONSTRAINTS_FAILURE = "SIG_CONSTRAINTS_FAILURE"
    CRYPTO_CONSTRAINTS_FAILURE = "CRYPTO_CONSTRAINTS_FAILURE"
    REVOKED_NO_POE = "REVOKED_NO_POE"
    REVOKED_CA_NO_POE = "REVOKED_CA_NO_POE"
    OUT_OF_BOUNDS_NO_POE = "OUT_OF_BOUNDS_NO_POE"
    TRY_LATER = "TRY_LATER"
    TIMESTAMP_ORDER_FAILURE = "TIMESTAMP_ORDER_FAILURE"
    SIGNED_DATA_NOT_FOUND = "SIGNED_DATA_NOT_FOUND"


_RANK = {Indication.TOTAL_PASSED: 0, Indication.INDETERMINATE: 1, Indication.TOTAL_FAILED: 2}


@dataclass(frozen=True)
class Finding:
    indication: Indication
    sub_indication: SubIndication
    message: str


def worst(findings: list[Finding]) -> Finding | None:
    """The first finding of the most severe indication (checks are appended in ETSI order)."""
    best: Finding | None = None
    for f in findings:
        if best is None or _RANK[f.indication] > _RANK[best.indication]:
            best = f
    return best


@dataclass
class RevocationEvidence:
    source: str  # "OCSP" | "CRL" | "CRL_INDEX"
    subject_serial: str
    status: str  # "good" | "revoked" | "unknown"
    issued_at: datetime | None = None  # OCSP producedAt / CRL thisUpdate
    this_update: datetime | None = None
    next_update: datetime | None = None
    revocation_time: datetime | None = None
    reason: str | None = None
    signer: str | None = None
    raw: bytes | None = None  # the OCSP response (CRLs are referenced by hash and number)
    crl_sha256: str | None = None
    crl_number: int | None = None


@dataclass
class TimestampInfo:
    gen_time: datetime | None
    valid: bool
    policy: str | None = None
    tsa: str | None = None
    imprint_algorithm: str | None = None
    problem: str | None = None
    raw: bytes | None = None
    # not as a TSA made it (unparsable, its signature or ESS fails, or the imprint is of
    # another signature), as opposed to valid but not trusted here
    damaged: bool = False


@dataclass
class SignerReport:
    indication: Indication = Indication.TOTAL_PASSED
    sub_indication: SubIndication | None = None
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    iin: str | None = None
    bin: str | None = None
    common_name: str | None = None
    surname: str | None = None
    patronymic: str | None = None
    organization: str | None = None
    email: str | None = None
    roles: list[str] = field(default_factory=list)
    algorithm: str | None = None
    digest_algorithm: str | None = None
    signing_time: datetime | None = None
    timestamp: TimestampInfo | None = None
    best_signature_time: datetime | None = None
    cert_serial: str | None = None
    cert_issuer: str | None = None
    cert_subject: str | None = None
    cert_sha256: str | None = None
    cert_not_before: datetime | None = None
    cert_not_after: datetime | None = None
    chain: list[str] = field(default_factory=list)
    revocation: list[RevocationEvidence] = field(default_factory=list)
    certificate: bytes | None = None

    def add(self, indication: Indication, sub: SubIndication, message: str) -> None:
        self.findings.append(Finding(indication, sub, message))

    def conclude(self) -> None:
        top = worst(self.findings)
        if top is None:
            self.indication, self.sub_indication = Indication.TOTAL_PASSED, None
        else:
            self.indication, self.sub_indication = top.indication, top.sub_indication


@dataclass
class ValidationReport:
    indication: Indication
    sub_indication: SubIndication | None
    validation_time: datetime
    signers: list[SignerReport] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    attached: bool | None = None
    content_type: str | None = None
    cms_sha256: str | None = None  # of exactly the DER verified: what a caller must store

    @property
    def passed(self) -> bool:
        return self.indication is Indication.TOTAL_PASSED

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value

"""End-to-end validation of a CMS signature into an ETSI EN 319 102-1 style report.

Threat model: everything in the CMS is untrusted; trust comes only from ``ValidationConfig``
(anchors, pinned intermediates, revocation data, configured OCSP fetcher).  Verdict rules:

* crypto (format / hash / signature) failures are TOTAL_FAILED;
* no path → INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND; CA flags, unknown critical extensions
  or a key-usage mismatch for the purpose → INDETERMINATE/CHAIN_CONSTRAINTS_FAILURE;
* best-signature-time = genTime of a valid signature time-stamp, else the validation time;
  certificate expired at it → TOTAL_FAILED/EXPIRED if proven by a time-stamp, else
  INDETERMINATE/OUT_OF_BOUNDS_NO_POE;
* revoked at or before best-signature-time → INDETERMINATE/REVOKED_NO_POE, or TOTAL_FAILED/
  REVOKED when the revocation time is not after the certificate's notBefore (every signature
  is then necessarily later; this covers OCSP "extended revoke" for non-issued certificates);
* no usable revocation data for the signer → INDETERMINATE/TRY_LATER;
* identity policy (required IIN, test identities in production) → SIG_CONSTRAINTS_FAILURE.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property

from asn1crypto import cms, x509

from signing.core import algorithms, certs, der, revocation
from signing.core.cms import PARSE_ERRORS, ParsedCms, parse_cms, verify_signer
from signing.core.crlindex import CrlIndex
from signing.core.path import PathError, TrustStore, build_path, check_constraints
from signing.core.report import (
    Finding,
    Indication,
    SignerReport,
    SubIndication,
    ValidationReport,
    worst,
)
from signing.core.tsp import validate_timestamp

FAILED, INDET = Indication.TOTAL_FAILED, Indication.INDETERMINATE
Sub = SubIndication
MAX_TIMESTAMPS = 2  # signature time-stamps per signer (NCALayer adds one); each costs a path


@dataclass
class ValidationConfig:
    """Trust and revocation configuration (build once, reuse across requests)."""

    trust_anchors: list[x509.Certificate]
    intermediates: list[x509.Certificate] = field(default_factory=list)
    crls: list[CrlIndex] = field(default_factory=list)
    ocsp_responses: list[bytes] = field(default_factory=list)
    fetch_ocsp: revocation.OcspFetcher | None = None
    production: bool = False
    purpose: certs.Purpose = "petition"
    require_revocation: bool = True
    ocsp_max_age: timedelta = timedelta(days=1)
    timestamp_tolerance: timedelta = timedelta(minutes=5)
    # kz-pki.md §1.5: one real NCALayer sample carried an ESS certHash that matches nothing;
    # strict (default) reports INDETERMINATE/NO_SIGNING_CERTIFICATE_FOUND, lenient a warning.
    strict_ess: bool = True

    @cached_property
    def store(self) -> TrustStore:
        return TrustStore(list(self.trust_anchors), list(self.intermediates))


def _as_index(crl: CrlIndex | bytes) -> CrlIndex:
    return crl if isinstance(crl, CrlIndex) else CrlIndex.build(crl)


def verify_cms(
    signature: bytes,
    content: bytes | None = None,
    config: ValidationConfig | None = None,
    *,
    at: datetime | None = None,
    require_iin: str | None = None,
    purpose: certs.Purpose | None = None,
    crls: Iterable[CrlIndex | bytes] = (),
    ocsp: Iterable[bytes] = (),
) -> ValidationReport:
    """Validate a CMS (DER/PEM/base64) over ``content`` (detached) or its eContent.

    Raises ``CmsFormatError`` for input that is not a CMS SignedData at all (trailing data
    included), and ``CrlError`` for a supplied CRL that cannot be parsed; any other malformed
    part ends in a TOTAL_FAILED/FORMAT_FAILURE report, never an exception.
    ``report.cms_sha256`` is the SHA-256 of exactly the DER that was verified.
    """
    cfg = config or ValidationConfig(trust_anchors=[])
    when = (at or datetime.now(UTC)).astimezone(UTC)
    parsed = parse_cms(signature)
    sources = revocation.RevocationSources(
        crls=[*cfg.crls, *(_as_index(c) for c in crls)],
        ocsp_responses=[*cfg.ocsp_responses, *ocsp],
        fetch_ocsp=cfg.fetch_ocsp,
        ocsp_max_age=cfg.ocsp_max_age,
    )
    report = ValidationReport(
        indication=Indication.TOTAL_PASSED,
        sub_indication=None,
        validation_time=when,
        attached=parsed.attached,
        content_type=parsed.econtent_type,
        cms_sha256=hashlib.sha256(parsed.der).hexdigest(),
    )
    data = content if content is not None else parsed.content
    doc_findings: list[tuple[Indication, SubIndication, str]] = []
    if content is not None and parsed.content is not None and content != parsed.content:
        doc_findings.append((FAILED, Sub.HASH_FAILURE, "attached content differs from document"))
    for si in parsed.signer_infos:
        try:
            rep = _validate_signer(si, parsed, data, cfg, sources, when, purpose or cfg.purpose)
        except PARSE_ERRORS as exc:
            # asn1crypto parses lazily: a malformed part of a SignerInfo surfaces here
            rep = SignerReport()
            detail = str(exc)[:300] or type(exc).__name__
            rep.add(FAILED, Sub.FORMAT_FAILURE, f"malformed SignerInfo: {detail}")
            rep.conclude()
        report.signers.append(rep)
    if require_iin is not None and not any(s.iin == require_iin for s in report.signers):
        doc_findings.append(
            (INDET, Sub.SIG_CONSTRAINTS_FAILURE, f"no signer has the required IIN {require_iin}")
        )
    summary = [
        Finding(s.indication, s.sub_indication, f"signer {s.cert_serial}")
        for s in report.signers
        if s.sub_indication is not None
    ]
    top = worst([*summary, *(Finding(*d) for d in doc_findings)])
    report.messages = [d[2] for d in doc_findings]
    if top is not None:
        report.indication, report.sub_indication = top.indication, top.sub_indication
    return report


def _validate_signer(
    si: cms.SignerInfo,
    parsed: ParsedCms,
    content: bytes | None,
    cfg: ValidationConfig,
    sources: revocation.RevocationSources,
    when: datetime,
    purpose: certs.Purpose,
) -> SignerReport:
    rep = SignerReport()
    pool = [*parsed.certificates, *cfg.intermediates, *cfg.trust_anchors]
    crypto = verify_signer(si, pool, content, parsed.econtent_type)
    for f in crypto.findings:
        if not cfg.strict_ess and f.message.startswith("ESS "):
            rep.warnings.append(f.message)
        else:
            rep.findings.append(f)
    rep.algorithm = crypto.algorithm
    rep.digest_algorithm = algorithms.digest_name(crypto.digest_oid or "")
    rep.signing_time = crypto.signing_time
    cert = crypto.cert
    if cert is not None:
        _describe(rep, cert)
    if cert is None or not crypto.verified:
        rep.conclude()
        return rep
    best = when
    if len(crypto.timestamps) > MAX_TIMESTAMPS:
        rep.add(FAILED, Sub.FORMAT_FAILURE, f"more than {MAX_TIMESTAMPS} signature time-stamps")
        rep.conclude()
        return rep
    for token in crypto.timestamps:
        info = validate_timestamp(token, crypto.signature, cfg.store, parsed.certificates)
        if rep.timestamp is None or (info.valid and not rep.timestamp.valid):
            rep.timestamp = info
        if info.damaged:
            rep.add(FAILED, Sub.FORMAT_FAILURE, f"signature time-stamp damaged: {info.problem}")
    proven = rep.timestamp is not None and rep.timestamp.valid
    if rep.timestamp is not None and not proven:
        rep.warnings.append(f"signature time-stamp ignored: {rep.timestamp.problem}")
    if proven and rep.timestamp and rep.timestamp.gen_time:
        best = min(best, rep.timestamp.gen_time)
        if rep.signing_time and rep.signing_time > best + cfg.timestamp_tolerance:
            rep.add(INDET, Sub.TIMESTAMP_ORDER_FAILURE, "signingTime is after the time-stamp")
    rep.best_signature_time = best
    try:
        path = build_path(cert, cfg.store, parsed.certificates)
    except PathError as exc:
        rep.add(INDET, Sub.NO_CERTIFICATE_CHAIN_FOUND, str(exc))
        rep.conclude()
        return rep
    rep.chain = [c.subject.human_friendly for c in path]
    for problem in check_constraints(path):
        rep.add(INDET, Sub.CHAIN_CONSTRAINTS_FAILURE, problem)
    usage = certs.usage_problem(cert, purpose)
    if usage:
        rep.add(INDET, Sub.CHAIN_CONSTRAINTS_FAILURE, f"not usable for {purpose}: {usage}")
    _check_validity(rep, path, best, proven)
    _check_revocation(rep, path, best, cfg, sources)
    if cfg.production and certs.is_test_identity(cert, certs.extract_identity(cert)):
        rep.add(INDET, Sub.SIG_CONSTRAINTS_FAILURE, "test identity refused in production mode")
    rep.conclude()
    return rep


def _describe(rep: SignerReport, cert: x509.Certificate) -> None:
    ident = certs.extract_identity(cert)
    rep.iin, rep.bin, rep.common_name = ident.iin, ident.bin, ident.common_name
    rep.surname, rep.patronymic = ident.surname, ident.patronymic
    rep.organization, rep.email, rep.roles = ident.organization, ident.email, ident.roles
    rep.cert_serial = f"{cert.serial_number:x}"
    rep.cert_issuer = cert.issuer.human_friendly
    rep.cert_subject = cert.subject.human_friendly
    rep.cert_sha256 = der.sha256(cert).hex()
    rep.cert_not_before, rep.cert_not_after = cert.not_valid_before, cert.not_valid_after
    rep.certificate = der.raw(cert)


def _check_validity(
    rep: SignerReport, path: list[x509.Certificate], t: datetime, proven: bool
) -> None:
    for cert in path:
        name = cert.subject.human_friendly
        if t < cert.not_valid_before:
            rep.add(FAILED, Sub.NOT_YET_VALID, f"{name} not yet valid at {t.isoformat()}")
        elif t > cert.not_valid_after:
            msg = f"{name} expired {cert.not_valid_after.isoformat()}"
            if proven:
                rep.add(FAILED, Sub.EXPIRED, msg + " before the time-stamp")
            else:
                rep.add(INDET, Sub.OUT_OF_BOUNDS_NO_POE, msg + "; no proof of earlier signing")


def _check_revocation(
    rep: SignerReport,
    path: list[x509.Certificate],
    t: datetime,
    cfg: ValidationConfig,
    sources: revocation.RevocationSources,
) -> None:
    for i, cert in enumerate(path[:-1]):
        res = revocation.check(cert, path[i + 1], t, sources)
        rep.revocation.extend(res.evidence)
        ev = res.decisive
        is_ee = i == 0
        if ev is None:
            msg = "no usable revocation data" + (
                f" ({'; '.join(res.problems)})" if res.problems else ""
            )
            if is_ee and cfg.require_revocation:
                rep.add(INDET, Sub.TRY_LATER, msg)
            elif not is_ee:
                rep.warnings.append(f"{cert.subject.human_friendly}: {msg}")
            continue
        if ev.status == "good":
            continue
        if ev.status != "revoked":
            rep.add(INDET, Sub.TRY_LATER, f"revocation status {ev.status} ({ev.source})")
            continue
        rt = ev.revocation_time or t
        if rt > t:
            rep.warnings.append(f"certificate revoked later, at {rt.isoformat()}")
            continue
        msg = f"revoked at {rt.isoformat()} ({ev.reason}, {ev.source})"
        if rt <= cert.not_valid_before:
            rep.add(FAILED, Sub.REVOKED, msg + " — not after its issuance")
        else:
            rep.add(INDET, Sub.REVOKED_NO_POE if is_ee else Sub.REVOKED_CA_NO_POE, msg)

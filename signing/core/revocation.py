"""Revocation status from OCSP responses and CRLs (+ delta CRLs).

Threat model: responses are supplied by the caller or fetched from *configured* URLs only
(never from AIA/CDP URLs inside a certificate: SSRF).  An OCSP response counts only if its
signature verifies with the issuing CA's key or with a delegated responder certificate that
the same CA issued (signature checked), that carries EKU OCSPSigning and is valid at
producedAt; the CertID must match issuer name/key hash and serial.  "unknown" is negative.
A CRL counts only if its signature verifies with the issuer's key (cRLSign), it covers the
validation time (nextUpdate not passed: KZ Rules §18, expired CRL = no information) and its
scope is complete.  Absence from a CRL issued after the certificate expired proves nothing
unless the CRL carries ExpiredCertsOnCRL.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from asn1crypto import ocsp, x509

from signing.core import algorithms, der
from signing.core.crlindex import CrlIndex
from signing.core.path import signed_by
from signing.core.report import RevocationEvidence

_OCSP_HASHES = {"sha1": hashlib.sha1, "sha256": hashlib.sha256}
OcspFetcher = Callable[[x509.Certificate, x509.Certificate], bytes | None]


@dataclass
class RevocationSources:
    crls: list[CrlIndex] = field(default_factory=list)
    ocsp_responses: list[bytes] = field(default_factory=list)
    fetch_ocsp: OcspFetcher | None = None
    ocsp_max_age: timedelta = timedelta(days=1)


@dataclass
class RevocationResult:
    evidence: list[RevocationEvidence] = field(default_factory=list)
    decisive: RevocationEvidence | None = None
    problems: list[str] = field(default_factory=list)


def _cert_id_matches(cid: ocsp.CertId, cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    algo = cid["hash_algorithm"]["algorithm"].native
    if algo not in _OCSP_HASHES or cid["serial_number"].native != cert.serial_number:
        return False
    h = _OCSP_HASHES[algo]
    return (
        cid["issuer_name_hash"].native == h(der.raw(issuer.subject)).digest()
        and cid["issuer_key_hash"].native == h(der.key_bits(issuer)).digest()
    )


def _responder_matches(rid: ocsp.ResponderId, cert: x509.Certificate) -> bool:
    if rid.name == "by_name":
        return rid.chosen == cert.subject
    return rid.chosen.native == hashlib.sha1(der.key_bits(cert)).digest()  # noqa: S324


@dataclass
class _Single:
    cert_id: ocsp.CertId
    status: str
    revocation_time: datetime | None
    reason: str | None
    this_update: datetime
    next_update: datetime | None


@dataclass
class _ParsedOcsp:
    """Everything check_ocsp needs, parsed once (lazy asn1crypto errors surface here)."""

    problem: str | None = None
    singles: list[_Single] = field(default_factory=list)
    produced: datetime | None = None
    sig_alg: str = ""
    signature: bytes = b""
    tbs: bytes = b""
    rid: ocsp.ResponderId | None = None
    certs: list[x509.Certificate] = field(default_factory=list)
    verified: dict[bytes, str | None] = field(default_factory=dict)


OCSP_CACHE_SIZE = 1024
_parsed: OrderedDict[bytes, _ParsedOcsp] = OrderedDict()


def _single(s: ocsp.SingleResponse) -> _Single:
    status = s["cert_status"]
    revoked = status.name == "revoked"
    return _Single(
        s["cert_id"],
        status.name,
        status.chosen["revocation_time"].native if revoked else None,
        status.chosen["revocation_reason"].native if revoked else None,
        s["this_update"].native,
        s["next_update"].native,
    )


def _parse_ocsp(raw: bytes) -> _ParsedOcsp:
    """Parse once per distinct response (bounded LRU keyed by SHA-256 of the bytes)."""
    key = hashlib.sha256(raw).digest()
    hit = _parsed.get(key)
    if hit is not None:
        return hit
    try:
        resp = ocsp.OCSPResponse.load(raw)
        status = resp["response_status"].native
        if status != "successful":
            out = _ParsedOcsp(problem=f"OCSP response status {status}")
        else:
            basic = resp.basic_ocsp_response
            data = basic["tbs_response_data"]
            out = _ParsedOcsp(
                singles=[_single(s) for s in data["responses"]],
                produced=data["produced_at"].native,
                sig_alg=basic["signature_algorithm"]["algorithm"].dotted,
                signature=basic["signature"].native,
                tbs=der.raw(data),
                rid=data["responder_id"],
                certs=list(basic["certs"]),
            )
            for s in out.singles:
                _ = (s.cert_id["serial_number"].native, s.cert_id["issuer_key_hash"].native)
    except Exception as exc:
        out = _ParsedOcsp(problem=f"malformed OCSP response: {exc}")
    _parsed[key] = out
    while len(_parsed) > OCSP_CACHE_SIZE:
        _parsed.popitem(last=False)
    return out


def check_ocsp(
    raw: bytes, cert: x509.Certificate, issuer: x509.Certificate, at: datetime, max_age: timedelta
) -> RevocationEvidence | str | None:
    """Evidence from one OCSP response, a problem string, or None if it is about another cert."""
    parsed = _parse_ocsp(raw)
    if parsed.problem is not None:
        return parsed.problem
    single = next((s for s in parsed.singles if _cert_id_matches(s.cert_id, cert, issuer)), None)
    if single is None:
        return None
    produced = parsed.produced
    assert produced is not None
    assert parsed.rid is not None
    rid = parsed.rid
    signer = None
    if _responder_matches(rid, issuer):
        signer = issuer
    else:
        for c in parsed.certs:
            if not _responder_matches(rid, c):
                continue
            eku = c.extended_key_usage_value
            if eku is None or "ocsp_signing" not in eku.native:
                return "OCSP responder certificate lacks EKU OCSPSigning"
            if c.issuer != issuer.subject or signed_by(c, issuer) is not None:
                return "OCSP responder certificate was not issued by the certificate's CA"
            if not c.not_valid_before <= produced <= c.not_valid_after:
                return "OCSP responder certificate not valid at producedAt"
            signer = c
            break
    if signer is None:
        return "OCSP responder is not authorised for this issuer"
    spki = der.key_id(signer)
    if spki not in parsed.verified:
        try:
            algorithms.verify(parsed.sig_alg, signer.public_key, parsed.tbs, parsed.signature)
            parsed.verified[spki] = None
        except (algorithms.AlgorithmError, algorithms.SignatureInvalid) as exc:
            parsed.verified[spki] = f"OCSP signature: {exc}"
    if parsed.verified[spki] is not None:
        return parsed.verified[spki]
    ev = RevocationEvidence(
        source="OCSP",
        subject_serial=f"{cert.serial_number:x}",
        status=single.status,
        issued_at=produced,
        this_update=single.this_update,
        next_update=single.next_update,
        signer=signer.subject.human_friendly,
        raw=raw,
        revocation_time=single.revocation_time,
        reason=single.reason,
    )
    if single.status != "good":
        return ev  # "revoked" (times compared by the caller) or "unknown" (negative)
    fresh = ev.this_update >= at - max_age or (
        ev.next_update is not None and ev.this_update <= at <= ev.next_update
    )
    if not fresh:
        return f"OCSP response of {ev.this_update.isoformat()} is too old for {at.isoformat()}"
    return ev


def check_crls(
    crls: Sequence[CrlIndex], cert: x509.Certificate, issuer: x509.Certificate, at: datetime
) -> RevocationEvidence | str | None:
    mine = [
        c
        for c in crls
        if c.issuer_hashable == cert.issuer.hashable
        and (c.authority_key_id is None or issuer.key_identifier in (None, c.authority_key_id))
    ]
    if not mine:
        return None
    problems = []
    bases: list[CrlIndex] = []
    deltas: list[CrlIndex] = []
    is_ca = bool(cert.ca)
    for c in mine:
        problem = c.verify_with(issuer) or c.scope_problem
        if problem is None and ((c.only_user_certs and is_ca) or (c.only_ca_certs and not is_ca)):
            problem = "CRL scope excludes this certificate"
        if problem is None and c.next_update is not None and at > c.next_update:
            problem = f"CRL expired at {c.next_update.isoformat()} (nextUpdate)"
        if problem:
            problems.append(problem)
            continue
        (deltas if c.delta_base is not None else bases).append(c)
    if not bases:
        return "; ".join(problems) or "no usable CRL"
    base = max(bases, key=lambda c: c.this_update)
    usable_deltas = [
        d for d in deltas if base.crl_number is not None and d.delta_base <= base.crl_number
    ]
    chosen = base
    entry = base.lookup(cert.serial_number)
    for d in sorted(usable_deltas, key=lambda d: d.this_update):
        e = d.lookup(cert.serial_number)
        if e is not None:
            entry = None if e.reason == "remove_from_crl" else e
            chosen = d
    ev = RevocationEvidence(
        source="CRL",
        subject_serial=f"{cert.serial_number:x}",
        status="revoked" if entry else "good",
        issued_at=chosen.this_update,
        this_update=chosen.this_update,
        next_update=chosen.next_update,
        signer=issuer.subject.human_friendly,
        revocation_time=entry.revocation_time if entry else None,
        reason=entry.reason if entry else None,
        crl_sha256=chosen.sha256,
        crl_number=chosen.crl_number,
    )
    if entry is None and base.this_update > cert.not_valid_after and not base.expired_certs_on_crl:
        return "CRL issued after the certificate expired (entry may have been removed)"
    return ev


def check(
    cert: x509.Certificate, issuer: x509.Certificate, at: datetime, src: RevocationSources
) -> RevocationResult:
    """Collect revocation evidence for ``cert``; ``decisive`` is revoked > good > None."""
    res = RevocationResult()
    found: list[RevocationEvidence] = []
    raws = list(src.ocsp_responses)
    for raw in raws:
        out = check_ocsp(raw, cert, issuer, at, src.ocsp_max_age)
        if isinstance(out, str):
            res.problems.append(out)
        elif out is not None:
            found.append(out)
    out = check_crls(src.crls, cert, issuer, at)
    if isinstance(out, str):
        res.problems.append(out)
    elif out is not None:
        found.append(out)
    if not any(e.status in ("good", "revoked") for e in found) and src.fetch_ocsp:
        fetched = src.fetch_ocsp(cert, issuer)
        if fetched:
            out = check_ocsp(fetched, cert, issuer, at, src.ocsp_max_age)
            if isinstance(out, str):
                res.problems.append(out)
            elif out is not None:
                found.append(out)
    res.evidence = found
    revoked = [e for e in found if e.status == "revoked"]
    good = [e for e in found if e.status == "good"]
    unknown = [e for e in found if e.status not in ("good", "revoked")]
    if revoked:
        res.decisive = min(revoked, key=lambda e: e.revocation_time or at)
    elif unknown:
        res.decisive = unknown[0]
    elif good:
        res.decisive = max(good, key=lambda e: e.this_update or at)
    return res

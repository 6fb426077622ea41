"""Certificate path building to configured trust anchors, and chain checks.

Threat model: the signer certificate and any extra certificates come from the CMS and are
untrusted; only the configured anchors are trusted.  Issuers are found by normalised name
(RFC 5280 comparison) and, where both exist, AKI = SKI; every link's signature is verified
with the issuer key under the algorithm allow-list.  Intermediates must be CAs with
keyCertSign and within pathLenConstraint; unknown critical extensions fail the chain.
Verification results are memoised by (issuer SPKI, certificate) hash, which is safe because the
check is a pure function of those bytes.

The search is bounded in work, not only in depth.  A CMS may carry k self-made "CA" certificates
that share one name and one key; each then verifies as the issuer of every other, and a plain
depth-first search tries about k!/(k-8)! paths (k = 8 took 110 s).  So: candidates are
deduplicated by (subject, public key), the first seen kept, and the trust store (anchors, then
pinned intermediates) comes before the CMS's own certificates; a (subject, key) already in the
chain is never entered again; and the search stops after ``MAX_CHECKS`` candidate checks with
NO_CERTIFICATE_CHAIN_FOUND.  The CMS parser also caps the certificates a CMS may carry
(``cms.MAX_CERTIFICATES``).  The same code builds TSA chains.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field

from asn1crypto import x509

from signing.core import algorithms, der
from signing.core.certs import unknown_critical

MAX_DEPTH = 8
MAX_CHECKS = 64  # candidate issuers examined per build_path; a real NCA chain needs 2 or 3
_CACHE_SIZE = 4096
_sig_cache: OrderedDict[tuple[bytes, bytes], str | None] = OrderedDict()


class PathError(Exception):
    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind  # "no_chain" | "constraints" | "crypto"


def signed_by(cert: x509.Certificate, issuer: x509.Certificate) -> str | None:
    """Verify cert's signature with issuer's key; None if valid, else the reason (cached)."""
    key = (der.key_id(issuer), der.sha256(cert))
    if key in _sig_cache:
        _sig_cache.move_to_end(key)
        return _sig_cache[key]
    try:
        algorithms.verify(
            cert["signature_algorithm"]["algorithm"].dotted,
            issuer.public_key,
            der.raw(cert["tbs_certificate"]),
            cert["signature_value"].native,
        )
        result = None
    except algorithms.AlgorithmError as exc:
        result = f"algorithm: {exc}"
    except algorithms.SignatureInvalid as exc:
        result = str(exc)
    _sig_cache[key] = result
    while len(_sig_cache) > _CACHE_SIZE:
        _sig_cache.popitem(last=False)
    return result


@dataclass
class TrustStore:
    """Trust anchors plus known (untrusted) intermediate certificates."""

    anchors: list[x509.Certificate]
    intermediates: list[x509.Certificate] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._anchor_ids = {der.sha256(c) for c in self.anchors}

    def is_anchor(self, cert: x509.Certificate) -> bool:
        return der.sha256(cert) in self._anchor_ids

    def candidates(
        self, cert: x509.Certificate, extra: Iterable[x509.Certificate]
    ) -> list[x509.Certificate]:
        """Possible issuers of ``cert``: anchors first, then intermediates, then extras; one
        certificate per (subject, public key), the first seen."""
        seen: set[tuple[str, bytes]] = set()
        out = []
        aki = cert.authority_key_identifier
        issuer = _normalised(der.raw(cert.issuer))
        for cand in [*self.anchors, *self.intermediates, *extra]:
            if _normalised(der.raw(cand.subject)) != issuer:
                continue
            if aki is not None and cand.key_identifier is not None and aki != cand.key_identifier:
                continue
            node = vertex(cand)
            if node in seen:
                continue
            seen.add(node)
            out.append(cand)
        return out


def vertex(cert: x509.Certificate) -> tuple[str, bytes]:
    """(subject, public key) of a certificate: what a link of a path really is.  The subject
    is compared normalised (RFC 5280), as issuer matching does, so re-encoding a name does not
    make a new vertex."""
    return _normalised(der.raw(cert.subject)), der.key_bits(cert)


@functools.lru_cache(maxsize=_CACHE_SIZE)
def _normalised(name: bytes) -> str:
    """RFC 5280 form of a Name (asn1crypto recomputes it on every access: ~1 ms per chain)."""
    normal: str = x509.Name.load(name).hashable
    return normal


def candidates_for(store: TrustStore, cert: x509.Certificate) -> list[x509.Certificate]:
    """Possible issuers of ``cert`` in ``store`` (diagnostics and tests)."""
    return store.candidates(cert, ())


def build_path(
    ee: x509.Certificate, store: TrustStore, extra: Iterable[x509.Certificate] = ()
) -> list[x509.Certificate]:
    """Return [ee, ..., anchor]; raise PathError("no_chain") when no path verifies."""
    extra = list(extra)
    reasons: list[str] = []
    budget = [MAX_CHECKS]

    def walk(chain: list[x509.Certificate]) -> list[x509.Certificate] | None:
        cert = chain[-1]
        if store.is_anchor(cert):
            return chain
        if len(chain) > MAX_DEPTH:
            return None
        entered = {vertex(c) for c in chain}
        for issuer in store.candidates(cert, extra):
            if vertex(issuer) in entered and not store.is_anchor(issuer):
                continue  # a loop (a self-issued certificate may still lead to its anchor)
            if budget[0] <= 0:
                raise PathError("no_chain", f"path search stopped after {MAX_CHECKS} checks")
            budget[0] -= 1
            problem = signed_by(cert, issuer)
            if problem is not None:
                reasons.append(f"{cert.subject.human_friendly}: {problem}")
                continue
            found = walk([*chain, issuer])
            if found is not None:
                return found
        return None

    path = walk([ee])
    if path is None:
        detail = "; ".join(reasons[:5]) or (
            "no issuer certificate known for " + ee.issuer.human_friendly
        )
        raise PathError("no_chain", f"no path to a trust anchor ({detail})")
    return path


def check_constraints(path: list[x509.Certificate]) -> list[str]:
    """RFC 5280 structural checks on a built path; returns problems (empty = fine)."""
    problems = []
    for depth, cert in enumerate(path):
        bad = unknown_critical(cert)
        if bad:
            problems.append(f"{cert.subject.human_friendly}: unknown critical extension {bad}")
        if depth == 0:
            continue
        bc = cert.basic_constraints_value
        if bc is None or not bc["ca"].native:
            problems.append(f"{cert.subject.human_friendly}: not a CA certificate")
            continue
        ku = cert.key_usage_value
        if ku is not None and "key_cert_sign" not in ku.native:
            problems.append(f"{cert.subject.human_friendly}: key usage lacks keyCertSign")
        max_len = bc["path_len_constraint"].native
        if max_len is not None and depth - 1 > max_len:
            problems.append(f"{cert.subject.human_friendly}: pathLenConstraint exceeded")
    return problems

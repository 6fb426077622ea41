"""Online revocation data from *configured* endpoints only.

Threat model: URLs inside certificates (AIA, CDP) are attacker-controlled and are never
contacted (SSRF).  The caller passes the responder / CRL URL from settings.  Responses are
size-capped, the OCSP request carries a random nonce that the response must echo when it
carries one, and everything fetched is still verified by :mod:`revocation` like supplied data.
"""

from __future__ import annotations

import hashlib
import secrets
import urllib.request
from collections.abc import Callable

from asn1crypto import core, ocsp, x509

from signing.core.revocation import OcspFetcher

Transport = Callable[[str, bytes | None, dict[str, str]], bytes]
MAX_OCSP_BYTES = 1 << 20
MAX_CRL_BYTES = 64 << 20
_NONCE = "1.3.6.1.5.5.7.48.1.2"


def _urllib_transport(max_bytes: int, timeout: float) -> Transport:
    def send(url: str, body: bytes | None, headers: dict[str, str]) -> bytes:
        if not url.startswith(("http://", "https://")):
            raise ValueError("only http(s) URLs are allowed")
        req = urllib.request.Request(url, data=body, headers=headers)  # noqa: S310 - scheme checked
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
            data: bytes = resp.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ValueError("response too large")
        return data

    return send


def ocsp_request(cert: x509.Certificate, issuer: x509.Certificate, nonce: bytes) -> bytes:
    """DER OCSPRequest with a SHA-256 CertID and a nonce extension."""
    cert_id = {
        "hash_algorithm": {"algorithm": "sha256"},
        "issuer_name_hash": hashlib.sha256(issuer.subject.dump()).digest(),
        "issuer_key_hash": hashlib.sha256(issuer.public_key["public_key"].contents[1:]).digest(),
        "serial_number": cert.serial_number,
    }
    req = ocsp.OCSPRequest(
        {
            "tbs_request": {
                "request_list": [{"req_cert": cert_id}],
                "request_extensions": [
                    {"extn_id": "nonce", "critical": False, "extn_value": core.OctetString(nonce)}
                ],
            }
        }
    )
    return req.dump()


def response_nonce(raw: bytes) -> bytes | None:
    basic = ocsp.OCSPResponse.load(raw).basic_ocsp_response
    exts = {e["extn_id"].dotted: e for e in basic["tbs_response_data"]["response_extensions"]}
    if _NONCE not in exts:
        return None
    value = exts[_NONCE]["extn_value"].parsed
    return value.native if isinstance(value, core.OctetString) else bytes(value.contents)


def make_ocsp_fetcher(
    url: str, *, timeout: float = 5.0, transport: Transport | None = None
) -> OcspFetcher:
    """An OcspFetcher that POSTs to the configured ``url`` (never to a certificate's AIA)."""
    send = transport or _urllib_transport(MAX_OCSP_BYTES, timeout)

    def fetch(cert: x509.Certificate, issuer: x509.Certificate) -> bytes | None:
        nonce = secrets.token_bytes(16)
        try:
            raw = send(
                url, ocsp_request(cert, issuer, nonce), {"Content-Type": "application/ocsp-request"}
            )
            echoed = response_nonce(raw)
        except Exception:  # network or parse failure: no evidence (→ TRY_LATER)
            return None
        if echoed is not None and echoed != nonce:
            return None
        return raw

    return fetch


def fetch_crl(url: str, *, timeout: float = 30.0, transport: Transport | None = None) -> bytes:
    """Download a CRL from a configured URL (size-capped); verify it with build_crl_index."""
    send = transport or _urllib_transport(MAX_CRL_BYTES, timeout)
    return send(url, None, {})

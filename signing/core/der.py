"""Original encodings of parsed asn1crypto values.

Threat model: signatures and hashes must be computed over the bytes exactly as received.
asn1crypto's ``dump()`` silently *re-encodes* any value whose header ends in 0x80 — it takes
e.g. the definite length 0x0380 for the indefinite-length marker — which changes non-DER input
and crashes on malformed nested values (seen on an NCA OCSP responder certificate).  ``raw()``
returns header + contents + trailer instead, never re-encoding a value that was not mutated.
"""

from __future__ import annotations

import hashlib

from asn1crypto import core, x509


def raw(value: core.Asn1Value) -> bytes:
    if isinstance(value, core.Choice):
        return raw(value.chosen)
    header = value._header
    if header is None:  # built in memory, never parsed: its DER is what dump() makes
        return value.dump()
    return header + value.contents + (value._trailer or b"")


def sha256(value: core.Asn1Value) -> bytes:
    return hashlib.sha256(raw(value)).digest()


def key_id(cert: x509.Certificate) -> bytes:
    """SHA-256 of the certificate's SubjectPublicKeyInfo (cache / identity key)."""
    return sha256(cert["tbs_certificate"]["subject_public_key_info"])


def key_bits(cert: x509.Certificate) -> bytes:
    """The subjectPublicKey BIT STRING value (without the unused-bits octet)."""
    return cert["tbs_certificate"]["subject_public_key_info"]["public_key"].contents[1:]

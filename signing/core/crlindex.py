"""Compact, persistable index of a (possibly huge) CRL: O(log n) ≈ constant-time lookups.

Threat model: a CRL is fetched from a configured URL or supplied by an operator; it is only
trusted after its signature verifies with the issuing CA's key (checked once, at build time
when the issuer is given, else lazily against the candidate issuer at first use).  Entries are
hashed to 64-bit keys (BLAKE2b): a collision could only turn a good certificate into a
"revoked" one (fail-safe), with probability ~n/2^64 per lookup.  Indirect CRLs (entries
with a certificateIssuer extension) are refused.

Memory: 17 bytes per entry (key, revocation time, reason) — ~7 MB for 420,000 entries.
"""

from __future__ import annotations

import calendar
import hashlib
import json
import struct
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import crl, pem, x509

from signing.core import algorithms, der

_MAGIC = b"KZCRLIX1"
_REASON_OID = b"\x06\x03\x55\x1d\x15"
_CERT_ISSUER_OID = b"\x06\x03\x55\x1d\x1d"
NO_REASON = 255
REASONS = {
    0: "unspecified",
    1: "key_compromise",
    2: "ca_compromise",
    3: "affiliation_changed",
    4: "superseded",
    5: "cessation_of_operation",
    6: "certificate_hold",
    8: "remove_from_crl",
    9: "privilege_withdrawn",
    10: "aa_compromise",
}


class CrlError(ValueError):
    pass


def _tl(buf: bytes | memoryview, off: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the DER TLV at ``off``."""
    tag = buf[off]
    length = buf[off + 1]
    off += 2
    if length & 0x80:
        n = length & 0x7F
        if n == 0 or n > 4:
            raise CrlError("bad DER length")
        length = int.from_bytes(buf[off : off + n], "big")
        off += n
    end = off + length
    if end > len(buf):
        raise CrlError("truncated DER")
    return tag, off, end


def _time(tag: int, raw: bytes) -> int:
    s = raw.decode("ascii")
    if tag == 0x17:  # UTCTime YYMMDDHHMMSSZ
        year = int(s[0:2])
        year += 2000 if year < 50 else 1900
        s = s[2:]
    elif tag == 0x18:
        year = int(s[0:4])
        s = s[4:]
    else:
        raise CrlError("bad time tag")
    return calendar.timegm(
        (year, int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:8]), int(s[8:10]), 0, 0, 0)
    )


def _split(data: bytes) -> tuple[bytes, memoryview, memoryview]:
    """(CRL without its revoked list, signed TBS bytes, revoked-list contents), zero-copy.

    Letting asn1crypto parse a 20 MB revoked list would copy it at every nesting level.
    """
    view = memoryview(data)
    tag, c0, c1 = _tl(view, 0)
    t_tag, t0, t1 = _tl(view, c0)
    if tag != 0x30 or t_tag != 0x30:
        raise CrlError("not a CRL")
    kept: list[bytes] = []
    entries = view[0:0]
    seen_time = False
    pos = t0
    while pos < t1:
        ctag, s, e = _tl(view, pos)
        if ctag in (0x17, 0x18):
            seen_time = True
        if ctag == 0x30 and seen_time:
            entries = view[s:e]
        else:
            kept.append(bytes(view[pos:e]))
        pos = e
    body = b"".join(kept)
    tbs = b"\x30" + _der_len(len(body)) + body
    rest = bytes(view[t1:c1])
    outer = tbs + rest
    return b"\x30" + _der_len(len(outer)) + outer, view[c0:t1], entries


def _der_len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _content_key(content: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(content, digest_size=8).digest(), "big")


@dataclass
class CrlEntry:
    revocation_time: datetime
    reason: str | None


class CrlIndex:
    """A verified-or-verifiable CRL reduced to sorted 64-bit serial keys."""

    def __init__(self) -> None:
        self.issuer: x509.Name | None = None
        self.issuer_hashable = ""
        self.authority_key_id: bytes | None = None
        self.this_update: datetime = datetime.fromtimestamp(0, UTC)
        self.next_update: datetime | None = None
        self.crl_number: int | None = None
        self.delta_base: int | None = None  # BaseCRLNumber when this is a delta CRL
        self.expired_certs_on_crl = False
        self.scope_problem: str | None = None
        self.only_user_certs = False
        self.only_ca_certs = False
        self.verified_by: str | None = None  # sha256 hex of the issuer SPKI that verified it
        self.sha256 = ""
        self.raw_size = 0
        self.keys = array("Q")
        self.times = array("q")
        self.reasons = b""
        self._tbs: bytes | memoryview | None = None
        self._sig: bytes = b""
        self._sig_alg = ""

    def __len__(self) -> int:
        return len(self.keys)

    @classmethod
    def build(cls, data: bytes, issuer: x509.Certificate | None = None) -> CrlIndex:
        """Parse a DER/PEM CRL; verify it with ``issuer`` now if given (raises CrlError)."""
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        try:
            skeleton, tbs_view, entries = _split(data)
            cl = crl.CertificateList.load(skeleton)
            tbs = cl["tbs_cert_list"]
            idx = cls()
            idx.issuer = tbs["issuer"]
            idx.issuer_hashable = idx.issuer.hashable
            idx.this_update = tbs["this_update"].native
            nu = tbs["next_update"]
            idx.next_update = nu.native if nu.native is not None else None
            idx.crl_number = cl.crl_number_value.native if cl.crl_number_value else None
            if cl.delta_crl_indicator_value is not None:
                idx.delta_base = cl.delta_crl_indicator_value.native
            aki = cl.authority_key_identifier_value
            idx.authority_key_id = aki["key_identifier"].native if aki is not None else None
            for ext in tbs["crl_extensions"]:
                if ext["extn_id"].dotted == "2.5.29.60":
                    idx.expired_certs_on_crl = True
            idp = cl.issuing_distribution_point_value
            if idp is not None:
                if idp["indirect_crl"].native or idp["only_some_reasons"].native is not None:
                    idx.scope_problem = "partitioned or indirect CRL"
                elif idp["only_contains_attribute_certs"].native:
                    idx.scope_problem = "attribute-certificate CRL"
                idx.only_user_certs = bool(idp["only_contains_user_certs"].native)
                idx.only_ca_certs = bool(idp["only_contains_ca_certs"].native)
            idx._tbs = tbs_view
            idx._sig = cl["signature"].native
            idx._sig_alg = cl["signature_algorithm"]["algorithm"].dotted
            idx.sha256 = hashlib.sha256(data).hexdigest()
            idx.raw_size = len(data)
            idx._index_entries(entries)
        except CrlError:
            raise
        except Exception as exc:
            raise CrlError(f"not a CRL: {exc}") from exc
        if issuer is not None:
            problem = idx.verify_with(issuer)
            if problem:
                raise CrlError(problem)
            idx._tbs = None  # verified once; drop the (possibly 20 MB) body
        return idx

    def _index_entries(self, body: bytes | memoryview) -> None:
        keys = array("Q")
        times = array("q")
        reasons = bytearray()
        day_cache: dict[bytes, int] = {}
        blake = hashlib.blake2b
        off, end = 0, len(body)
        while off < end:
            _, start, stop = _tl(body, off)
            s_tag, s0, s1 = _tl(body, start)
            if s_tag != 0x02:
                raise CrlError("CRL entry without serial")
            keys.append(int.from_bytes(blake(body[s0:s1], digest_size=8).digest(), "big"))
            t_tag, d0, d1 = _tl(body, s1)
            raw = bytes(body[d0:d1])
            if t_tag == 0x17 and d1 - d0 == 13:  # fast path: UTCTime YYMMDDHHMMSSZ
                day = day_cache.get(raw[:6])
                if day is None:
                    day = day_cache[raw[:6]] = _time(0x17, raw[:6] + b"000000Z")
                times.append(day + int(raw[6:8]) * 3600 + int(raw[8:10]) * 60 + int(raw[10:12]))
            else:
                times.append(_time(t_tag, raw))
            reason = NO_REASON
            if d1 < stop:
                exts = bytes(body[d1:stop])
                if _CERT_ISSUER_OID in exts:
                    raise CrlError("indirect CRL entries are not supported")
                pos = exts.find(_REASON_OID)
                if pos >= 0:
                    j = exts.find(b"\x0a\x01", pos)
                    reason = exts[j + 2] if j >= 0 else NO_REASON
            reasons.append(reason)
            off = stop
        order = sorted(range(len(keys)), key=keys.__getitem__)
        self.keys = array("Q", (keys[i] for i in order))
        self.times = array("q", (times[i] for i in order))
        self.reasons = bytes(reasons[i] for i in order)

    def verify_with(self, issuer: x509.Certificate) -> str | None:
        """None if the CRL signature verifies with issuer's key, else the reason."""
        spki = der.key_id(issuer).hex()
        if self.verified_by is not None:
            return None if self.verified_by == spki else "CRL verified with another key"
        if self._tbs is None:
            return "CRL body no longer available"
        if issuer.subject.hashable != self.issuer_hashable:
            return "CRL issuer name differs"
        ku = issuer.key_usage_value
        if ku is not None and "crl_sign" not in ku.native:
            return "issuer key usage lacks cRLSign"
        try:
            algorithms.verify(self._sig_alg, issuer.public_key, self._tbs, self._sig)
        except (algorithms.AlgorithmError, algorithms.SignatureInvalid) as exc:
            return f"CRL signature: {exc}"
        self.verified_by = spki
        return None

    def lookup(self, serial: int) -> CrlEntry | None:
        key = _content_key(serial.to_bytes((serial.bit_length() + 8) // 8, "big", signed=True))
        i = bisect_left(self.keys, key)
        if i < len(self.keys) and self.keys[i] == key:
            code = self.reasons[i]
            return CrlEntry(datetime.fromtimestamp(self.times[i], UTC), REASONS.get(code))
        return None

    # persistence -----------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        if self.verified_by is None or self.issuer is None:
            raise CrlError("only a verified index can be persisted")
        header = {
            "issuer": der.raw(self.issuer).hex(),
            "aki": self.authority_key_id.hex() if self.authority_key_id else None,
            "this_update": self.this_update.isoformat(),
            "next_update": self.next_update.isoformat() if self.next_update else None,
            "crl_number": self.crl_number,
            "delta_base": self.delta_base,
            "expired_certs_on_crl": self.expired_certs_on_crl,
            "scope_problem": self.scope_problem,
            "only_user_certs": self.only_user_certs,
            "only_ca_certs": self.only_ca_certs,
            "verified_by": self.verified_by,
            "sha256": self.sha256,
            "raw_size": self.raw_size,
            "n": len(self.keys),
        }
        blob = json.dumps(header).encode()
        with Path(path).open("wb") as fh:
            fh.write(_MAGIC + struct.pack(">I", len(blob)) + blob)
            fh.write(self.keys.tobytes())
            fh.write(self.times.tobytes())
            fh.write(self.reasons)

    @classmethod
    def load(cls, path: str | Path) -> CrlIndex:
        data = Path(path).read_bytes()
        if data[:8] != _MAGIC:
            raise CrlError("not a CRL index file")
        (hlen,) = struct.unpack(">I", data[8:12])
        h = json.loads(data[12 : 12 + hlen])
        idx = cls()
        idx.issuer = x509.Name.load(bytes.fromhex(h["issuer"]))
        idx.issuer_hashable = idx.issuer.hashable
        idx.authority_key_id = bytes.fromhex(h["aki"]) if h["aki"] else None
        idx.this_update = datetime.fromisoformat(h["this_update"])
        idx.next_update = datetime.fromisoformat(h["next_update"]) if h["next_update"] else None
        idx.crl_number = h["crl_number"]
        idx.delta_base = h["delta_base"]
        idx.expired_certs_on_crl = h["expired_certs_on_crl"]
        idx.scope_problem = h["scope_problem"]
        idx.only_user_certs = h["only_user_certs"]
        idx.only_ca_certs = h["only_ca_certs"]
        idx.verified_by = h["verified_by"]
        idx.sha256 = h["sha256"]
        idx.raw_size = h["raw_size"]
        n = h["n"]
        off = 12 + hlen
        idx.keys = array("Q")
        idx.keys.frombytes(data[off : off + 8 * n])
        idx.times = array("q")
        idx.times.frombytes(data[off + 8 * n : off + 16 * n])
        idx.reasons = data[off + 16 * n : off + 17 * n]
        if len(idx.reasons) != n:
            raise CrlError("truncated CRL index file")
        return idx


def build_crl_index(data: bytes, issuer: x509.Certificate) -> CrlIndex:
    """Build and verify an index for ``data`` (DER/PEM CRL) issued by ``issuer``."""
    return CrlIndex.build(data, issuer)

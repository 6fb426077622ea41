"""Bounded fuzzing of the CMS parser and ``verify_cms`` (issue 11), a few seconds in all.

The property: attacker bytes end in ``CmsFormatError`` (CLI exit 2, HTTP 400) or in a report,
never in another exception; and a mutated signature that still passes has its signed parts
(signed attributes, signature value, signer certificate) and the content intact — the mutation
hit only bytes no one vouches for, which the strict parser keeps to a minimum. Examples are
derandomised so the suite is stable; ``bench/fuzz_signing.py`` runs the same properties longer.
"""

import functools
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from signing_helpers import NOW, pki

from signing.core import der
from signing.core.cms import CmsFormatError, parse_cms
from signing.core.validator import ValidationConfig, verify_cms

DOC = b"fuzzed document"
FUZZ = settings(
    max_examples=150,
    deadline=timedelta(milliseconds=500),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@functools.cache
def _good(stamped: bool = False) -> bytes:
    if stamped:  # with a signature time-stamp token: a CMS inside an unsigned attribute
        return pki().sign("individual", DOC, "rsa", timestamper=pki().timestamper("rsa"))
    return pki().sign("individual", DOC, "rsa")


@functools.cache
def _config() -> ValidationConfig:
    return pki().config()


def _signed_parts(data: bytes) -> tuple[bytes, bytes, bytes]:
    si = parse_cms(data).signer_infos[0]
    certs = parse_cms(data).certificates
    return der.raw(si["signed_attrs"]), si["signature"].native, der.raw(certs[0])


def tlv_headers(buf: bytes, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of every DER header in ``buf``, nested ones included (definite lengths)."""
    out, off, end = [], start, len(buf) if end is None else end
    while off < end:
        out.append(off)
        length, body = buf[off + 1], off + 2
        if length & 0x80:
            n = length & 0x7F
            length, body = int.from_bytes(buf[body : body + n], "big"), body + n
        if buf[off] & 0x20:
            out.extend(tlv_headers(buf, body, body + length))
        off = body + length
    return out


TAGS = [0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x0C, 0x13, 0x17, 0x30, 0x31, 0xA0, 0xA1, 0x80]


@st.composite
def mutations(draw: st.DrawFn) -> bytes:
    """A valid CMS with a tag or length changed, bytes flipped, cut, inserted or duplicated."""
    data = bytearray(_good(draw(st.booleans())))
    headers = tlv_headers(bytes(data))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["tag", "length", "flip", "cut", "insert", "dup"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind in ("tag", "length") and headers[-1] < len(data) - 1:
            header = draw(st.sampled_from(headers))
            if kind == "tag":
                data[header] = draw(st.sampled_from(TAGS))
            else:
                data[header + 1] ^= draw(st.sampled_from([1, 2, 0x80, 0x7F]))
        elif kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 64))]
        if not data:
            data = bytearray(b"\x30")
    return bytes(data)


@FUZZ
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_as_not_a_cms(blob: bytes) -> None:
    try:
        parse_cms(blob)
    except CmsFormatError:
        return


@FUZZ
@given(mutations())
def test_a_mutated_signature_is_refused_or_keeps_its_signed_parts(blob: bytes) -> None:
    try:
        report = verify_cms(blob, DOC, _config(), at=NOW)
    except CmsFormatError:
        return
    report.to_dict()  # the report of anything must serialise (it is stored)
    if report.passed:
        assert _signed_parts(blob) in (_signed_parts(_good()), _signed_parts(_good(True)))


@pytest.mark.parametrize("stamped", [False, True])
def test_every_tag_of_a_signature_retagged_is_refused_or_a_report(stamped: bool) -> None:
    """Not random: each header of the CMS (eContentType's included) given other tags; in the
    time-stamped CMS, each header of the token (the rest is the first case)."""
    good = _good(stamped)
    first, tags = 0, TAGS
    if stamped:
        first = good.index(der.raw(parse_cms(good).signer_infos[0]["unsigned_attrs"]))
        tags = [0x02, 0x04, 0x06, 0x30, 0x31, 0xA0]
    for header in (h for h in tlv_headers(good) if h >= first):
        for tag in tags:
            if tag == good[header]:
                continue
            blob = good[:header] + bytes([tag]) + good[header + 1 :]
            try:
                report = verify_cms(blob, DOC, _config(), at=NOW)
            except CmsFormatError:
                continue
            report.to_dict()
            if report.passed:
                assert _signed_parts(blob) == _signed_parts(good), (header, tag)


@FUZZ
@given(st.binary(max_size=64), st.integers(0, 4000))
def test_bytes_spliced_into_a_signature_never_crash(junk: bytes, at: int) -> None:
    good = _good()
    at %= len(good)
    blob = good[:at] + junk + good[at:]
    try:
        verify_cms(blob, DOC, _config(), at=NOW)
    except CmsFormatError:
        return

"""Fuzz the attachment checks: whatever the bytes, the answer is a CheckedFile or a refusal.

Bounded so it runs in the normal suite in a few seconds: mutated copies of every sample type
(bytes changed, cut, inserted, appended) and raw bytes. Any other exception — from zipfile,
expat, qpdf, Pillow, zlib or our own readers — is a defect: it would be a 500 for the sender.
"""

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from petitions.uploads.validation import CheckedFile, UploadRejected, check_upload

from . import samples

SEEDS = [
    samples.pdf(),
    samples.pdf(catalog=b"/OpenAction << /S /JavaScript /JS (x) >>"),
    samples.docx(),
    samples.xlsx(),
    samples.odt(),
    samples.doc(),
    samples.xls(),
    samples.png(),
    samples.JPEG,
    samples.tiff(),
    samples.PETITION_KK.encode(),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "append"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        chunk = draw(st.binary(min_size=1, max_size=16))
        if kind == "flip" and data:
            data[at] = chunk[0]
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = chunk
        else:
            data += chunk
    return bytes(data)


@settings(
    max_examples=200,
    deadline=timedelta(seconds=2),
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(content=st.one_of(mutated(), st.binary(max_size=2048)))
def test_checks_only_ever_accept_or_refuse(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "upload"
        path.write_bytes(content)
        outcome: CheckedFile | UploadRejected
        try:
            outcome = check_upload(path, "upload.bin")
        except UploadRejected as refused:
            outcome = refused
    if isinstance(outcome, UploadRejected):
        assert str(outcome.message)
    else:
        assert isinstance(outcome, CheckedFile)

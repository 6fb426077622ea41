"""check_office_archive: DOCX, XLSX and ODT are checked as real archives; bombs are refused."""

import base64
import contextlib
import os
import struct
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from petitions.uploads.archives import DOCX, ODT, XLSX, check_office_archive, xml_elements
from petitions.uploads.errors import RejectionCode, UploadRejected
from petitions.uploads.limits import (
    MAX_ARCHIVE_ENTRIES,
    MAX_ARCHIVE_UNCOMPRESSED_BYTES,
    MAX_CENTRAL_DIRECTORY_BYTES,
)

from . import samples

CENTRAL = b"PK\x01\x02"
END = b"PK\x05\x06"


def patch_central_directory(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    """Return ``data`` with a field of every central directory record set to ``value``."""
    out = bytearray(data)
    position = out.find(CENTRAL)
    while position >= 0:
        struct.pack_into(fmt, out, position + offset, value)
        position = out.find(CENTRAL, position + 4)
    return bytes(out)


def patch_end_record(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, out.rfind(END) + offset, value)
    return bytes(out)


def refusal(put, data: bytes) -> UploadRejected:
    with pytest.raises(UploadRejected) as refused:
        check_office_archive(put(data))
    return refused.value


def test_it_recognises_each_document_kind(put):
    assert check_office_archive(put(samples.docx())) == (DOCX, "docx")
    assert check_office_archive(put(samples.xlsx())) == (XLSX, "xlsx")
    assert check_office_archive(put(samples.odt())) == (ODT, "odt")


def test_it_finds_the_end_record_behind_an_archive_comment(put):
    buffer = samples.docx()[:-2] + struct.pack("<H", 7) + b"comment"

    assert check_office_archive(put(buffer)) == (DOCX, "docx")


# --- Bombs --------------------------------------------------------------------------------------


def test_a_highly_compressed_entry_is_a_bomb(put):
    bomb = samples.docx(extra=[("word/media/image1.png", b"\0" * (2 * 1024 * 1024))])

    assert refusal(put, bomb).code == RejectionCode.ARCHIVE_BOMB


def test_small_entries_may_compress_very_well(put):
    # Below the floor a high ratio harms no one (a part of repeated spaces is normal).
    ok = samples.docx(extra=[("word/styles.xml", b" " * (1024 * 1024))])

    assert check_office_archive(put(ok)) == (DOCX, "docx")


def test_a_large_declared_total_is_a_bomb_before_anything_is_inflated(put):
    entries = 1 + MAX_ARCHIVE_UNCOMPRESSED_BYTES // (1024 * 1024)
    archive = samples.zip_bytes([(f"part{i}.xml", "x") for i in range(entries)])
    # Each entry now claims 1 MiB: under the ratio floor, but too much together.
    archive = patch_central_directory(archive, 24, "<I", 1024 * 1024)

    refused = refusal(put, archive)
    assert refused.code == RejectionCode.ARCHIVE_BOMB
    assert "uncompressed" in refused.detail


def test_too_many_entries_is_a_bomb(put):
    archive = samples.zip_bytes([(f"p{i}", "") for i in range(MAX_ARCHIVE_ENTRIES + 1)])

    assert refusal(put, archive).code == RejectionCode.ARCHIVE_BOMB


def test_too_many_entries_is_a_bomb_even_when_the_end_record_lies(put):
    archive = samples.zip_bytes([(f"p{i}", "") for i in range(MAX_ARCHIVE_ENTRIES + 1)])
    archive = patch_end_record(patch_end_record(archive, 8, "<H", 1), 10, "<H", 1)

    refused = refusal(put, archive)
    assert refused.code == RejectionCode.ARCHIVE_BOMB
    assert refused.detail == f"{MAX_ARCHIVE_ENTRIES + 1} entries"


def test_a_huge_central_directory_is_refused_before_parsing(put):
    archive = patch_end_record(samples.docx(), 12, "<I", MAX_CENTRAL_DIRECTORY_BYTES + 1)

    assert refusal(put, archive).code == RejectionCode.ARCHIVE_BOMB


def test_zip64_markers_are_refused(put):
    archive = patch_end_record(samples.docx(), 10, "<H", 0xFFFF)

    assert refusal(put, archive).code == RejectionCode.ARCHIVE_BOMB


# --- Structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + b"\0" * 100,  # no end record at all
        samples.docx()[: len(samples.docx()) // 2],  # truncated
        samples.docx()[:-5],  # end record cut short
        END[:3],
    ],
)
def test_a_broken_archive_is_refused(put, data):
    assert refusal(put, data).code == RejectionCode.ARCHIVE_INVALID


@pytest.mark.parametrize(
    "name",
    ["../../evil.sh", "word/../../x.xml", "/etc/cron.d/x", "C:/Windows/x.dll", "word\\..\\x"],
)
def test_entries_that_climb_out_are_refused(put, name):
    refused = refusal(put, samples.docx(extra=[(name, "x")]))

    assert refused.code == RejectionCode.ARCHIVE_INVALID
    assert repr(name) in refused.detail


def test_a_nul_in_an_entry_name_is_refused(put):
    archive = samples.docx(extra=[("word/aXb.xml", "x")]).replace(b"word/aXb.xml", b"word/a\0b.xml")

    assert "unsafe" in refusal(put, archive).detail


def test_duplicate_entries_are_refused(put):
    # Two readers could pick different copies; OPC part names ignore case.
    archive = samples.docx(extra=[("WORD/Document.xml", "<other/>")])

    assert "duplicate" in refusal(put, archive).detail


def test_zip_encrypted_entries_are_refused(put):
    archive = patch_central_directory(samples.docx(), 8, "<H", 0x1)

    assert refusal(put, archive).code == RejectionCode.ENCRYPTED


def test_unusual_compression_is_refused(put):
    info = zipfile.ZipInfo("word/extra.xml")
    info.compress_type = zipfile.ZIP_BZIP2
    archive = samples.docx(extra=[(info, "x")])  # type: ignore[list-item]

    assert "compression" in refusal(put, archive).detail


def test_a_wrong_checksum_is_found_by_inflating(put):
    archive = patch_central_directory(samples.docx(), 16, "<I", 0)

    refused = refusal(put, archive)
    assert refused.code == RejectionCode.ARCHIVE_INVALID
    assert "CRC" in refused.detail


def test_a_size_that_lies_is_found_by_inflating(put):
    archive = patch_central_directory(samples.docx(), 24, "<I", 10)

    assert refusal(put, archive).code == RejectionCode.ARCHIVE_INVALID


def test_corrupt_compressed_data_is_refused(put):
    data = bytearray(samples.docx())
    data[data.find(b"word/document.xml") + 20 : data.find(b"word/document.xml") + 60] = b"\xff" * 40

    assert refusal(put, bytes(data)).code == RejectionCode.ARCHIVE_INVALID


# --- OOXML --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("archive", "detail"),
    [
        (samples.docm(), "macro content type"),
        (samples.xlsx(main="application/vnd.ms-excel.sheet.macroEnabled.main+xml"), "macro"),
        (samples.xlsx(main="application/vnd.ms-excel.sheet.binary.macroEnabled.main"), "macro"),
        (samples.docx(extra=[("word/vbaProject.bin", b"\1")]), "macro part"),
        (samples.docx(extra=[("word/vbaData.xml", "<x/>")]), "macro part"),
        (samples.xlsx(extra=[("xl/macrosheets/sheet1.xml", "<x/>")]), "macro part"),
        (
            samples.docx(overrides={"/xl/sheet.xml": "application/vnd.ms-excel.macrosheet+xml"}),
            "macro content type",
        ),
    ],
)
def test_macro_enabled_packages_are_refused(put, archive, detail):
    refused = refusal(put, archive)

    assert refused.code == RejectionCode.MACROS
    assert detail in refused.detail


@pytest.mark.parametrize(
    ("archive", "code", "detail"),
    [
        (
            samples.docx(
                main="application/vnd.openxmlformats-officedocument.presentationml."
                "presentation.main+xml"
            ),
            RejectionCode.TYPE_NOT_ALLOWED,
            "0 main parts",
        ),
        (
            samples.docx(overrides={"/xl/workbook.xml": samples.XLSX_MAIN}),
            RejectionCode.TYPE_NOT_ALLOWED,
            "2 main parts",
        ),
        (
            samples.zip_bytes(
                [
                    (
                        "[Content_Types].xml",
                        samples.content_types({"/word/document.xml": samples.DOCX_MAIN}),
                    )
                ]
            ),
            RejectionCode.ARCHIVE_INVALID,
            "missing",
        ),
        (
            samples.zip_bytes([("[Content_Types].xml", "<Types><Unclosed></Types>")]),
            RejectionCode.ARCHIVE_INVALID,
            "index XML",
        ),
    ],
)
def test_packages_that_are_not_a_docx_or_xlsx_are_refused(put, archive, code, detail):
    refused = refusal(put, archive)

    assert refused.code == code
    assert detail in refused.detail


def test_an_oversized_index_part_is_refused(put):
    padding = base64.b64encode(os.urandom(800 * 1024)).decode()  # incompressible, no bomb
    types = samples.content_types({"/word/document.xml": samples.DOCX_MAIN})
    archive = samples.zip_bytes(
        [
            ("[Content_Types].xml", types.replace("</Types>", f"<!-- {padding} --></Types>")),
            ("word/document.xml", samples.WORD_DOCUMENT),
        ]
    )

    assert "too large" in refusal(put, archive).detail


BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><Types>&b;</Types>'
)
EXTERNAL_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    "<Types>&x;</Types>"
)


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL_ENTITY, "<!DOCTYPE Types><Types/>"])
def test_index_xml_with_a_dtd_is_refused(xml):
    with pytest.raises(UploadRejected) as refused:
        xml_elements(xml.encode())

    assert refused.value.code == RejectionCode.ARCHIVE_INVALID


def test_index_xml_is_read_by_local_names():
    elements = xml_elements(b'<a xmlns="urn:x" xmlns:p="urn:p"><p:b p:c="1" d="2"/></a>')

    assert elements == [("a", {}), ("b", {"c": "1", "d": "2"})]


# --- OpenDocument -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("archive", "code", "detail"),
    [
        (
            samples.odt(mimetype="application/vnd.oasis.opendocument.spreadsheet"),
            RejectionCode.TYPE_NOT_ALLOWED,
            "spreadsheet",
        ),
        (
            samples.zip_bytes([("mimetype", "application/epub+zip")]),
            RejectionCode.TYPE_NOT_ALLOWED,
            "epub",
        ),
        (samples.odt(manifest=False), RejectionCode.ARCHIVE_INVALID, "without manifest"),
        (samples.odt(encrypted=True), RejectionCode.ENCRYPTED, "encryption-data"),
        (
            samples.odt(extra=[("Basic/Standard/Module1.xml", "<x/>")]),
            RejectionCode.MACROS,
            "Basic",
        ),
        (
            samples.odt(extra=[("Scripts/python/evil.py", "import os")]),
            RejectionCode.MACROS,
            "Scripts",
        ),
    ],
)
def test_opendocuments_other_than_a_plain_text_are_refused(put, archive, code, detail):
    refused = refusal(put, archive)

    assert refused.code == code
    assert detail in refused.detail


def test_an_opendocument_without_content_is_refused(put):
    archive = samples.zip_bytes(
        [
            ("mimetype", samples.ODT_MIMETYPE),
            ("META-INF/manifest.xml", samples.MANIFEST.format(mimetype=ODT, encryption="")),
        ]
    )

    assert refusal(put, archive).code == RejectionCode.ARCHIVE_INVALID


# --- Whatever the damage, the answer is a refusal, never a crash ---------------------------------


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from([samples.docx(), samples.odt(), samples.xlsx()]),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=8),
)
def test_damaged_archives_are_refused_or_accepted_never_crash(put, original, damage):
    data = bytearray(original)
    for position, value in damage:
        data[position % len(data)] = value

    with contextlib.suppress(UploadRejected):
        check_office_archive(put(bytes(data)))


def test_offsets_that_point_before_the_start_of_the_file_are_refused(put):
    # zipfile then seeks to a negative position, which the OS refuses with an OSError.
    (offset,) = struct.unpack_from("<I", samples.docx(), samples.docx().rfind(END) + 16)
    archive = patch_end_record(samples.docx(), 16, "<I", offset + 100)

    refused = refusal(put, archive)
    assert refused.code == RejectionCode.ARCHIVE_INVALID
    assert "OSError" in refused.detail

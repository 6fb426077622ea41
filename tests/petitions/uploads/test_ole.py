"""The compound file reader and the DOC/XLS checks: macros, encryption, hostile structure."""

import contextlib
import io
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from petitions.uploads.errors import RejectionCode, UploadRejected
from petitions.uploads.ole import (
    END_OF_CHAIN,
    NO_STREAM,
    SIGNATURE,
    CompoundFile,
    CompoundFileError,
    check_compound_document,
)

from . import samples

FREE, FAT_SECTOR, DIFAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFC


def parse(data: bytes) -> CompoundFile:
    return CompoundFile(io.BytesIO(data), len(data))


def header_field(data: bytes, offset: int, fmt: str, value: int) -> bytes:
    out = bytearray(data)
    struct.pack_into(fmt, out, offset, value)
    return bytes(out)


def directory_offset(data: bytes, index: int) -> int:
    (first_dir,) = struct.unpack_from("<I", data, 0x30)
    return (first_dir + 1) * 512 + index * 128


def entry_field(data: bytes, index: int, offset: int, fmt: str, value: int) -> bytes:
    return header_field(data, directory_offset(data, index) + offset, fmt, value)


def fat_entry(data: bytes, sector: int, value: int) -> bytes:
    (fat_sector,) = struct.unpack_from("<I", data, 0x4C)
    return header_field(data, (fat_sector + 1) * 512 + 4 * sector, "<I", value)


def index_of(data: bytes, name: str) -> int:
    return [e.name for e in parse(data).entries].index(name)


def refusal(put, data: bytes, *, word: bool) -> UploadRejected:
    with pytest.raises(UploadRejected) as refused:
        check_compound_document(put(data), word=word)
    return refused.value


# --- Documents ----------------------------------------------------------------------------------


def test_plain_documents_pass(put):
    check_compound_document(put(samples.doc()), word=True)
    check_compound_document(put(samples.xls()), word=False)
    check_compound_document(put(samples.xls(size=200)), word=False)  # in the mini stream


def test_a_version_4_file_with_4096_byte_sectors_is_read(put):
    data = samples.cfb({("WordDocument",): samples.fib(), ("1Table",): b"\0" * 100}, version=4)

    check_compound_document(put(data), word=True)
    assert parse(data).top_level()["worddocument"].size == 4096


@pytest.mark.parametrize(
    ("data", "word", "code", "detail"),
    [
        (samples.doc(streams={("Macros", "VBA", "dir"): b"\1"}), True, RejectionCode.MACROS, "VBA"),
        (
            samples.xls(streams={("_VBA_PROJECT_CUR", "VBA", "_VBA_PROJECT"): b"\1"}),
            False,
            RejectionCode.MACROS,
            "VBA",
        ),
        # A macro-enabled workbook embedded in a document is found too: every entry counts.
        (
            samples.doc(streams={("ObjectPool", "_1", "_VBA_PROJECT_CUR", "x"): b"\1"}),
            True,
            RejectionCode.MACROS,
            "VBA",
        ),
        (samples.xls(sheet_type=1), False, RejectionCode.MACROS, "type 1"),
        (samples.xls(sheet_type=6), False, RejectionCode.MACROS, "type 6"),
        (samples.doc(encrypted=True), True, RejectionCode.ENCRYPTED, "fEncrypted"),
        (samples.xls(encrypted=True), False, RejectionCode.ENCRYPTED, "FILEPASS"),
        (
            samples.cfb({("EncryptedPackage",): b"\1" * 100, ("EncryptionInfo",): b"\2"}),
            True,
            RejectionCode.ENCRYPTED,
            "encrypted package",
        ),
        (samples.doc(n_fib=0x0065), True, RejectionCode.TYPE_NOT_ALLOWED, "before 97"),
        (
            samples.cfb({("WordDocument",): b"\0" * 12 + b"\1" * 4000}),
            True,
            RejectionCode.TYPE_NOT_ALLOWED,
            "before 97",
        ),  # not a File Information Block
        (
            samples.cfb({("WordDocument",): b"\xec\xa5"}),
            True,
            RejectionCode.ARCHIVE_INVALID,
            "too short",
        ),
        (
            samples.cfb({("Storage", "WordDocument"): samples.fib()}),
            True,
            RejectionCode.ARCHIVE_INVALID,
            "no WordDocument",
        ),
        (
            samples.cfb({("Sheet",): b"\1" * 10}),
            False,
            RejectionCode.ARCHIVE_INVALID,
            "no Workbook",
        ),
        (
            samples.cfb({("Workbook",): samples.biff_record(0x0042, b"\xe3\x04")}),
            False,
            RejectionCode.ARCHIVE_INVALID,
            "BOF",
        ),
    ],
)
def test_documents_with_macros_or_encryption_or_no_body_are_refused(put, data, word, code, detail):
    refused = refusal(put, data, word=word)

    assert refused.code == code
    assert detail in refused.detail


BOF = samples.biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
CODEPAGE = samples.biff_record(0x0042, b"\xe3\x04")
SHORT_BOUNDSHEET = samples.biff_record(0x0085, b"\0\0\0\0\0")
EOF = samples.biff_record(0x000A, b"")


def test_a_workbook_is_scanned_to_the_end_of_its_globals(put):
    after_eof = samples.biff_record(0x0085, struct.pack("<IBBBB", 0, 0, 1, 1, 0) + b"M")
    globals_ = BOF + CODEPAGE * 40 + SHORT_BOUNDSHEET + EOF + after_eof  # records span sectors

    check_compound_document(put(samples.cfb({("Book",): globals_})), word=False)


def test_a_workbook_without_an_end_of_globals_is_refused(put):
    data = samples.cfb({("Workbook",): BOF + CODEPAGE + b"\x85\x00\xff"})  # cut mid-record

    assert "without EOF" in refusal(put, data, word=False).detail


# --- Hostile structure --------------------------------------------------------------------------

DOC = samples.doc()


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"not a compound file" * 40, "no compound file header"),
        (DOC[:300], "no compound file header"),
        (header_field(DOC, 0x1C, "<H", 0xFEFF), "unsupported header"),
        (header_field(DOC, 0x1E, "<H", 12), "unsupported header"),  # version 3 with 4 KiB
        (header_field(DOC, 0x20, "<H", 7), "unsupported header"),
        (header_field(DOC, 0x38, "<I", 512), "cutoff"),
        (header_field(DOC, 0x2C, "<I", 1000), "more FAT or DIFAT"),
        (header_field(DOC, 0x48, "<I", 10**6), "more FAT or DIFAT"),
        (header_field(DOC, 0x30, "<I", END_OF_CHAIN), "no root entry"),
        (header_field(DOC, 0x30, "<I", 5000), "broken or looping"),
        (fat_entry(header_field(DOC, 0x30, "<I", 100), 100, END_OF_CHAIN), "outside the file"),
        (entry_field(DOC, 0, 66, "<B", 2), "no root entry"),
        (entry_field(DOC, 1, 64, "<H", 13), "malformed directory entry"),
        (entry_field(DOC, 1, 64, "<H", 66), "malformed directory entry"),
    ],
)
def test_a_broken_structure_is_an_error_not_a_crash(put, data, detail):
    with pytest.raises(CompoundFileError, match=detail):
        parse(data)
    assert refusal(put, data, word=True).code == RejectionCode.ARCHIVE_INVALID


def test_a_looping_chain_ends():
    (first_dir,) = struct.unpack_from("<I", DOC, 0x30)

    with pytest.raises(CompoundFileError, match="looping"):
        parse(fat_entry(DOC, first_dir, first_dir))


def test_a_directory_too_large_to_be_real_is_refused():
    data = samples.cfb({("Big",): b"\0" * 1_400_000})
    big = parse(data).top_level()["big"]

    with pytest.raises(CompoundFileError, match="directory too large"):
        parse(header_field(data, 0x30, "<I", big.start))


def test_the_tree_walk_survives_loops_and_dangling_links():
    word = index_of(DOC, "WordDocument")
    data = entry_field(DOC, word, 68, "<I", word)  # its own left sibling
    data = entry_field(data, word, 72, "<I", 9999)  # a right sibling that does not exist

    assert set(parse(data).top_level()) == {"worddocument", "1table"}


def test_stream_sizes_are_held_to_their_chains():
    data = samples.cfb({("Big",): bytes(range(256)) * 32})
    index = index_of(data, "Big")
    longer, shorter = (
        entry_field(data, index, 120, "<Q", 9000),
        entry_field(data, index, 120, "<Q", 4097),
    )

    with pytest.raises(CompoundFileError, match="shorter than its size"):
        list(parse(longer).stream(parse(longer).entries[index]))
    cf = parse(shorter)
    assert b"".join(cf.stream(cf.entries[index])) == (bytes(range(256)) * 32)[:4097]


def test_a_small_stream_outside_the_mini_stream_is_an_error():
    data = entry_field(DOC, 0, 120, "<Q", 0)  # the root now owns no mini stream
    cf = parse(data)

    with pytest.raises(CompoundFileError, match="outside the mini stream"):
        list(cf.stream(cf.top_level()["1table"]))


def test_the_fat_may_continue_in_difat_sectors():
    # 110 FAT sectors: 109 listed in the header, the 110th in a DIFAT sector (a 7 MB file).
    sectors, per_sector = 13_900, 128
    fat = [FREE] * (110 * per_sector)
    fat[0:109] = [FAT_SECTOR] * 109
    fat[109], fat[110], fat[111] = DIFAT_SECTOR, FAT_SECTOR, END_OF_CHAIN
    body = bytearray(sectors * 512)

    def put_sector(number: int, data: bytes) -> None:
        body[number * 512 : number * 512 + len(data)] = data

    for k in range(109):
        put_sector(k, struct.pack("<128I", *fat[k * per_sector : (k + 1) * per_sector]))
    put_sector(110, struct.pack("<128I", *fat[109 * per_sector :]))
    put_sector(109, struct.pack("<128I", 110, *[FREE] * 126, END_OF_CHAIN))
    root = samples.ENTRY.pack(
        "Root Entry".encode("utf-16-le") + b"\0\0",
        22,
        5,
        1,
        NO_STREAM,
        NO_STREAM,
        NO_STREAM,
        b"",
        0,
        0,
        0,
        END_OF_CHAIN,
        0,
    )
    put_sector(111, root)
    header = samples.HEADER.pack(
        SIGNATURE,
        b"",
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"",
        0,
        110,
        111,
        0,
        4096,
        END_OF_CHAIN,
        0,
        109,
        2,
        *range(109),
    )

    cf = parse(header + bytes(body))

    assert [entry.name for entry in cf.entries] == ["Root Entry"]
    assert cf.top_level() == {}


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(
        [(samples.doc(), True), (samples.xls(), False), (samples.xls(size=300), False)]
    ),
    st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), min_size=1, max_size=6),
)
def test_damaged_compound_files_are_refused_or_accepted_never_crash(put, original, damage):
    data = bytearray(original[0])
    for position, value in damage:
        data[position % len(data)] = value

    with contextlib.suppress(UploadRejected):
        check_compound_document(put(bytes(data)), word=original[1])

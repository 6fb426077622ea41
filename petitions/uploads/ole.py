"""Look inside Word 97-2003 (DOC) and Excel 97-2003 (XLS) files for macros and encryption.

Threat model: DOC and XLS are OLE2 compound files (MS-CFB), a small file system inside a file.
Macro viruses live there as a VBA project (the ``Macros`` storage of Word, ``_VBA_PROJECT_CUR`` of
Excel, each holding a ``VBA`` storage and a ``_VBA_PROJECT`` stream), or, in Excel, as Excel 4.0
macro sheets, which need no VBA at all and were the favourite of 2020s malware. A clerk opening an
attachment must never be asked to "enable content", so we refuse both. We also refuse documents
encrypted with a password (the court could not read them, and we could not look inside): Word's
``fEncrypted`` flag, Excel's ``FILEPASS`` record, and encrypted OOXML, which is a compound file
with an ``EncryptedPackage`` stream. Finally the structure itself is hostile input: sector numbers
can point outside the file, chains can loop, sizes can lie.

Approach: a small, strict reader of the compound file's directory (not a byte scan for UTF-16LE
names, which would also match text inside the document — Word keeps text in UTF-16LE — and could
not read the flags above). Every allocated directory entry is considered, reachable from the root
or not, so an entry hidden from the tree can only make us stricter. Every chain is bounded by the
number of sectors in the file, so loops end; every sector number is checked before it is read.
Word 6/95 documents (``nFib`` below Word 97's 193) keep WordBasic macros inside the main stream,
where no directory can show them, so they are refused as an unsupported type.

Why our own reader rather than ``olefile`` (the maintained library for the same structure, which
``oletools`` builds on): we weighed both and kept this one, for three reasons. Strictness: olefile
is built to read damaged files and by default logs most inconsistencies and goes on
(``raise_defects=DEFECT_FATAL``), where a court upload that is inconsistent should be refused.
Reach: we need only the directory, Word's FIB flags and Excel's globals records — about 200 lines,
every bound visible here and fuzzed with the other checks (``tests/petitions/uploads/test_fuzz.py``)
— while olefile would add a dependency to the upload path and still leave the Word and Excel
checks to us. Memory: both read the FAT and directory whole; ours refuses tables larger than the
file can need before reading them. If the checks ever grow into VBA source or OLE object
analysis, move to ``olefile`` (with ``raise_defects=DEFECT_INCORRECT``) and ``oletools``.
"""

import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from .errors import RejectionCode, UploadRejected
from .limits import MAX_COMPOUND_DIRECTORY_ENTRIES

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_OF_CHAIN = 0xFFFFFFFE
NO_STREAM = 0xFFFFFFFF
_MINI_SECTOR = 64
_MINI_CUTOFF = 4096
_STORAGE, _STREAM, _ROOT = 1, 2, 5

# Names compare case-insensitively in MS-CFB.
_VBA_NAMES = frozenset({"macros", "_vba_project_cur", "vba", "_vba_project"})
_ENCRYPTION_NAMES = frozenset({"encryptedpackage", "encryptioninfo", "\x06dataspaces"})
_WORD_97_NFIB = 0x00C1
_BIFF_BOF, _BIFF_EOF, _BIFF_FILEPASS, _BIFF_BOUNDSHEET = 0x0809, 0x000A, 0x002F, 0x0085
_MACRO_SHEET_TYPES = frozenset({1, 6})  # BOUNDSHEET dt: Excel 4.0 macro sheet, VB module


class CompoundFileError(ValueError):
    """The file is not a well-formed compound file."""


@dataclass(frozen=True)
class DirectoryEntry:
    name: str
    kind: int
    left: int
    right: int
    child: int
    start: int
    size: int


class CompoundFile:
    """A read-only view of a compound file's directory and streams."""

    def __init__(self, handle: BinaryIO, file_size: int) -> None:
        self._handle = handle
        header = handle.read(512)
        if len(header) < 512 or not header.startswith(SIGNATURE):
            raise CompoundFileError("no compound file header")
        major, byte_order, shift, mini_shift = struct.unpack_from("<HHHH", header, 0x1A)
        if byte_order != 0xFFFE or (major, shift) not in {(3, 9), (4, 12)} or mini_shift != 6:
            raise CompoundFileError("unsupported header")
        fat_count, first_dir, _, cutoff, first_minifat, _, first_difat, difat_count = (
            struct.unpack_from("<8I", header, 0x2C)
        )
        if cutoff != _MINI_CUTOFF:
            raise CompoundFileError("unsupported mini stream cutoff")
        self._major = major
        self._sector_size = 1 << shift
        self._sectors = -(-file_size // self._sector_size) - 1
        per_sector = self._sector_size // 4
        # A FAT longer than the file has sectors describes nothing and would only cost memory.
        if fat_count > self._sectors // per_sector + 2 or difat_count > self._sectors:
            raise CompoundFileError("more FAT or DIFAT sectors than the file needs")
        fat_sectors = list(struct.unpack_from("<109I", header, 0x4C))
        for _ in range(difat_count):
            if len(fat_sectors) >= fat_count:
                break
            *numbers, first_difat = struct.unpack(f"<{per_sector}I", self._sector(first_difat))
            fat_sectors += numbers
        self._fat: list[int] = []
        for number in fat_sectors[:fat_count]:
            self._fat += struct.unpack(f"<{per_sector}I", self._sector(number))
        directory_chain = self._chain(first_dir, self._fat)
        if len(directory_chain) * self._sector_size // 128 > MAX_COMPOUND_DIRECTORY_ENTRIES:
            raise CompoundFileError("directory too large")
        directory = b"".join(self._sector(s) for s in directory_chain)
        self.entries = [
            entry for offset in range(0, len(directory) - 127, 128)
            if (entry := self._entry(directory[offset : offset + 128])) is not None
        ]  # fmt: skip
        if not self.entries or self.entries[0].kind != _ROOT:
            raise CompoundFileError("no root entry")
        root = self.entries[0]
        self._mini_container = self._chain(root.start, self._fat) if root.size else []
        minifat = b"".join(self._sector(s) for s in self._chain(first_minifat, self._fat))
        self._minifat = list(struct.unpack(f"<{len(minifat) // 4}I", minifat))

    def _sector(self, number: int) -> bytes:
        if number >= self._sectors:
            raise CompoundFileError("sector number outside the file")
        self._handle.seek((number + 1) * self._sector_size)
        return self._handle.read(self._sector_size).ljust(self._sector_size, b"\0")

    @staticmethod
    def _chain(start: int, table: Sequence[int]) -> list[int]:
        """Return the sector numbers of a chain; a loop or a dangling link is an error."""
        chain: list[int] = []
        sector = start
        while sector != END_OF_CHAIN:
            if sector >= len(table) or len(chain) >= len(table):
                raise CompoundFileError("broken or looping sector chain")
            chain.append(sector)
            sector = table[sector]
        return chain

    def _entry(self, raw: bytes) -> DirectoryEntry | None:
        name_size, kind = struct.unpack_from("<HB", raw, 64)
        if kind not in {_STORAGE, _STREAM, _ROOT}:
            return None  # unallocated (0) or a type no Office document uses
        if name_size % 2 or not 2 <= name_size <= 64:
            raise CompoundFileError("malformed directory entry name")
        left, right, child = struct.unpack_from("<3I", raw, 68)
        start, size = struct.unpack_from("<IQ", raw, 116)
        if self._major == 3:
            size &= 0xFFFFFFFF  # version 3 files may leave garbage in the high half
        name = raw[: name_size - 2].decode("utf-16-le", errors="replace")
        return DirectoryEntry(name, kind, left, right, child, start, size)

    def top_level(self) -> dict[str, DirectoryEntry]:
        """Return the entries directly under the root, by case-folded name."""
        found: dict[str, DirectoryEntry] = {}
        pending, seen = [self.entries[0].child], set()
        while pending:
            index = pending.pop()
            if index == NO_STREAM or index in seen or index >= len(self.entries):
                continue
            seen.add(index)
            entry = self.entries[index]
            found[entry.name.casefold()] = entry
            pending += [entry.left, entry.right]
        return found

    def stream(self, entry: DirectoryEntry) -> Iterator[bytes]:
        """Yield the bytes of a stream, sector by sector."""
        if entry.size < _MINI_CUTOFF:
            chain, read = self._chain(entry.start, self._minifat), self._mini_sector
        else:
            chain, read = self._chain(entry.start, self._fat), self._sector
        remaining = entry.size
        for number in chain:
            if remaining <= 0:
                return
            data = read(number)[:remaining]
            remaining -= len(data)
            yield data
        if remaining > 0:
            raise CompoundFileError("stream shorter than its size")

    def _mini_sector(self, number: int) -> bytes:
        offset = number * _MINI_SECTOR
        index, within = divmod(offset, self._sector_size)
        if index >= len(self._mini_container):
            raise CompoundFileError("mini sector outside the mini stream")
        return self._sector(self._mini_container[index])[within : within + _MINI_SECTOR]


def _read(cf: CompoundFile, entry: DirectoryEntry, size: int) -> bytes:
    data = b""
    for chunk in cf.stream(entry):
        data += chunk
        if len(data) >= size:
            break
    return data[:size]


def _check_word(cf: CompoundFile, streams: dict[str, DirectoryEntry]) -> None:
    if "worddocument" not in streams:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "no WordDocument stream")
    fib = _read(cf, streams["worddocument"], 12)
    if len(fib) < 12:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "WordDocument stream too short")
    ident, n_fib, _, _, _, flags = struct.unpack("<6H", fib)
    if ident != 0xA5EC or n_fib < _WORD_97_NFIB:
        raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, f"Word before 97 (nFib {n_fib})")
    if flags & 0x0100:
        raise UploadRejected(RejectionCode.ENCRYPTED, "Word fEncrypted")


def _biff_records(chunks: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    buffer = b""
    for chunk in chunks:
        buffer += chunk
        while len(buffer) >= 4:
            kind, length = struct.unpack_from("<HH", buffer)
            if len(buffer) < 4 + length:
                break
            yield kind, buffer[4 : 4 + length]
            buffer = buffer[4 + length :]


def _check_excel(cf: CompoundFile, streams: dict[str, DirectoryEntry]) -> None:
    workbook = streams.get("workbook") or streams.get("book")
    if workbook is None:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "no Workbook stream")
    records = _biff_records(cf.stream(workbook))
    if next(records, (None, b""))[0] != _BIFF_BOF:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "workbook does not start with BOF")
    for kind, body in records:
        if kind == _BIFF_EOF:
            return
        if kind == _BIFF_FILEPASS:
            raise UploadRejected(RejectionCode.ENCRYPTED, "Excel FILEPASS")
        if kind == _BIFF_BOUNDSHEET and len(body) >= 6 and body[5] in _MACRO_SHEET_TYPES:
            raise UploadRejected(RejectionCode.MACROS, f"Excel sheet of type {body[5]}")
    raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "workbook globals without EOF")


def check_compound_document(path: Path, *, word: bool) -> None:
    """Refuse a DOC (``word=True``) or XLS file that has macros, encryption or a broken structure.

    :raises UploadRejected: with ``macros``, ``encrypted``, ``archive_invalid`` or, for Word
        before 97, ``type_not_allowed``.
    """
    try:
        with path.open("rb") as handle:
            cf = CompoundFile(handle, path.stat().st_size)
            names = {entry.name.casefold() for entry in cf.entries}
            if names & _ENCRYPTION_NAMES:
                raise UploadRejected(RejectionCode.ENCRYPTED, "encrypted package")
            if names & _VBA_NAMES:
                raise UploadRejected(RejectionCode.MACROS, "VBA project storage")
            streams = {n: e for n, e in cf.top_level().items() if e.kind == _STREAM}
            (_check_word if word else _check_excel)(cf, streams)
    except CompoundFileError as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, str(exc)) from exc

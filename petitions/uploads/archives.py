"""Check that a ZIP-based upload is a real DOCX, XLSX or ODT, and not a weapon dressed as one.

Threat model: DOCX, XLSX and ODT are ZIP archives, so an upload that libmagic calls one of them
(or plain ``application/zip``, which is what libmagic says about many genuine Office files whose
parts are in an unusual order) may be:

* a zip bomb — a few kilobytes that inflate to gigabytes, by compression ratio, by sheer number of
  entries, or by headers that lie about sizes;
* a "zip slip" archive whose entries have absolute or ``..`` paths, written anywhere by a careless
  unzip on a clerk's machine, or duplicate names that different readers resolve differently;
* another kind of archive (JAR, APK, EPUB, ODS, PPTX) that is not on the court's list;
* a macro-enabled document (DOCM, XLSM, XLSB, a ``vbaProject.bin`` part, Excel 4.0 macro sheets,
  OpenDocument ``Basic/`` or ``Scripts/``) renamed to look like a plain one;
* an encrypted ODT, or one whose entries are ZIP-encrypted, which the court could not read;
* hostile XML in the parts we parse (billion laughs, external entities).

What we do: read the central directory and refuse before inflating anything if the entries are too
many, their declared total too large or one ratio too high; refuse unsafe names; then inflate
every entry once, in bounded chunks, so a size or CRC that lies fails here (``zipfile`` stops at
the declared size and then checks the CRC). The type is decided by the package's own index —
``[Content_Types].xml`` (OOXML) or the ``mimetype`` entry (ODF) — never by a name. Index XML is
parsed by expat with DTDs forbidden, so no entity can be declared or fetched.
"""

import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from .errors import RejectionCode, UploadRejected
from .limits import (
    COMPRESSION_RATIO_FLOOR_BYTES,
    MAX_ARCHIVE_ENTRIES,
    MAX_ARCHIVE_UNCOMPRESSED_BYTES,
    MAX_CENTRAL_DIRECTORY_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_INDEX_PART_BYTES,
    SCAN_CHUNK_BYTES,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"

# The content type of the main part decides what an OOXML package is.
_OOXML_MAIN_PARTS = {
    DOCX + ".main+xml": (DOCX, "docx"),
    XLSX + ".main+xml": (XLSX, "xlsx"),
}
# Besides every type containing "macroEnabled" (DOCM, XLSM, XLSB, templates, add-ins):
_MACRO_CONTENT_TYPES = frozenset({
    "application/vnd.ms-office.vbaproject",
    "application/vnd.ms-office.vbaprojectsignature",
    "application/vnd.ms-word.vbadata+xml",
    "application/vnd.ms-excel.macrosheet+xml",
    "application/vnd.ms-excel.intlmacrosheet+xml",
})  # fmt: skip
_MACRO_PART_NAMES = frozenset({"vbaproject.bin", "vbaprojectsignature.bin", "vbadata.xml"})
_MACRO_FOLDERS = ("xl/macrosheets/", "basic/", "scripts/")
_DRIVE = re.compile(r"[A-Za-z]:")
_END_RECORD_SIGNATURE, _END_RECORD_SIZE = b"PK\x05\x06", 22


def _check_end_record(path: Path) -> None:
    """Refuse an archive whose central directory is too big before ``zipfile`` parses it all.

    ``zipfile`` builds an object per entry while opening, whatever the entry count claims, so
    a 20 MiB directory of tiny entries would cost hundreds of MB. We look at the end record the
    way ``zipfile`` finds it (at the very end, else the last signature within a maximal comment).
    """
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - _END_RECORD_SIZE - 0xFFFF))
        tail = handle.read()
    start = len(tail) - _END_RECORD_SIZE
    if not tail.startswith(_END_RECORD_SIGNATURE, max(start, 0)):
        start = tail.rfind(_END_RECORD_SIGNATURE)
    if start < 0 or len(tail) - start < _END_RECORD_SIZE:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "no end of central directory")
    _, _, _, _, entries, directory_size, _, _ = struct.unpack_from("<4s4HIIH", tail, start)
    # Zip64 archives put 0xFFFF / 0xFFFFFFFF here, which both checks refuse: no document needs it.
    if entries > MAX_ARCHIVE_ENTRIES or directory_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"{entries} entries, {directory_size} B")


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ARCHIVE_ENTRIES:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"{len(infos)} entries")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.orig_filename
        parts = name.split("/")
        if "\0" in name or "\\" in name or name.startswith("/") or _DRIVE.match(name):
            raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"unsafe entry name {name!r}")
        if ".." in parts:
            raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"entry climbs out: {name!r}")
        if name.casefold() in seen:
            raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"duplicate entry {name!r}")
        seen.add(name.casefold())
        if info.flag_bits & 0x1:
            raise UploadRejected(RejectionCode.ENCRYPTED, f"encrypted entry {name!r}")
        if info.compress_type not in {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}:
            raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"compression {info.compress_type}")
        ratio_limit = MAX_COMPRESSION_RATIO * max(info.compress_size, 1)
        if info.file_size > COMPRESSION_RATIO_FLOOR_BYTES and info.file_size > ratio_limit:
            raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"ratio of {name!r}")
        total += info.file_size
    if total > MAX_ARCHIVE_UNCOMPRESSED_BYTES:
        raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"{total} bytes uncompressed")


def _inflate_everything(archive: zipfile.ZipFile) -> None:
    for info in archive.infolist():
        with archive.open(info) as member:
            while member.read(SCAN_CHUNK_BYTES):
                pass


def _read_index(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as member:
        data = member.read(MAX_INDEX_PART_BYTES + 1)
    if len(data) > MAX_INDEX_PART_BYTES:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"{name} is too large")
    return data


class _DTDForbiddenError(Exception):
    pass


def _forbid(*_args: object) -> None:
    raise _DTDForbiddenError


def xml_elements(data: bytes) -> list[tuple[str, dict[str, str]]]:
    """Return each element's local name and attributes (by local name), in document order.

    Expat is used directly, with any DTD refused: without one no entity can be declared, so
    neither entity expansion nor external fetching can happen.
    """
    parser = expat.ParserCreate(namespace_separator=" ")
    elements: list[tuple[str, dict[str, str]]] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        local = {key.rpartition(" ")[2]: value for key, value in attributes.items()}
        elements.append((name.rpartition(" ")[2], local))

    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    try:
        parser.Parse(data, True)
    except (expat.ExpatError, _DTDForbiddenError) as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, "index XML refused") from exc
    return elements


def _ooxml(archive: zipfile.ZipFile, names: dict[str, str]) -> tuple[str, str]:
    elements = xml_elements(_read_index(archive, names["[content_types].xml"]))
    overrides = [attrs for tag, attrs in elements if tag == "Override"]
    types = {attrs.get("ContentType", "").casefold() for tag, attrs in elements}
    if any("macroenabled" in kind or kind in _MACRO_CONTENT_TYPES for kind in types):
        raise UploadRejected(RejectionCode.MACROS, "macro content type")
    for folded in names:
        if folded.rpartition("/")[2] in _MACRO_PART_NAMES or folded.startswith(_MACRO_FOLDERS):
            raise UploadRejected(RejectionCode.MACROS, f"macro part {folded!r}")
    mains = {
        attrs.get("PartName", "").lstrip("/").casefold(): _OOXML_MAIN_PARTS[kind]
        for attrs in overrides
        if (kind := attrs.get("ContentType", "").casefold()) in _OOXML_MAIN_PARTS
    }
    if len(mains) != 1:
        raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, f"{len(mains)} main parts")
    ((part, result),) = mains.items()
    if part not in names:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"main part {part!r} missing")
    return result


def _odf(archive: zipfile.ZipFile, names: dict[str, str]) -> tuple[str, str]:
    mimetype = _read_index(archive, names["mimetype"]).strip()
    if mimetype != ODT.encode():
        raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, f"OpenDocument {mimetype[:80]!r}")
    if "meta-inf/manifest.xml" not in names or "content.xml" not in names:
        raise UploadRejected(
            RejectionCode.ARCHIVE_INVALID, "OpenDocument without manifest or content"
        )
    manifest = xml_elements(_read_index(archive, names["meta-inf/manifest.xml"]))
    if any(tag == "encryption-data" for tag, _ in manifest):
        raise UploadRejected(RejectionCode.ENCRYPTED, "OpenDocument encryption-data")
    if any(folded.startswith(_MACRO_FOLDERS) for folded in names):
        raise UploadRejected(RejectionCode.MACROS, "OpenDocument Basic or Scripts")
    return ODT, "odt"


def check_office_archive(path: Path) -> tuple[str, str]:
    """Return the media type and extension of a DOCX, XLSX or ODT at ``path``.

    :raises UploadRejected: ``archive_invalid``, ``archive_bomb``, ``macros``, ``encrypted`` or
        ``type_not_allowed`` (any other archive).
    """
    _check_end_record(path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_directory(infos)
            _inflate_everything(archive)
            names = {info.filename.casefold(): info.filename for info in infos}
            if "mimetype" in names:
                return _odf(archive, names)
            if "[content_types].xml" in names:
                return _ooxml(archive, names)
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        ValueError,
        OSError,
    ) as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"{type(exc).__name__}: {exc}") from exc
    raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, "ZIP archive that is not a document")

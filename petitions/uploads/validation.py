"""Decide what an uploaded file really is, and refuse anything the court should not receive.

Threat model: the file name and the browser's ``Content-Type`` are claims by the sender; only the
bytes are evidence. So the type is decided by content (libmagic, then our own structural checks),
against an allow-list of what the court's own cabinet accepts — PDF, DOC/DOCX, XLS/XLSX — plus
JPEG, PNG, TIFF, ODT and plain text. The stored extension comes from that decision, so an
executable renamed ``.pdf`` is refused and a PDF named ``.exe`` is stored as ``.pdf``. Refused
on purpose:

* executables, scripts, HTML and SVG (a browser runs them as pages if ever served inline), and
  "plain text" that carries markup: any HTML tag (``<div onmouseover=…>``, ``<input …>``,
  ``<form``), comment or declaration (``<!--``, ``<!doctype``) or processing instruction, which
  a browser would run if the file were ever shown as a page;
* text with NUL or other control bytes (binary data, or UTF-16, which the court's readers and
  the signature manifest do not expect); UTF-8 and single-byte Cyrillic code pages (CP1251,
  KZ-1048, KOI8-R, CP866) are accepted — in the latter every other byte is a letter;
* macro-enabled and encrypted documents, broken archives and zip bombs (``archives`` and ``ole``);
* encrypted PDFs, owner-password-only ones included: a court file that forbids printing or
  copying is no better than one the court cannot open;
* PDFs with active content (JavaScript, launch actions, embedded files, Flash) or that go on
  after their last ``%%EOF`` (``pdfs``, which parses with qpdf, so ``#`` name escapes such as
  ``/Encr#79pt`` decode as a reader decodes them);
* JPEG and PNG images that do not decode, or carry anything after their end marker: a file that
  is an image and also an HTML page, a script or an archive (``images``).

The file is read from disk in bounded chunks; nothing here holds it whole in memory.
"""

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import magic

from .archives import DOCX, ODT, XLSX, check_office_archive
from .errors import RejectionCode, UploadRejected
from .images import check_jpeg, check_png, check_tiff
from .limits import MAX_FILE_BYTES, MAX_ORIGINAL_NAME_CHARS, SCAN_CHUNK_BYTES
from .names import name_with_extension, sanitise_name
from .ole import check_compound_document
from .pdfs import check_pdf

__all__ = ["CheckedFile", "RejectionCode", "UploadRejected", "check_upload", "sanitise_name"]

MSWORD = "application/msword"
MSEXCEL = "application/vnd.ms-excel"

#: Types that are accepted as libmagic names them, after the checks below, and their extension.
_SIMPLE_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
    "text/plain": "txt",
}
#: What libmagic calls a ZIP-based document, or a ZIP it could not place (Office writes parts in
#: orders libmagic does not always recognise): ``archives`` decides from the package index.
_ARCHIVE_TYPES = frozenset({"application/zip", DOCX, XLSX, ODT})
#: ``application/encrypted`` is libmagic's name for a password-protected OOXML document.
_ENCRYPTED_TYPES = frozenset({"application/encrypted"})

# Bytes no text file has: C0 controls other than TAB, LF, FF and CR, and DEL.
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Markup as an HTML tokenizer sees it: a comment or declaration (``<!``), a processing instruction
# (``<?``), or a start or end tag — a letter-led name ended by a space, ``/`` or ``>``. Not every
# ``<``: "<ivanov@mail.kz>", "<100" or "«" written as "<<" are ordinary text.
_MARKUP = re.compile(rb"<(?:!|\?|/?[a-z][a-z0-9:-]*[\s/>])", re.IGNORECASE)
_OVERLAP = 64  # longest pattern above, so a match split across two chunks is still found


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed every check: what it is and what to call it."""

    media_type: str
    safe_name: str
    extension: str
    size: int
    sha256: str


def _scan(path: Path, pattern: re.Pattern[bytes]) -> bool:
    """Return whether ``pattern`` occurs anywhere in the file, reading it in chunks."""
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(SCAN_CHUNK_BYTES):
            if pattern.search(tail + chunk):
                return True
            tail = chunk[-_OVERLAP:]
    return False


def _check_text(path: Path) -> None:
    if _scan(path, _BINARY_BYTE):
        raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, "control bytes in text")
    if _scan(path, _MARKUP):
        raise UploadRejected(RejectionCode.MARKUP, "markup in text")


#: What checks a type's structure beyond libmagic's first bytes (and refuses polyglots).
_STRUCTURE_CHECKS: dict[str, Callable[[Path], None]] = {
    "application/pdf": check_pdf,
    "image/jpeg": check_jpeg,
    "image/png": check_png,
    "image/tiff": check_tiff,
    "text/plain": _check_text,
}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(SCAN_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def detect(path: Path) -> tuple[str, str]:
    """Return the media type and extension of an allowed file, decided by its content.

    :raises UploadRejected: when the content is not allowed or fails its type's checks.
    """
    detected = magic.from_file(os.fspath(path), mime=True)
    if detected in _ARCHIVE_TYPES:
        return check_office_archive(path)
    if detected in {MSWORD, MSEXCEL}:
        check_compound_document(path, word=detected == MSWORD)
        return detected, "doc" if detected == MSWORD else "xls"
    if detected in _ENCRYPTED_TYPES:
        raise UploadRejected(RejectionCode.ENCRYPTED, detected)
    if detected not in _SIMPLE_TYPES:
        raise UploadRejected(RejectionCode.TYPE_NOT_ALLOWED, detected)
    if detected in _STRUCTURE_CHECKS:
        _STRUCTURE_CHECKS[detected](path)
    return detected, _SIMPLE_TYPES[detected]


def check_upload(
    path: str | os.PathLike[str], original_name: str, *, sha256: str | None = None
) -> CheckedFile:
    """Check the file at ``path`` (an upload on disk) and return what it is and its safe name.

    :param original_name: the name the sender gave; only used, sanitised, as a label.
    :param sha256: the hex SHA-256 the upload handler computed from the very chunks it wrote to
        ``path`` (``HashedUploadedFile.sha256``), so a file of up to 20 MB is not read again just
        to hash it. Without it (or when empty), the file is hashed here.
    :raises UploadRejected: with a ``code`` and a translated ``message`` for the sender.
    """
    path = Path(path)
    if len(original_name) > MAX_ORIGINAL_NAME_CHARS or "\0" in original_name:
        raise UploadRejected(RejectionCode.NAME_INVALID, f"{len(original_name)} characters")
    size = path.stat().st_size
    if size == 0:
        raise UploadRejected(RejectionCode.EMPTY)
    if size > MAX_FILE_BYTES:
        raise UploadRejected(RejectionCode.TOO_LARGE, f"{size} bytes")
    media_type, extension = detect(path)
    return CheckedFile(
        media_type=media_type,
        safe_name=name_with_extension(original_name, extension),
        extension=extension,
        size=size,
        sha256=sha256 or _sha256(path),
    )

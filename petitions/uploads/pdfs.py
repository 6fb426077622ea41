"""Refuse PDFs that can do something when a clerk opens them, or that are something else as well.

Threat model: a clerk opens every attachment on a court computer, in whatever PDF reader it has.
A PDF can carry more than pages: JavaScript (``/JS``, a ``/JavaScript`` action, often run at once
by ``/OpenAction`` or an ``/AA`` trigger), actions that start programs or open other files
(``/Launch``, ``/GoToR``, ``/GoToE``, ``/ImportData``, ``/SubmitForm``), embedded files
(``/EmbeddedFile``, ``/EF``, file-attachment annotations), Flash and 3D (``/RichMedia``, ``/XFA``
forms, which carry scripts). None of it belongs in a court filing, and a reader's sandbox is not
ours to trust, so any of it refuses the file, with a message that says to print it to PDF again,
which keeps the pages and drops the rest. Encrypted PDFs are refused too (the court must read
them). A PDF is also refused when it does not end at its last ``%%EOF`` (bar whitespace), or when
a ZIP archive's end record sits in its tail: that is how a Word document or an HTML page is
appended to a PDF to make a file that is two things at once (a polyglot).

Approach: the file is parsed by qpdf (through ``pikepdf``), a maintained C++ PDF library that
decodes names the way readers do, so ``/J#53`` is ``/JS`` and ``/Encr#79pt`` is ``/Encrypt`` —
which byte patterns missed. We walk the objects reachable from the trailer (what a reader can act
on), keys and action types, never stream data: qpdf skips a stream by its length, so a 20 MiB scan
costs microseconds and no memory. The walk is bounded by ``MAX_PDF_OBJECTS``, because qpdf keeps
every object it resolves (about 700 bytes each). Objects no reference reaches are not looked at: no
reader acts on them. What qpdf itself allocates while parsing one object (a single array of
millions of numbers, an inflating object stream) no count of ours can bound, so the parse runs in a
forked child with its memory, CPU and time limited (``isolation``). Why qpdf rather than ``pypdf``:
both decode names and both keep what they resolve, but qpdf's parser is fuzzed continuously (OSS-
Fuzz) and has its own limits, it is much faster on large files, and it never reads stream data we
do not ask for; pypdf, pure Python, would make the check's cost depend on the interpreter's speed.
"""

from pathlib import Path

import pikepdf

from .errors import RejectionCode, UploadRejected
from .isolation import run_isolated
from .limits import MAX_PDF_OBJECTS, PDF_TAIL_BYTES

#: Keys whose mere presence means active content or an embedded file.
_ACTIVE_KEYS = frozenset(
    {"/JS", "/JavaScript", "/EmbeddedFile", "/EmbeddedFiles", "/EF", "/RichMedia",
     "/RichMediaContent", "/RichMediaSettings", "/XFA", "/Launch"}
)  # fmt: skip
#: Action types (``/S``) that run code, start programs, open or send files.
_ACTIVE_ACTIONS = frozenset(
    {"/JavaScript", "/Launch", "/GoToR", "/GoToE", "/ImportData", "/SubmitForm",
     "/RichMediaExecute", "/Rendition", "/Movie", "/Sound"}
)  # fmt: skip
#: Annotation types that play media or hold a file.
_ACTIVE_SUBTYPES = frozenset({"/FileAttachment", "/RichMedia", "/Movie", "/Sound", "/3D"})
_ACTIVE_URI_SCHEMES = (b"javascript:", b"vbscript:", b"file:", b"data:", b"\\\\")
_WHITESPACE = b"\x00\t\n\x0c\r "  # PDF 32000-1, 7.2.2
_ZIP_END_RECORD = b"PK\x05\x06"


def _check_ending(path: Path) -> None:
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - PDF_TAIL_BYTES))
        tail = handle.read()
    if not tail.rstrip(_WHITESPACE).endswith(b"%%EOF"):
        raise UploadRejected(RejectionCode.HIDDEN_DATA, "PDF does not end at %%EOF")
    if _ZIP_END_RECORD in tail:
        raise UploadRejected(RejectionCode.HIDDEN_DATA, "ZIP end record in the PDF's tail")


def _active(key: str, value: object) -> str | None:
    """Return what is active about one dictionary entry, or None."""
    if key in _ACTIVE_KEYS:
        return key
    if isinstance(value, pikepdf.Name):
        name = str(value)
        if key == "/S" and name in _ACTIVE_ACTIONS:
            return f"action {name}"
        if key == "/Subtype" and name in _ACTIVE_SUBTYPES:
            return f"annotation {name}"
        if key == "/Type" and name == "/EmbeddedFile":
            return "embedded file"
    if key == "/URI" and isinstance(value, pikepdf.String):
        # A link may open a web page; one that runs a script or opens a local file may not.
        scheme = bytes(value).strip().lower()
        if scheme.startswith(_ACTIVE_URI_SCHEMES):
            return f"link {scheme[:20]!r}"
    return None


def _walk(pdf: pikepdf.Pdf) -> None:
    seen: set[tuple[int, int]] = set()
    pending: list[object] = [pdf.trailer]
    while pending:
        obj = pending.pop()
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream | pikepdf.Array):
            continue  # numbers, names, strings: pikepdf gives plain Python values for most
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
            if len(seen) > MAX_PDF_OBJECTS:
                raise UploadRejected(RejectionCode.ARCHIVE_BOMB, f"over {MAX_PDF_OBJECTS} objects")
        if isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            for key, value in obj.items():
                if found := _active(key, value):
                    raise UploadRejected(RejectionCode.ACTIVE_CONTENT, found)
                pending.append(value)
        elif isinstance(obj, pikepdf.Array):
            pending.extend(obj)


def _check_structure(path: Path) -> None:
    try:
        with pikepdf.open(path) as pdf:
            if pdf.is_encrypted:
                raise UploadRejected(RejectionCode.ENCRYPTED, "PDF /Encrypt")
            _walk(pdf)
    except pikepdf.PasswordError as exc:
        raise UploadRejected(RejectionCode.ENCRYPTED, "PDF /Encrypt, password needed") from exc
    except (pikepdf.PdfError, RecursionError, ValueError, OverflowError) as exc:
        raise UploadRejected(RejectionCode.ARCHIVE_INVALID, f"qpdf: {exc}"[:300]) from exc


def check_pdf(path: Path) -> None:
    """Refuse a PDF that is encrypted, damaged, active or followed by something else.

    The parse runs in a forked child with bounded memory, CPU and time (``isolation``).

    :raises UploadRejected: ``hidden_data``, ``encrypted``, ``archive_invalid`` (qpdf cannot
        read it), ``archive_bomb`` (too many objects, or too costly to parse) or
        ``active_content``.
    """
    _check_ending(path)
    run_isolated(_check_structure, path)

"""Turn a file name chosen by a stranger into a label that is safe to store, show and send back.

Threat model: the name arrives in a multipart header the client controls completely. It may try
to climb out of a directory (``../../etc/passwd``, ``..\\..\\boot.ini``); hide its real extension
behind a right-to-left override (``invoice\u202efdp.exe`` displays as ``invoiceexe.pdf``); carry
control characters that split headers or forge log lines; use a name Windows reserves for devices
(``CON``, ``LPT1``), so that a clerk's download cannot be saved; hide as a dotfile; or be long
enough to break a file system or a ``Content-Disposition`` header. Stored files get generated
names, so the result is only ever a label, but the label reaches a clerk's disk on download and
must be harmless there too. Letters of every script are kept (Kazakh ә ғ қ ң ө ұ ү һ і included),
in NFC so that the same name always compares equal.
"""

import re
import unicodedata

from .limits import MAX_NAME_BYTES, MAX_NAME_CHARS

FALLBACK_NAME = "document"

_SEPARATORS = re.compile(r"[/\\]")
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
# A space or dot right before a dot: Windows drops trailing spaces and dots of each part, and
# keeping none makes the result stable when a long name is cut.
_DOT_AFTER_DOTS_OR_SPACES = re.compile(r"[ .]+\.")
_EXTENSION = re.compile(r"[0-9A-Za-z]{1,10}")
# Device names are reserved with any extension (``con.txt``), case-insensitively.
_RESERVED = re.compile(r"(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$) *", re.I)
# Extensions that name a file type: the checker replaces these with the one the content says.
# fmt: off
_TYPE_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "docm", "dot", "dotx", "dotm", "xls", "xlsx", "xlsm", "xlsb", "xlt",
    "xltx", "xltm", "odt", "ods", "odp", "ott", "rtf", "txt", "text", "csv", "jpg", "jpeg", "jpe",
    "jfif", "png", "gif", "bmp", "tif", "tiff", "webp", "heic", "svg", "svgz", "htm", "html",
    "xhtml", "xml", "mht", "zip", "rar", "7z", "gz", "exe", "dll", "com", "bat", "cmd", "scr",
    "msi", "lnk", "js", "vbs", "ps1", "sh", "jar", "apk", "iso", "p7s", "sig",
})
# fmt: on


def _clean_char(char: str) -> str:
    if char.isspace():  # tabs, line breaks and every Unicode space become a plain space
        return " "
    if unicodedata.category(char)[0] == "C":  # controls, format (bidi, zero-width), unassigned
        return ""
    return "_" if char in _WINDOWS_FORBIDDEN else char


def _fit(stem: str, *, chars: int, size: int) -> str:
    stem = stem[:chars]
    while len(stem.encode("utf-8")) > size:
        stem = stem[:-1]
    return stem


def sanitise_name(name: str) -> str:
    """Return ``name`` as a safe, non-empty, NFC file name with the extension it ends with.

    Directories are dropped (the last non-empty part is kept), control, format and bidi
    characters removed, Windows-forbidden characters replaced by ``_``, leading dots, spaces and
    dashes stripped, device names prefixed with ``_``, and the stem shortened so the whole name
    fits ``MAX_NAME_CHARS`` characters and ``MAX_NAME_BYTES`` bytes. Applying it twice changes
    nothing.
    """
    parts = _SEPARATORS.split(unicodedata.normalize("NFC", name))
    text = next((part for part in reversed(parts) if part.strip(" .")), "")
    text = unicodedata.normalize("NFC", "".join(_clean_char(char) for char in text))
    text = _DOT_AFTER_DOTS_OR_SPACES.sub(".", " ".join(text.split()))
    text = text.lstrip(" .-").rstrip(" .")
    stem, dot, extension = text.rpartition(".")
    if not dot or not _EXTENSION.fullmatch(extension):
        stem, extension = text, ""
    if _RESERVED.fullmatch(stem.split(".")[0]):
        stem = "_" + stem
    suffix = "." + extension if extension else ""
    stem = _fit(stem, chars=MAX_NAME_CHARS - len(suffix), size=MAX_NAME_BYTES - len(suffix))
    stem = stem.rstrip(" .")
    return stem + suffix if stem else FALLBACK_NAME + suffix


def name_with_extension(name: str, extension: str) -> str:
    """Return the sanitised ``name`` ending in ``extension`` instead of the type it claimed.

    The extension comes from the detected content, so ``scan.jpeg.exe`` holding a PDF is stored
    as ``scan.pdf``; a dot that does not start a file-type extension (``12.03.2024``) is kept.
    """
    stem = sanitise_name(name)
    while True:
        head, dot, tail = stem.rpartition(".")
        if not (dot and head and tail.lower() in _TYPE_EXTENSIONS):
            break
        stem = head
    return sanitise_name(f"{stem}.{extension}")

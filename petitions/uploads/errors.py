"""Why an upload was refused: a stable code for programs and a translated sentence for people.

Threat model: a refusal message is shown to the person who sent the file, so it never echoes the
file's contents or a path on the server; what exactly tripped the check goes to ``detail`` (for
logs and tests), never to the page.
"""

from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .limits import MAX_FILE_BYTES

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class RejectionCode(StrEnum):
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TYPE_NOT_ALLOWED = "type_not_allowed"
    ARCHIVE_INVALID = "archive_invalid"
    ARCHIVE_BOMB = "archive_bomb"
    MACROS = "macros"
    ENCRYPTED = "encrypted"
    NAME_INVALID = "name_invalid"
    ACTIVE_CONTENT = "active_content"
    HIDDEN_DATA = "hidden_data"
    MARKUP = "markup"


def _too_large() -> str:
    # A function, so the number is put in when the message is shown, in the language of the moment.
    return gettext(
        "The file is larger than %(megabytes)d MB. Make it smaller, for example by scanning at a "
        "lower resolution, or split it into several files."
    ) % {"megabytes": MAX_FILE_BYTES // (1024 * 1024)}


MESSAGES: dict[RejectionCode, "StrOrPromise"] = {
    RejectionCode.EMPTY: _(
        "The file is empty. Check that it was saved correctly and choose it again."
    ),
    RejectionCode.TOO_LARGE: lazy(_too_large, str)(),
    RejectionCode.TYPE_NOT_ALLOWED: _(
        "This type of file cannot be attached. Attach a PDF, a Word document (DOC, DOCX), an "
        "Excel workbook (XLS, XLSX), an OpenDocument text (ODT), a JPEG, PNG or TIFF image, or "
        "a plain text file."
    ),
    RejectionCode.ARCHIVE_INVALID: _(
        "The file is damaged and cannot be opened. Save it again in the program you made it "
        "with and attach the new copy."
    ),
    RejectionCode.ARCHIVE_BOMB: _(
        "The file unpacks into far more data than a document needs, so it cannot be accepted. "
        "Save it again in the program you made it with and attach the new copy."
    ),
    RejectionCode.MACROS: _(
        "The file contains macros, which can run programs on the court's computers. Save it "
        "without macros (for example as DOCX instead of DOCM) and attach it again."
    ),
    RejectionCode.ENCRYPTED: _(
        "The file is protected by a password or encrypted, so the court could not open it. "
        "Remove the protection, save the file and attach the new copy."
    ),
    RejectionCode.ACTIVE_CONTENT: _(
        "The PDF contains scripts, embedded files or actions that could run programs on the "
        "court's computers. Open it, print it to PDF again (choose “Save as PDF” or "
        "“Microsoft Print to PDF” as the printer) and attach the new copy."
    ),
    RejectionCode.HIDDEN_DATA: _(
        "The file carries other data after its end, so it may be something else as well. Open "
        "it, save or print it to PDF again, and attach the new copy."
    ),
    RejectionCode.MARKUP: _(
        "The text file contains web page markup (HTML tags), which a browser could run. Remove "
        "the tags, or save the text as a PDF, and attach it again."
    ),
    RejectionCode.NAME_INVALID: _(
        "The file name is not valid. Rename the file using letters, numbers and spaces, and "
        "attach it again."
    ),
}


class UploadRejected(Exception):  # noqa: N818  (the brief and the lead's views use this name)
    """Refuse an upload.

    :param code: what went wrong, stable across languages (use it in tests and metrics).
    :param detail: what exactly tripped the check, in English, for logs; never shown to people.
    """

    def __init__(self, code: RejectionCode, detail: str = "") -> None:
        self.code = code
        self.message = MESSAGES[code]
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else str(code))

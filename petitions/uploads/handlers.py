"""Receive uploads as a stream: into a private temporary file, hashed and counted as they come.

Threat model: the request body is the sender's to shape, and its size is the first weapon. A body
of gigabytes must fill neither memory nor disk, so:

1. ``request_too_large`` refuses a request by its ``Content-Length`` before a byte of the body is
   read — the view calls it first. The handler repeats the check when parsing starts, bounded by
   ``DATA_UPLOAD_MAX_NUMBER_FILES``, in case something reads ``request.POST`` before the view.
2. While streaming, each file is counted and dropped (``SkipFile``) as soon as it passes
   ``MAX_FILE_BYTES``: at most one chunk (64 KiB) past the limit is ever held, nothing past it is
   written, and the temporary file is deleted at once. Django then drains the rest of that part
   into nothing, so the view can still answer the person with a page instead of a reset
   connection. The reason is left on the request (``upload_refused_reason``/``_code``).
3. The SHA-256 is computed from the same chunks that are written, so it describes exactly the
   bytes on disk, without a second read.

The temporary file is created by ``tempfile`` (mode 0600, in ``FILE_UPLOAD_TEMP_DIR``) with a name
that owes nothing to the sender — Django's own handler appends the sender's extension — and is
deleted when the request ends (Django closes uploaded files) or the file is refused.

Two deployment caveats: ``CsrfViewMiddleware`` reads ``request.POST`` for an ordinary POST, which
parses the whole upload before the view runs, so the upload view must be ``csrf_exempt`` and call
``csrf_protect`` itself after its size check (Django's documented recipe for upload handlers).
And this relies on WSGI, where the body is read lazily: under ASGI Django spools the whole body
before any view, so a reverse proxy must then cap the body size instead.
"""

import hashlib
from typing import Any

from django.conf import settings
from django.core.files import temp as tempfile
from django.core.files.uploadedfile import TemporaryUploadedFile, UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import HttpRequest, QueryDict
from django.utils.datastructures import MultiValueDict

from .errors import MESSAGES, RejectionCode
from .limits import MAX_FILE_BYTES, MULTIPART_OVERHEAD_PER_FILE, MULTIPART_OVERHEAD_PER_REQUEST

#: Attributes the handler sets on the request when it refuses a file.
REFUSED_REASON = "upload_refused_reason"
REFUSED_CODE = "upload_refused_code"


def request_limit(*, max_files: int) -> int:
    """Return the largest ``Content-Length`` that ``max_files`` acceptable files can need."""
    per_file = MAX_FILE_BYTES + MULTIPART_OVERHEAD_PER_FILE
    return max_files * per_file + MULTIPART_OVERHEAD_PER_REQUEST


def request_too_large(request: HttpRequest, *, max_files: int) -> bool:
    """Return whether the request's body is too large to hold ``max_files`` acceptable files.

    Reads only the header, never the body. A ``Content-Length`` that is not a non-negative
    integer counts as too large: no browser sends one.
    """
    raw = request.META.get("CONTENT_LENGTH") or "0"
    try:
        length = int(raw)
    except ValueError:
        return True
    return length < 0 or length > request_limit(max_files=max_files)


class HashedUploadedFile(TemporaryUploadedFile):
    """An upload in a temporary file, with the SHA-256 (hex) and size of the bytes received."""

    def __init__(
        self,
        name: str,
        content_type: str,
        charset: str | None,
        content_type_extra: dict[str, bytes] | None,
    ) -> None:
        # Skip TemporaryUploadedFile.__init__, which names the file after the sender's extension.
        file = tempfile.NamedTemporaryFile(
            prefix="upload-", suffix=".part", dir=settings.FILE_UPLOAD_TEMP_DIR
        )
        UploadedFile.__init__(self, file, name, content_type, 0, charset, content_type_extra)
        self.sha256 = ""


class HashingTemporaryFileUploadHandler(FileUploadHandler):
    """Stream each uploaded file to a temporary file, hashing it and refusing it past the limit.

    Install it as the only handler: ``FILE_UPLOAD_HANDLERS`` or ``request.upload_handlers``.
    """

    max_file_bytes = MAX_FILE_BYTES

    def __init__(self, request: HttpRequest) -> None:
        super().__init__(request)
        self.request: HttpRequest = request
        self._digest = hashlib.sha256()
        self._received = 0

    def _refuse(self, code: RejectionCode) -> None:
        setattr(self.request, REFUSED_REASON, MESSAGES[code])
        setattr(self.request, REFUSED_CODE, code)

    def handle_raw_input(
        self,
        input_data: object,
        META: dict[str, Any],  # noqa: N803  (Django's parameter name)
        content_length: int,
        boundary: bytes,  # type: ignore[override]  # django-stubs says str; Django passes bytes
        encoding: str | None = None,
    ) -> tuple[QueryDict, MultiValueDict[str, UploadedFile]] | None:
        max_files: int | None = settings.DATA_UPLOAD_MAX_NUMBER_FILES  # None: no limit
        if max_files is not None and content_length > request_limit(max_files=max_files):
            # Answer for the parser with empty data: the body is never read.
            self._refuse(RejectionCode.TOO_LARGE)
            return QueryDict(encoding=encoding), MultiValueDict()
        return None

    def new_file(
        self,
        field_name: str,
        file_name: str,
        content_type: str,
        content_length: int | None,
        charset: str | None = None,
        content_type_extra: dict[str, bytes] | None = None,
    ) -> None:
        super().new_file(
            field_name, file_name, content_type, content_length, charset, content_type_extra
        )
        self._digest = hashlib.sha256()
        self._received = 0
        self.file = HashedUploadedFile(file_name, content_type, charset, content_type_extra)

    def receive_data_chunk(self, raw_data: bytes, start: int) -> None:
        self._received += len(raw_data)
        if self._received > self.max_file_bytes:
            self._refuse(RejectionCode.TOO_LARGE)
            raise SkipFile  # the parser closes, and so deletes, the temporary file
        self._digest.update(raw_data)
        self.file.write(raw_data)

    def file_complete(self, file_size: int) -> HashedUploadedFile:
        self.file.seek(0)  # flushes what was written
        self.file.size = file_size
        self.file.sha256 = self._digest.hexdigest()
        return self.file

    def upload_interrupted(self) -> None:
        if hasattr(self, "file"):
            self.file.close()  # deletes the temporary file

"""Upload, list, remove and download attachments. Ownership is checked on every fetch."""

from uuid import UUID

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal

from ..choices import attachment_kinds
from ..forms.content import AttachmentKindForm
from ..models import Petition
from ..readiness import documents_missing
from ..selectors import attachment_get_for_user, petition_get_for_user
from ..services.documents import (
    attachment_add,
    attachment_kind_change,
    attachment_remove,
)
from ..uploads.errors import MESSAGES, RejectionCode
from ..uploads.handlers import (
    REFUSED_CODE,
    HashedUploadedFile,
    HashingTemporaryFileUploadHandler,
    request_too_large,
)
from ..uploads.limits import MAX_FILE_BYTES
from ..uploads.validation import UploadRejected, check_upload
from .guards import draft_required


@csrf_exempt  # CSRF is checked below, after our upload handler is installed (Django's recipe)
@login_required
@require_http_methods(["GET", "POST"])
@draft_required
def attachments_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    if request.method == "POST":
        if request_too_large(request, max_files=1):
            # Refused by Content-Length before a byte of the body is read.
            return _page(request, petition, error=_too_large_message(), status=413)
        request.upload_handlers = [HashingTemporaryFileUploadHandler(request)]
    return _attachments(request, petition)


def _too_large_message() -> str:
    return str(MESSAGES[RejectionCode.TOO_LARGE])  # the same words as when found while streaming


@csrf_protect
def _attachments(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    if request.method != "POST":
        return _page(request, petition)
    upload = request.FILES.get("file")
    if upload is None:
        # Too large, whether told by Content-Length or found while streaming: the same 413.
        too_large = getattr(request, REFUSED_CODE, None) == RejectionCode.TOO_LARGE
        status = 413 if too_large else 400
        return _page(request, petition, error=_upload_missing_message(request), status=status)
    assert isinstance(upload, HashedUploadedFile)  # the only upload handler this view installs
    kind = request.POST.get("kind", "")
    try:
        # The handler hashed the stream as it arrived: the file is not read a second time.
        checked = check_upload(
            upload.temporary_file_path(), upload.name or "", sha256=upload.sha256
        )
        attachment_add(
            petition=petition, path=upload.temporary_file_path(), checked=checked, kind=kind
        )
    except (UploadRejected, Refusal) as exc:
        # A file refused keeps the kind chosen; a kind refused (the file was fine) is the
        # question the error points to.
        unknown_kind = isinstance(exc, Refusal) and exc.code == "kind_unknown"
        return _page(
            request,
            petition,
            error=str(exc.message),
            status=400,
            error_field="kind" if unknown_kind else "file",
            chosen_kind=kind,
        )
    messages.success(
        request, _("The file %(name)s has been attached.") % {"name": checked.safe_name}
    )
    return redirect("petitions:attachments", public_id=petition.public_id)


def _upload_missing_message(request: AuthenticatedHttpRequest) -> str:
    reason = getattr(request, "upload_refused_reason", None)
    return str(reason) if reason else _("Choose a file to attach.")


def _page(
    request: AuthenticatedHttpRequest,
    petition: Petition,
    *,
    error: str = "",
    status: int = 200,
    error_field: str = "file",
    chosen_kind: str = "",
) -> HttpResponse:
    return render(
        request,
        "petitions/attachments.html",
        {
            "petition": petition,
            "attachments": petition.attachments.all(),
            "missing": documents_missing(petition),
            "kinds": attachment_kinds(petition),
            "chosen_kind": chosen_kind,
            "error": error,
            "error_field": error_field,
            "max_bytes": MAX_FILE_BYTES,
        },
        status=status,
    )


@login_required
@require_POST
@draft_required(elsewhere="petitions:attachments")
def attachment_remove_view(
    request: AuthenticatedHttpRequest, petition: Petition, attachment_id: UUID
) -> HttpResponse:
    attachment = attachment_get_for_user(
        user=request.user,
        petition=petition,
        public_id=attachment_id,
    )
    attachment_remove(attachment=attachment)
    messages.success(request, _("The file has been removed."))
    return redirect("petitions:attachments", public_id=petition.public_id)


@login_required
@require_http_methods(["GET", "POST"])
@draft_required
def attachment_kind_view(
    request: AuthenticatedHttpRequest, petition: Petition, attachment_id: UUID
) -> HttpResponse:
    attachment = attachment_get_for_user(
        user=request.user,
        petition=petition,
        public_id=attachment_id,
    )
    form = AttachmentKindForm(
        request.POST if request.method == "POST" else None, initial={"kind": attachment.kind}
    )
    kind_field = form.fields["kind"]
    assert isinstance(kind_field, forms.ChoiceField)
    kind_field.choices = attachment_kinds(petition)
    if request.method == "POST" and form.is_valid():
        attachment_kind_change(attachment=attachment, kind=form.cleaned_data["kind"])
        messages.success(
            request, _("The kind of %(name)s has been changed.") % {"name": attachment.name}
        )
        return redirect("petitions:attachments", public_id=petition.public_id)
    return render(
        request,
        "petitions/attachment_kind.html",
        {"petition": petition, "attachment": attachment, "form": form},
    )


@login_required
@require_http_methods(["GET"])
def attachment_download_view(
    request: AuthenticatedHttpRequest, public_id: UUID, attachment_id: UUID
) -> FileResponse:
    petition = petition_get_for_user(user=request.user, public_id=public_id)
    attachment = attachment_get_for_user(
        user=request.user,
        petition=petition,
        public_id=attachment_id,
    )
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.media_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response

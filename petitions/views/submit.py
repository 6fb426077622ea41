"""Check your answers, sign and send. The page shows exactly what is signed: the manifest."""

from collections.abc import Callable
from functools import wraps
from typing import Any
from uuid import UUID

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from core.http import AuthenticatedHttpRequest
from core.refusal import Refusal
from signing.web.config import demo_signer_enabled
from signing.web.demo import demo_sign

from ..law_change import law_change
from ..manifest import manifest_bytes, manifest_digest
from ..models import Petition, Status
from ..readiness import acknowledgement_missing, ready_to_sign
from ..services.submission import petition_cms_decode, petition_sign_and_submit
from ..summary import summary_rows
from .guards import draft_required


def _check_page(
    request: AuthenticatedHttpRequest,
    petition: Petition,
    *,
    error: str | None = None,
    status: int = 200,
) -> HttpResponse:
    manifest = manifest_bytes(petition)
    return render(
        request,
        "petitions/check.html",
        {
            "petition": petition,
            "rows": summary_rows(petition),
            "law_change": law_change(petition),
            "error": error,
            "manifest": manifest.decode("utf-8"),
            "manifest_sha256": manifest_digest(manifest),
            "signing": {"demo": demo_signer_enabled()},
        },
        status=status,
    )


def signable(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The draft guard, then: not ready to sign (``readiness``), back to the task list; or, when
    what is missing is the acknowledgement of the time limit's answer (it may have changed since
    the check page, e.g. the term ended), to the time-limit page, saying why."""

    @wraps(view)
    @draft_required
    def wrapper(
        request: AuthenticatedHttpRequest, petition: Petition, **kwargs: Any
    ) -> HttpResponse:
        if not ready_to_sign(petition):
            unacknowledged = acknowledgement_missing(petition)
            if unacknowledged is not None:
                messages.warning(request, unacknowledged.message)
                return redirect("petitions:deadline", public_id=petition.public_id)
            return redirect("petitions:task_list", public_id=petition.public_id)
        return view(request, petition, **kwargs)

    return wrapper


@login_required
@require_http_methods(["GET"])
@signable
def check_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    return _check_page(request, petition)


def _submit(request: AuthenticatedHttpRequest, petition: Petition, cms: bytes) -> HttpResponse:
    try:
        # Its own savepoint: a refusal must not leave the request's transaction half-done.
        with transaction.atomic():
            petition_sign_and_submit(
                petition=petition, cms=cms, seen_sha256=request.POST.get("manifest_sha256", "")
            )
    except Refusal as exc:
        petition.refresh_from_db()
        if petition.status != Status.DRAFT:
            return redirect("petitions:confirmation", public_id=petition.public_id)
        return _check_page(request, petition, error=exc.message, status=400)
    return redirect("petitions:confirmation", public_id=petition.public_id)


@login_required
@require_POST
@signable
def sign_view(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    """The CMS NCALayer made over the manifest the check page showed."""
    try:
        cms = petition_cms_decode(request.POST.get("cms", ""))
    except Refusal as exc:
        return _check_page(request, petition, error=exc.message, status=400)
    return _submit(request, petition, cms)


@login_required
@require_POST
def demo_sign_view(request: AuthenticatedHttpRequest, public_id: UUID) -> HttpResponse:
    """DEMONSTRATION ONLY: the server signs the manifest with the demo key for the filer's IIN;
    the CMS then goes through exactly the verification an NCALayer signature does."""
    if not demo_signer_enabled():
        raise Http404
    return _demo_sign(request, public_id=public_id)


@signable
def _demo_sign(request: AuthenticatedHttpRequest, petition: Petition) -> HttpResponse:
    user = request.user
    cms = demo_sign(
        iin=user.iin,
        full_name=user.full_name,
        data=manifest_bytes(petition),
    )
    return _submit(request, petition, cms)

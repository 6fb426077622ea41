"""The one draft guard of the journey's pages.

A page of the journey works on a draft only: ``draft_required`` fetches the person's own petition
(404 for anyone else's) through ``selectors.petition_draft_for_user`` and hands it to the view, or
sends the person to what became of it once it has been signed and sent.

The page read the petition as a draft, but a second tab or a slow upload may have seen it signed
and sent before this request's write took the row lock (``services.petitions.petition_lock_draft``).
``draft_write`` turns that late discovery into the same answer, with a word of why, never a
server error.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any, overload
from uuid import UUID

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.http import AuthenticatedHttpRequest

from ..selectors import PetitionNotEditableError, petition_draft_for_user

View = Callable[..., HttpResponse]


def draft_write(view: View) -> View:
    @wraps(view)
    def wrapper(request: AuthenticatedHttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except PetitionNotEditableError:
            messages.warning(
                request, _("This petition has already been sent, so it can no longer be changed.")
            )
            return redirect("petitions:confirmation", public_id=kwargs["public_id"])

    return wrapper


@overload
def draft_required(view: View, /) -> View: ...


@overload
def draft_required(*, elsewhere: str) -> Callable[[View], View]: ...


def draft_required(
    view: View | None = None, *, elsewhere: str = "petitions:confirmation"
) -> View | Callable[[View], View]:
    """Give the view the person's draft (``view(request, petition, **kwargs)``); a petition no
    longer a draft goes to ``elsewhere`` (its confirmation, unless the page says otherwise)."""

    def decorate(view: View) -> View:
        @wraps(view)
        @draft_write
        def wrapper(
            request: AuthenticatedHttpRequest, *, public_id: UUID, **kwargs: Any
        ) -> HttpResponse:
            try:
                petition = petition_draft_for_user(user=request.user, public_id=public_id)
            except PetitionNotEditableError:
                return redirect(elsewhere, public_id=public_id)
            return view(request, petition, **kwargs)

        return wrapper

    return decorate if view is None else decorate(view)

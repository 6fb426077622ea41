"""A view decorator for pages that write to a draft.

The page read the petition as a draft, but a second tab or a slow upload may have seen it signed
and sent before this request's write took the row lock (``services.petition_lock_draft``). The
person then sees what became of their petition, not a server error.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from ..services.petitions import PetitionNotEditableError


def draft_write(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except PetitionNotEditableError:
            messages.warning(
                request, _("This petition has already been sent, so it can no longer be changed.")
            )
            return redirect("petitions:confirmation", public_id=kwargs["public_id"])

    return wrapper

"""Request types for views.

``HttpRequest.user`` is ``User | AnonymousUser``; behind ``@login_required`` it is always our
``cabinet.User``. Annotating such views with ``request: AuthenticatedHttpRequest`` says so to the
type checker instead of an ``isinstance`` check or a ``# type: ignore`` at every use (the
healthchecks idea). It is a type only: Django still passes a plain ``HttpRequest``.
"""

from typing import TYPE_CHECKING

from django.http import HttpRequest

if TYPE_CHECKING:  # cabinet.models needs the app registry; core must import before it is ready
    from cabinet.models import User


class AuthenticatedHttpRequest(HttpRequest):
    user: "User"

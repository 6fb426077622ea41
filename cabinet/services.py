"""Writes on accounts. Views call these; nothing else changes a user."""

from django.contrib.auth import update_session_auth_hash
from django.http import HttpRequest

from .models import User


def user_password_change(*, request: HttpRequest, user: User, new_password: str) -> None:
    """Set the password and keep this session signed in (other sessions are logged out)."""
    user.set_password(new_password)
    user.save(update_fields=["password"])
    update_session_auth_hash(request, user)

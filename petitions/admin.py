"""Admin registrations of the petitions app live beside their packages."""

from .delivery import admin as delivery_admin  # noqa: F401

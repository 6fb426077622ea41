"""Operators and clerks see every delivery: its state, attempts, last error, and the stale flag
the alarm sets (filter "flagged as stale" to see what needs a person). Read-only: the pipeline
alone writes deliveries."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from .models import Delivery, RegistryEntry


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = (
        "petition",
        "registry",
        "gateway",
        "state",
        "attempts",
        "incoming_number",
        "created_at",
        "stale_since",
    )
    list_filter = ("state", "gateway", "registry", ("stale_since", admin.EmptyFieldListFilter))
    search_fields = ("petition__reference", "incoming_number", "idempotency_key")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(RegistryEntry)
class RegistryEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """The portal's own court side: the clerks' incoming queue (``local`` gateway)."""

    list_display = ("incoming_number", "registry", "petition", "registered_at")
    list_filter = ("registry", "year")
    search_fields = ("incoming_number", "petition__reference")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

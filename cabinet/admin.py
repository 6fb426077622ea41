"""Clerks work in the Django admin; accounts are managed here too."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ("iin",)
    list_display = ("iin", "full_name", "role", "language", "is_staff", "is_active")
    list_filter = ("role", "language", "is_staff", "is_active")
    search_fields = ("iin", "full_name", "email")
    fieldsets = (
        (None, {"fields": ("iin", "password")}),
        (_("Person"), {"fields": ("full_name", "email", "language", "role")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("iin", "full_name", "role", "password1", "password2"),
            },
        ),
    )

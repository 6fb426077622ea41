"""Clerks work in the Django admin; accounts are managed here too. Its login form is ours, so
the admin cannot be guessed at more freely than the cabinet."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .forms import AdminLoginForm
from .models import User

# The admin login has the cabinet's brute-force lockout (cabinet.lockout), not Django's bare form.
admin.site.login_form = AdminLoginForm


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

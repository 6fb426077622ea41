"""Clerks work in the Django admin; accounts are managed here too. Its login form is ours, so
the admin cannot be guessed at more freely than the cabinet."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from .forms import AdminLoginForm
from .models import Notification, NotificationDelivery, User
from .notifications.services import delivery_retry

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
            _("Notices"),
            {"fields": ("email_confirmed_at", "phone", "phone_confirmed_at", "notices_consent_at")},
        ),
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


class DeliveryInline(admin.TabularInline):  # type: ignore[type-arg]
    model = NotificationDelivery
    extra = 0
    can_delete = False
    readonly_fields = (
        "channel",
        "address",
        "state",
        "attempts",
        "last_error",
        "last_attempt_at",
        "sent_at",
    )


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("subject", "user", "kind", "language", "created_at", "read_at")
    list_filter = ("kind", "language")
    search_fields = ("user__iin", "subject")
    readonly_fields = [f.name for f in Notification._meta.fields]
    inlines = (DeliveryInline,)


@admin.register(NotificationDelivery)
class NotificationDeliveryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Operators see failed messages here (filter by state) and send them again."""

    list_display = ("notification", "channel", "address", "state", "attempts", "last_attempt_at")
    list_filter = ("state", "channel")
    search_fields = ("address", "notification__user__iin")
    readonly_fields = [f.name for f in NotificationDelivery._meta.fields]
    actions = ("retry",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description=_("Send the failed messages again"))
    def retry(self, request: HttpRequest, queryset: QuerySet[NotificationDelivery]) -> None:
        for delivery in queryset.filter(state=NotificationDelivery.State.FAILED):
            delivery_retry(delivery=delivery)

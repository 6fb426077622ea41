"""Accounts: one person per IIN, with a role and a preferred language.

The IIN is the login because it is what every Kazakh e-service identifies a person by and what an
NCA certificate carries (subject serialNumber ``IIN…``), so password and ЭЦҚ logins meet on it.
"""

from typing import Any, ClassVar

from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .validators import iin_validator


class Language(models.TextChoices):
    KK = "kk", "Қазақша"
    RU = "ru", "Русский"
    EN = "en", "English"


class Role(models.TextChoices):
    CITIZEN = "citizen", _("Citizen")
    LAWYER = "lawyer", _("Lawyer")
    CLERK = "clerk", _("Court clerk")


class UserManager(BaseUserManager["User"]):
    def create_user(self, iin: str, password: str | None = None, **extra: Any) -> "User":
        user = self.model(iin=iin, **extra)
        if user.role == Role.CLERK:
            user.is_staff = True
        user.set_password(password)
        user.full_clean(exclude=["password"])
        user.save(using=self._db)
        return user

    def create_superuser(self, iin: str, password: str | None = None, **extra: Any) -> "User":
        extra.update(is_staff=True, is_superuser=True, role=Role.CLERK)
        return self.create_user(iin, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    iin = models.CharField(_("IIN"), max_length=12, unique=True, validators=[iin_validator])
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("email address"), blank=True)
    # Contacts for notices (cabinet.contacts): each counts only once confirmed, and only with
    # consent to electronic notices; changing one clears its confirmation.
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed"), null=True, blank=True)
    phone = models.CharField(_("mobile number"), max_length=12, blank=True)
    phone_confirmed_at = models.DateTimeField(_("mobile number confirmed"), null=True, blank=True)
    notices_consent_at = models.DateTimeField(
        _("consented to electronic notices"), null=True, blank=True
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.KK
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.CITIZEN)
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "iin"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["full_name"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(iin__regex=r"^[0-9]{12}$"), name="user_iin_12_digits"
            ),
            models.CheckConstraint(
                condition=Q(language__in=Language.values), name="user_language_known"
            ),
            models.CheckConstraint(condition=Q(role__in=Role.values), name="user_role_known"),
            models.CheckConstraint(
                condition=Q(phone="") | Q(phone__regex=r"^\+77[0-9]{9}$"),
                name="user_phone_kz_mobile",
            ),
            # Clerks work in the admin, so a clerk account is always staff.
            models.CheckConstraint(
                condition=~Q(role=Role.CLERK) | Q(is_staff=True), name="user_clerk_is_staff"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} ({self.iin})"

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name

    @property
    def notice_email(self) -> str:
        """The address e-mail notices go to: confirmed, with consent; else empty."""
        return self.email if self.email_confirmed_at and self.notices_consent_at else ""

    @property
    def notice_phone(self) -> str:
        """The number SMS notices go to: confirmed, with consent; else empty."""
        return self.phone if self.phone_confirmed_at and self.notices_consent_at else ""


from .notifications.models import Notification, NotificationDelivery, PhoneChallenge  # noqa: E402

__all__ = ["Language", "Notification", "NotificationDelivery", "PhoneChallenge", "Role", "User"]

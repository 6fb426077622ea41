"""Forms of the cabinet: password login, password change. Shape validation only."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import authenticate, password_validation
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .client_address import client_address
from .lockout import LoginLockedError, login_attempt
from .models import User
from .validators import iin_validator


def _locked_error() -> forms.ValidationError:
    minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
    return forms.ValidationError(
        ngettext(
            "Too many failed attempts. For your safety, signing in with a password is "
            "paused for %(minutes)d minute. Try again later.",
            "Too many failed attempts. For your safety, signing in with a password is "
            "paused for %(minutes)d minutes. Try again later.",
            minutes,
        )
        % {"minutes": minutes},
        code="locked",
    )


def authenticate_guarded(request: HttpRequest, *, iin: str, password: str) -> User | None:
    """``authenticate`` inside a reserved lockout attempt (``cabinet.lockout``); raises the
    "locked" ``ValidationError`` instead of checking the password when the attempt is refused."""
    try:
        with login_attempt(iin=iin, address=client_address(request)) as attempt:
            user = authenticate(request, username=iin, password=password)
            if user is not None:
                attempt.succeeded()
    except LoginLockedError:
        raise _locked_error() from None
    assert user is None or isinstance(user, User)
    return user


class LoginForm(forms.Form):
    iin = forms.CharField(
        label=_("IIN"),
        help_text=_("Your individual identification number: 12 digits."),
        max_length=12,
        error_messages={
            "required": _("Enter your IIN."),
            "max_length": _("Enter your IIN as 12 digits, for example 900101300017."),
        },
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "inputmode": "numeric", "spellcheck": "false"}
        ),
        validators=[iin_validator],
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        error_messages={"required": _("Enter your password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.user: User | None = None

    def clean_iin(self) -> str:
        return str(self.cleaned_data["iin"]).strip()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        iin, password = cleaned.get("iin"), cleaned.get("password")
        if not iin or not password:
            return cleaned
        user = authenticate_guarded(self.request, iin=iin, password=password)
        if user is None:
            raise forms.ValidationError(
                _("The IIN or password is not right. Check them and try again."), code="invalid"
            )
        self.user = user
        return cleaned


class AdminLoginForm(AdminAuthenticationForm):
    """The admin site's login with the cabinet's lockout: the same counters, so an address locked
    on the public page is locked here too, and six guesses here lock like six there. Its errors
    are ours, as Django's admin has no Kazakh for them."""

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": _(
            "The IIN or password is not right, or this is not a court staff account. "
            "Check them and try again."
        ),
        "inactive": _("This account is blocked. Contact the court."),
    }

    def clean(self) -> dict[str, Any]:
        username, password = self.cleaned_data.get("username"), self.cleaned_data.get("password")
        if username is not None and password:
            assert self.request is not None  # the admin's login view always passes it
            self.user_cache = authenticate_guarded(
                self.request, iin=str(username).strip(), password=password
            )
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class PasswordChangeForm(forms.Form):
    old_password = forms.CharField(
        label=_("Current password"),
        strip=False,
        error_messages={"required": _("Enter your current password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    new_password = forms.CharField(
        label=_("New password"),
        strip=False,
        help_text=_("At least 10 characters; not only digits and not a common password."),
        error_messages={"required": _("Enter a new password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password_again = forms.CharField(
        label=_("New password again"),
        strip=False,
        error_messages={"required": _("Enter the new password again.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_old_password(self) -> str:
        value = str(self.cleaned_data["old_password"])
        if not self.user.check_password(value):
            raise forms.ValidationError(
                _("Your current password is not right. Enter it again."), code="wrong_password"
            )
        return value

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        new, again = cleaned.get("new_password"), cleaned.get("new_password_again")
        if new and again and new != again:
            self.add_error(
                "new_password_again",
                forms.ValidationError(
                    _("The two new passwords do not match. Enter them again."), code="mismatch"
                ),
            )
        elif new:
            try:
                password_validation.validate_password(new, self.user)
            except forms.ValidationError as exc:
                self.add_error("new_password", exc)
        return cleaned


class EcpLoginForm(forms.Form):
    """The signed challenge as NCALayer returns it; shape only (``cabinet.ecp`` verifies)."""

    nonce = forms.CharField(max_length=100, widget=forms.HiddenInput)
    cms = forms.CharField(
        max_length=100_000,
        widget=forms.HiddenInput,
        error_messages={
            "required": _("We did not receive a signature. Sign with NCALayer and try again."),
            "max_length": _("The signature is too large. Sign in again."),
        },
    )


class DemoEcpLoginForm(forms.Form):
    """Demo signer only: whose demo key signs the challenge."""

    nonce = forms.CharField(max_length=100, widget=forms.HiddenInput)
    iin = forms.CharField(
        label=_("IIN"),
        max_length=12,
        validators=[iin_validator],
        help_text=_("The demo key is issued for this IIN, for example 900101300017."),
        error_messages={
            "required": _("Enter your IIN."),
            "max_length": _("Enter your IIN as 12 digits, for example 900101300017."),
        },
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "spellcheck": "false", "autocomplete": "username"}
        ),
    )

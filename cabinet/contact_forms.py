"""Forms of the contacts page: shape validation only (``cabinet.contacts`` does the rest)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .contacts import phone_normalize
from .models import Language


class EmailForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the right format, like name@example.kz."),
            "max_length": _("The e-mail address must be 254 characters or fewer."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )


class PhoneForm(forms.Form):
    phone = forms.CharField(
        label=_("Mobile number"),
        max_length=30,
        help_text=_("A Kazakhstan mobile number, for example +7 701 234 56 78."),
        error_messages={
            "required": _("Enter your mobile number."),
            "max_length": _("Enter a Kazakhstan mobile number, like +7 701 234 56 78."),
        },
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )

    def clean_phone(self) -> str:
        phone = phone_normalize(self.cleaned_data["phone"])
        if phone is None:
            raise forms.ValidationError(
                _("Enter a Kazakhstan mobile number, like +7 701 234 56 78."), code="invalid"
            )
        return phone


class PhoneCodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code from the SMS"),
        regex=r"^[0-9]{6}$",
        max_length=6,
        strip=True,
        error_messages={
            "required": _("Enter the code from the SMS."),
            "invalid": _("Enter the 6 digits of the code from the SMS."),
            "max_length": _("Enter the 6 digits of the code from the SMS."),
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


class NoticeSettingsForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language of messages"),
        choices=Language.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the language of messages."),
            "invalid_choice": _("Choose the language of messages."),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree to receive notices about my filings by e-mail and SMS."),
        required=False,
    )

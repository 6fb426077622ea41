"""Form pieces shared by every journey: the GOV.UK three-part date input, one-line text."""

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise  # str or a lazy translation; django-stubs only


class DatePartsWidget(forms.MultiWidget):
    """Day, month and year as three numeric inputs; works without JavaScript and a date picker."""

    template_name = "components/widgets/dateparts.html"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        base = {"inputmode": "numeric", "class": "cc-input cc-date-input__input"}
        widgets = [
            forms.TextInput(attrs={**base, "maxlength": "2", "autocomplete": "off"}),
            forms.TextInput(attrs={**base, "maxlength": "2", "autocomplete": "off"}),
            forms.TextInput(attrs={**base, "maxlength": "4", "autocomplete": "off"}),
        ]
        super().__init__(widgets, attrs)

    def decompress(self, value: dt.date | None) -> list[Any]:
        if isinstance(value, dt.date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DatePartsField(forms.MultiValueField):
    """A real calendar date from three parts, with one actionable message per kind of mistake."""

    widget = DatePartsWidget
    default_error_messages = {
        "required": _("Enter the date."),
        "incomplete": _("The date must include a day, a month and a year."),
        "invalid": _("The date must be a real date, for example 27 3 2025."),
        "year": _("The year must have 4 digits, for example 2025."),
    }

    def __init__(self, **kwargs: Any) -> None:
        # Sub-fields are optional so that compress() sees partial dates and explains them itself.
        fields = (
            forms.CharField(required=False),
            forms.CharField(required=False),
            forms.CharField(required=False),
        )
        super().__init__(fields, require_all_fields=False, **kwargs)

    def compress(self, data_list: list[str]) -> dt.date | None:
        if not data_list or not any(data_list):
            return None
        if not all(data_list):
            raise forms.ValidationError(self.error_messages["incomplete"], code="incomplete")
        day, month, year = (part.strip() for part in data_list)
        if not (day.isdigit() and month.isdigit() and year.isdigit()):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if len(year) != 4:
            raise forms.ValidationError(self.error_messages["year"], code="year")
        try:
            return dt.date(int(year), int(month), int(day))
        except (ValueError, OverflowError):  # OverflowError: a day of twenty digits
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None


def visible_line(value: object, *, unprintable: "StrOrPromise", empty: "StrOrPromise") -> str:
    """One line of visible text: control codes refused (tabs and line breaks count as spaces),
    format characters (bidi, zero-width) dropped, whitespace collapsed, and not left empty."""
    raw = str(value or "")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in raw):
        raise forms.ValidationError(unprintable, code="invalid")
    text = " ".join("".join(ch for ch in raw if unicodedata.category(ch) != "Cf").split())
    if not text:
        raise forms.ValidationError(empty, code="required")
    return text

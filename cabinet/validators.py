"""Django form/model validator around :mod:`cabinet.iin`, with translated, actionable messages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .iin import InvalidIINError, validate_iin

MESSAGES = {
    "format": _("Enter your IIN as 12 digits, for example 900101300017."),
    "century": _("The seventh digit of an IIN must be from 1 to 6. Check your IIN and try again."),
    "birth_date": _(
        "The first six digits of an IIN are a date of birth. Check your IIN and try again."
    ),
    "checksum": _(
        "This IIN does not exist: its last digit does not match. Check it and try again."
    ),
}


def iin_validator(value: str) -> None:
    try:
        validate_iin(value)
    except InvalidIINError as exc:
        raise ValidationError(MESSAGES[exc.code], code=f"iin_{exc.code}") from None

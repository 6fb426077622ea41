"""The Kazakh individual identification number (ЖСН / ИИН): 12 digits with a check digit.

Layout (Rules for forming the IIN, Government Decree of 2007): digits 1-6 are the birth date YYMMDD;
digit 7 gives the century of birth and sex (1/2: 19th century male/female, 3/4: 20th, 5/6: 21st);
digits 8-11 are a registration number; digit 12 is a check digit. The check digit is the weighted
sum of the first eleven digits mod 11 with weights 1..11; if that is 10, the sum is taken again with
weights 3,4,...,11,1,2; if that is 10 too, the number is never issued.

The business identification number (БСН / БИН) of a legal entity has the same length and the
same check digit (verified against published BINs, e.g. 940140000385, 081140000436); its digits
1-4 are the year and month of registration, digit 5 the kind of registrant (4 resident and
5 non-resident legal entity, 6 joint individual entrepreneurship), digit 6 the unit (0 head
office, 1 branch, 2 representative office, 3 peasant or farm enterprise). Digit 5 of an IIN is
the tens of a day of birth (0-3), so the two never look alike.

This module is pure Python so that ``signing`` and the tests can use it without Django.
"""

import datetime as dt

_FIRST_WEIGHTS = tuple(range(1, 12))
_SECOND_WEIGHTS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_BIN_KINDS = frozenset("456")
_CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


class InvalidIINError(ValueError):
    """The value is not an IIN; ``code`` says why (used to pick a translated message)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def check_digit(first_eleven: str) -> int | None:
    """Return the check digit for eleven digits, or None when no valid IIN can have them."""
    digits = [int(c) for c in first_eleven]
    total = sum(d * w for d, w in zip(digits, _FIRST_WEIGHTS, strict=True)) % 11
    if total == 10:
        total = sum(d * w for d, w in zip(digits, _SECOND_WEIGHTS, strict=True)) % 11
    return None if total == 10 else total


def birth_date(iin: str) -> dt.date:
    """Return the birth date encoded in a (well-formed) IIN; raise InvalidIINError if impossible."""
    century = _CENTURY.get(iin[6])
    if century is None:
        raise InvalidIINError("century")
    try:
        return dt.date(century + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        raise InvalidIINError("birth_date") from None


def validate_iin(value: str) -> str:
    """Return the IIN if valid; raise InvalidIINError with a reason code otherwise."""
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise InvalidIINError("format")
    birth_date(value)
    expected = check_digit(value[:11])
    if expected is None or expected != int(value[11]):
        raise InvalidIINError("checksum")
    return value


def validate_bin(value: str) -> str:
    """Return the BIN if valid; raise InvalidIINError ("format", "bin", "checksum") otherwise."""
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise InvalidIINError("format")
    if not 1 <= int(value[2:4]) <= 12 or value[4] not in _BIN_KINDS or value[5] not in "0123":
        raise InvalidIINError("bin")
    expected = check_digit(value[:11])
    if expected is None or expected != int(value[11]):
        raise InvalidIINError("checksum")
    return value


def validate_iin_or_bin(value: str) -> str:
    """Return an IIN or a BIN if valid (told apart by digit 5); raise InvalidIINError if not."""
    if len(value) == 12 and value[4] in _BIN_KINDS:
        return validate_bin(value)
    return validate_iin(value)


def make_bin(registered: dt.date, *, kind: str = "4", serial: int = 1) -> str:
    """Build a valid BIN for tests and demo data (the next serial that has a check digit)."""
    while True:
        head = f"{registered:%y%m}{kind}0{serial:05d}"
        digit = check_digit(head)
        if digit is not None:
            return f"{head}{digit}"
        serial += 1


def make_iin(born: dt.date, *, female: bool = False, serial: int = 1) -> str:
    """Build a valid IIN for tests and demo data (the next serial that has a check digit)."""
    century_digit = {1800: 1, 1900: 3, 2000: 5}[born.year // 100 * 100] + int(female)
    while True:
        head = f"{born:%y%m%d}{century_digit}{serial:04d}"
        digit = check_digit(head)
        if digit is not None:
            return f"{head}{digit}"
        serial += 1

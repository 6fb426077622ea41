"""Reference numbers for submitted petitions: ``CC-2026-000123-7``.

The number comes from a PostgreSQL sequence (``nextval`` is atomic and never hands out the same
value twice, even across concurrent transactions; a rolled-back transaction leaves a gap, which is
fine for a reference). SQLite, the embedded default, has no sequences: there a single counter row
is incremented with an UPDATE inside the submitting transaction, which SQLite serialises.

The final digit is a Damm check digit: it catches every single-digit mistake and every swap of
two adjacent digits when a person reads the number out over the phone or types it in.
"""

from django.db import connection
from django.db.models import F

SEQUENCE = "petition_reference_seq"
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)


def damm_digit(digits: str) -> int:
    interim = 0
    for char in digits:
        interim = _DAMM[interim][int(char)]
    return interim


def format_reference(*, year: int, number: int) -> str:
    body = f"{year:04d}{number:06d}"
    return f"CC-{year:04d}-{number:06d}-{damm_digit(body)}"


def reference_is_valid(reference: str) -> bool:
    parts = reference.split("-")
    if (
        len(parts) != 4
        or parts[0] != "CC"
        or not all(p.isascii() and p.isdigit() for p in parts[1:])
    ):
        return False
    return damm_digit("".join(parts[1:])) == 0


def next_number() -> int:
    """Take the next number; must run inside the submitting transaction."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT nextval(%s)", [SEQUENCE])
            return int(cursor.fetchone()[0])
    from ..models import ReferenceCounter

    ReferenceCounter.objects.get_or_create(year=0)
    ReferenceCounter.objects.filter(year=0).update(value=F("value") + 1)
    return ReferenceCounter.objects.get(year=0).value


def reference_allocate(*, year: int) -> str:
    return format_reference(year=year, number=next_number())

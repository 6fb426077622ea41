"""Term arithmetic: from the day an act entered into force to the last instant a filing is on time.

The rules, common to the CPC and the CrPC (and to Kazakh law on terms generally):

1. a term counted in months or years starts running the day *after* the event;
2. it ends on the same-numbered day of its last month, or on that month's last day if the month
   has no such day (six months from 31 October end on 30 April);
3. an end on a non-working day moves to the next working day (``workdays``);
4. the act may be done until 24:00 of the last day; an electronic filing counts at the moment the
   portal receives it, in the court's local time.

Time zone: courts sit in Astana; ``Asia/Almaty`` is the tz database's name for that clock. It was
UTC+6 until 29 February 2024 and is UTC+5 since 1 March 2024 00:00 (tzdata 2024a); on the night of
the change local 23:00-24:00 of 29 February happened twice. We therefore never compare local wall
times: the cut-off is one aware instant, "00:00 local on the day after the last day", and a filing
is on time iff it happened strictly before that instant. ``zoneinfo`` resolves 1 March 2024 00:00
(which exists only once, in UTC+5) to 2024-02-29T19:00Z, as it should.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from deadlines.frozen import constructor
from deadlines.workdays import is_provisional_day_off, next_working_day

COURT_TZ = ZoneInfo("Asia/Almaty")
_ONE_DAY = timedelta(days=1)
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@dataclass(frozen=True, slots=True)
class Term:
    """One computed term: every intermediate step is kept because the explanation cites it."""

    start: date
    raw_end: date
    clamped: bool
    deadline: date
    cutoff: datetime
    provisional_from: date | None
    """The first day off from ``raw_end`` whose status is not yet final (a weekend of a year whose
    transfers are not decreed, an estimated Kurban Ait); when set, it is the safe ``deadline``."""
    later_deadline: date | None
    """When ``deadline`` is such a day: the last day if it is confirmed a day off (also in time)."""
    cutoff_offset: str
    """The court clock's offset at the cut-off, e.g. "UTC+5" (it was UTC+6 before March 2024)."""


# One per distinct term computed (see ``frozen``); mypy sees the plain constructor.
_new_term = Term if TYPE_CHECKING else constructor(Term)


def add_months(day: date, months: int) -> tuple[date, bool]:
    """Return the same-numbered day ``months`` later (or that month's last day) and whether it
    had to be clamped to the month's end."""
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    last = _MONTH_DAYS[month0] + (month0 == 1 and _is_leap(year))
    return date(year, month0 + 1, min(day.day, last)), day.day > last


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def cutoff_instant(last_day: date) -> datetime:
    """Return the first late instant for a term whose last day is ``last_day``, in UTC."""
    return datetime.combine(last_day + _ONE_DAY, time(), tzinfo=COURT_TZ).astimezone(UTC)


@lru_cache(maxsize=65536)
def compute_term(in_force_on: date, months: int) -> Term:
    """Compute the term of ``months`` months for an act that entered into force on ``in_force_on``.

    Cached: a court's acts cluster on the same dates, and the answer is a pure function of them.
    """
    raw_end, clamped = add_months(in_force_on, months)
    confirmed = next_working_day(raw_end)
    # The safe side: a day off that is not yet law might become a working day, and the term would
    # then end on it. The answer gives that earlier day, and the later one as also in time if the
    # day off is confirmed.
    provisional_from = None
    day = raw_end
    while day < confirmed:
        if is_provisional_day_off(day):
            provisional_from = day
            break
        day += _ONE_DAY
    deadline = provisional_from or confirmed
    cutoff = cutoff_instant(deadline)
    offset = court_local(cutoff).utcoffset()
    assert offset is not None
    return _new_term(
        start=in_force_on + _ONE_DAY,
        raw_end=raw_end,
        clamped=clamped,
        deadline=deadline,
        cutoff=cutoff,
        provisional_from=provisional_from,
        later_deadline=confirmed if provisional_from is not None else None,
        cutoff_offset=f"UTC{offset.seconds // 3600:+d}",
    )


def court_local(moment: datetime) -> datetime:
    """Return ``moment`` (aware) on the court's clock."""
    return moment.astimezone(COURT_TZ)


def court_today() -> date:
    """Return today's date on the court's clock (the engine's default "today")."""
    return datetime.now(COURT_TZ).date()

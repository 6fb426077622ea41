"""Kazakhstan's working-day calendar, as courts count procedural terms.

A day is a working day when it is Monday-Friday and not a day off, or a Saturday/Sunday that a
government transfer declared a working day (Sunday 5 January 2025 was one). Courts work a five-day
week, so Saturday is a day off unless declared otherwise. The data is the generated
``_kz_calendar_data`` table (the ``holidays`` package, KZ) with ``calendar_overrides`` applied on
top; lookups are set membership on ordinals, because the engine asks this question very often.
"""

from __future__ import annotations

from datetime import date, timedelta

from deadlines import _kz_calendar_data as _data
from deadlines.calendar_overrides import CONFIRMED_THROUGH_YEAR, OVERRIDES
from deadlines.holidays_law import statutory_holiday

FIRST_DAY = date(_data.FIRST_YEAR, 1, 1)
LAST_DAY = date(_data.LAST_YEAR, 12, 31)


def _ordinals(table: dict[str, tuple[int, ...]]) -> set[int]:
    return {
        date(int(month[:4]), int(month[5:]), day).toordinal()
        for month, days in table.items()
        for day in days
    }


def _build() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    off = _ordinals(_data.NON_WORKING_WEEKDAYS)
    working_weekends = _ordinals(_data.WORKING_WEEKENDS)
    estimated = _ordinals(_data.ESTIMATED)
    for override in OVERRIDES:
        ordinal = override.day.toordinal()
        weekend = override.day.weekday() >= 5
        estimated.discard(ordinal)
        target, other = (working_weekends, off) if weekend else (off, working_weekends)
        other.discard(ordinal)
        # On a weekend the table lists working days; on a weekday it lists days off.
        if override.working == weekend:
            target.add(ordinal)
        else:
            target.discard(ordinal)
    return frozenset(off), frozenset(working_weekends), frozenset(estimated)


_OFF_WEEKDAYS, _WORKING_WEEKENDS, _ESTIMATED = _build()


def _check_range(day: date) -> None:
    if not FIRST_DAY <= day <= LAST_DAY:
        msg = f"{day.isoformat()} is outside the calendar ({FIRST_DAY} to {LAST_DAY})"
        raise ValueError(msg)


def is_working_day(day: date) -> bool:
    """Return whether courts in Kazakhstan work on ``day``."""
    _check_range(day)
    if day.weekday() >= 5:
        return day.toordinal() in _WORKING_WEEKENDS
    return day.toordinal() not in _OFF_WEEKDAYS


def next_working_day(day: date) -> date:
    """Return ``day`` if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def is_provisional_day_off(day: date) -> bool:
    """Return whether ``day`` is a day off that might yet turn out to be a working day.

    Only this direction matters for a deadline: if such a day became a working day the term would
    end earlier than computed. It covers lunar holidays the package only estimates and weekends of
    years whose official calendar (with its transfers of days off) is not yet confirmed. A
    statutory holiday (21 March, 9 May…) on a weekend is not one: it is a day off by law, and only
    a weekend day can be transferred to a working day.
    """
    if is_working_day(day) or statutory_holiday(day) is not None:
        return False
    if is_estimated_day_off(day):
        return True
    return day.year > CONFIRMED_THROUGH_YEAR and day.weekday() >= 5


def is_estimated_day_off(day: date) -> bool:
    """Return whether ``day`` is a day off only because a lunar holiday (Kurban Ait) is estimated
    to fall on it: its date is fixed each year, so it may yet fall on another day."""
    return day.toordinal() in _ESTIMATED

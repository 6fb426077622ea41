"""The statutory holidays of the Law "On holidays in the Republic of Kazakhstan", as in force.

Law of 13 December 2001 No. 267-II, version of 1 July 2026
(``shared/reference/legal-reform-2025.md``
§6, text T6): art. 3 lists New Year (1-2 January), International Women's Day (8
March), Constitution Day (15 March), Nauryz (21-23 March), the Day of Unity of the People of
Kazakhstan (1 May), Defender of the Fatherland Day (7 May), Victory Day (9 May), Capital Day (6
July) and Independence Day (16 December); art. 2 the national holiday, Republic Day (25 October);
art. 5: holidays are non-working days, and a holiday on a day off moves the day off to the next
working day. Law of 11 June 2026 No. 306-VIII (in force 1 July 2026) moved Constitution Day from 30
August to 15 March: 30 August 2026 is no longer a holiday, and 15 March is one from 2027.

Only used for years from 2026, the version read; older years are answered from the calendar
alone. The lunar Kurban Ait and Orthodox Christmas are days off under the Labour Code, not holidays
of this law, and are not listed here.
"""

from __future__ import annotations

from datetime import date

HOLIDAYS_LAW = "Law 267-II"
AMENDING_LAW = "Law 306-VIII"
FROM_YEAR = 2026
CONSTITUTION_DAY_FROM = 2027

# (month, day) -> the holiday's key (its name is in ``texts_notes``).
_FIXED: dict[tuple[int, int], str] = {
    (1, 1): "new_year",
    (1, 2): "new_year",
    (3, 8): "womens_day",
    (3, 15): "constitution_day",
    (3, 21): "nauryz",
    (3, 22): "nauryz",
    (3, 23): "nauryz",
    (5, 1): "unity_day",
    (5, 7): "defender_day",
    (5, 9): "victory_day",
    (7, 6): "capital_day",
    (10, 25): "republic_day",
    (12, 16): "independence_day",
}


def statutory_holiday(day: date) -> str | None:
    """Return the key of the holiday the Law on holidays makes of ``day`` (years from 2026), or
    None. Such a day is a day off by law: no transfer of days off can make it a working day."""
    if day.year < FROM_YEAR:
        return None
    key = _FIXED.get((day.month, day.day))
    if key == "constitution_day" and day.year < CONSTITUTION_DAY_FROM:
        return None
    return key


def former_constitution_day(start: date, end: date) -> date | None:
    """The 30 August (from 2026, no longer a holiday) whose status the term from ``start`` to
    ``end`` depends on: that day or the Monday after it, which was its observed day off."""
    for year in range(max(start.year, FROM_YEAR), end.year + 1):
        august_30 = date(year, 8, 30)
        # The observed day off of a 30 August on a weekend was the Monday after, at latest 1 Sept.
        if start <= date(year, 9, 1) and august_30 <= end:
            return august_30
    return None

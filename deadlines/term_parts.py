"""The sentences that show how a term's last day was reached, and the laws they rely on.

A pure function of the in-force date and the term's length, memoised: a court's acts cluster on
the same dates. The common case (the calendar end is a working day) says three sentences and
looks nothing else up; only an end moved past days off walks them, naming each statutory holiday
skipped and its law.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from deadlines.explain import Part
from deadlines.holidays_law import (
    AMENDING_LAW,
    FROM_YEAR,
    HOLIDAYS_LAW,
    former_constitution_day,
    statutory_holiday,
)
from deadlines.terms import Term, compute_term

_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=65536)
def term_and_parts(
    in_force_on: date, months: int
) -> tuple[Term, tuple[Part, ...], tuple[str, ...]]:
    """Return the term, the sentences showing how its last day was reached, and the laws the
    answer relies on for the holidays it skipped (or for 30 August no longer being one)."""
    term = compute_term(in_force_on, months)
    raw_end = term.raw_end
    parts: list[Part] = [
        ("in_force", (("in_force", in_force_on),)),
        ("calc.raw_end", (("start", term.start), ("raw_end", raw_end))),
    ]
    if term.clamped:
        parts.append(("calc.clamped", (("day", in_force_on.day),)))
    citations: tuple[str, ...] = ()
    # With a day off not yet law, the later day (if it is confirmed) is described too.
    end = term.later_deadline or term.deadline
    if end != raw_end:
        safe = term.later_deadline is not None
        if term.deadline != raw_end:
            parts.append(("calc.shifted_safe" if safe else "calc.shifted", (("raw_end", raw_end),)))
        holidays, constitution_day = _holiday_parts(raw_end, end)
        parts += holidays
        if holidays:
            citations += (HOLIDAYS_LAW,)
        # 30 August (a holiday until 2025) can matter only to a term that ends from 2026 and
        # passes the end of August; otherwise former_constitution_day is None anyway.
        august_30 = former_constitution_day(raw_end, end) if end.year >= FROM_YEAR else None
        if august_30 is not None:
            parts.append(("calc.august_30", ()))
        if august_30 is not None or constitution_day:
            citations += (AMENDING_LAW,)
    elif (
        raw_end.year >= FROM_YEAR
        and raw_end.month in (8, 9)
        and former_constitution_day(raw_end, end) is not None
    ):
        # The end on a working day from 30 August to 1 September: a day off before 2026.
        parts.append(("calc.august_30", ()))
        citations += (AMENDING_LAW,)
    parts.append(("calc.last_day", (("deadline", term.deadline), ("utc", term.cutoff_offset))))
    return term, tuple(parts), citations


def _holiday_parts(raw_end: date, end: date) -> tuple[list[Part], bool]:
    """One sentence per statutory holiday among the days off skipped, naming its law; and
    whether Constitution Day (15 March, a holiday from 2027 by Law 306-VIII) is one of them."""
    parts: list[Part] = []
    if end.year < FROM_YEAR:
        return parts, False  # the law is described for the years read (from 2026) only
    seen: set[str] = set()
    constitution_day = False
    day = raw_end
    while day < end:
        holiday = statutory_holiday(day)
        if holiday is not None and holiday not in seen:
            seen.add(holiday)
            if holiday == "constitution_day":
                constitution_day = True
                parts.append(("calc.holiday_constitution_day", (("day", day),)))
            else:
                parts.append(("calc.holiday", (("day", day), ("holiday", holiday))))
        day += _ONE_DAY
    return parts, constitution_day

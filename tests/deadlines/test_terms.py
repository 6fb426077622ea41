"""Term arithmetic (``deadlines.terms``): month arithmetic, the working-day shift, the cut-off."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from deadlines.terms import add_months, compute_term, court_local, court_today, cutoff_instant


@pytest.mark.parametrize(
    ("start", "months", "end", "clamped"),
    [
        (date(2025, 10, 31), 6, date(2026, 4, 30), True),
        (date(2025, 8, 31), 6, date(2026, 2, 28), True),
        (date(2027, 8, 31), 6, date(2028, 2, 29), True),  # leap year: clamp to the 29th
        (date(2027, 8, 29), 6, date(2028, 2, 29), False),
        (date(2099, 8, 29), 6, date(2100, 2, 28), True),  # 2100 is not a leap year
        (date(2399, 8, 30), 6, date(2400, 2, 29), True),  # 2400 is
        (date(2024, 2, 29), 12, date(2025, 2, 28), True),
        (date(2026, 2, 28), 6, date(2026, 8, 28), False),  # same number, not "month end"
        (date(2025, 12, 15), 1, date(2026, 1, 15), False),  # across the year
        (date(2025, 7, 31), 12, date(2026, 7, 31), False),
    ],
)
def test_add_months_keeps_the_day_number_or_clamps(
    start: date, months: int, end: date, clamped: bool
) -> None:
    assert add_months(start, months) == (end, clamped)


def test_term_starts_the_day_after_and_moves_off_a_day_off() -> None:
    term = compute_term(date(2025, 7, 7), 6)
    assert term.start == date(2025, 7, 8)
    assert (term.raw_end, term.deadline) == (date(2026, 1, 7), date(2026, 1, 8))
    assert term.cutoff == datetime(2026, 1, 8, 19, tzinfo=UTC)
    assert term.cutoff_offset == "UTC+5"
    assert term.provisional_from is None


def test_cutoff_before_and_after_the_2024_time_zone_change() -> None:
    assert cutoff_instant(date(2024, 1, 15)) == datetime(2024, 1, 15, 18, tzinfo=UTC)
    assert cutoff_instant(date(2024, 2, 29)) == datetime(2024, 2, 29, 19, tzinfo=UTC)
    assert cutoff_instant(date(2024, 3, 1)) == datetime(2024, 3, 1, 19, tzinfo=UTC)
    assert compute_term(date(2023, 7, 14), 6).cutoff_offset == "UTC+6"


def test_provisional_when_a_weekend_of_an_unconfirmed_year_is_skipped() -> None:
    # Raw end Saturday 8 May 2027; 2027's transfers of days off are not published yet.
    term = compute_term(date(2026, 11, 8), 6)
    # The safe last day is that Saturday; 11 May (after Sunday 9 May, Victory Day, and its
    # Monday off) is also in time if the Saturday stays a day off.
    assert (term.raw_end, term.deadline) == (date(2027, 5, 8), date(2027, 5, 8))
    assert (term.provisional_from, term.later_deadline) == (date(2027, 5, 8), date(2027, 5, 11))


def test_provisional_when_an_estimated_kurban_ait_is_skipped() -> None:
    # Kurban Ait 2028 is only estimated (5 May 2028, a Friday).
    term = compute_term(date(2027, 11, 5), 6)
    assert term.raw_end == date(2028, 5, 5)
    assert term.provisional_from == date(2028, 5, 5)


def test_not_provisional_when_the_raw_end_is_a_working_day_of_a_later_year() -> None:
    assert compute_term(date(2027, 1, 6), 6).provisional_from is None


def test_court_clock_helpers() -> None:
    moment = datetime(2026, 4, 30, 18, 59, 59, tzinfo=UTC)
    assert court_local(moment).isoformat() == "2026-04-30T23:59:59+05:00"
    assert isinstance(court_today(), date)

"""The Kazakhstan working-day calendar (``deadlines.workdays``) and our override table."""

from __future__ import annotations

from datetime import date

import pytest

from deadlines import calendar_overrides, workdays
from deadlines.calendar_overrides import Override
from deadlines.workdays import is_provisional_day_off, is_working_day, next_working_day


@pytest.mark.parametrize(
    ("day", "works"),
    [
        (date(2026, 4, 30), True),  # Thursday
        (date(2026, 6, 6), False),  # Saturday
        (date(2026, 6, 7), False),  # Sunday
        (date(2026, 1, 7), False),  # Orthodox Christmas
        (date(2025, 12, 16), False),  # Independence Day
        (date(2025, 12, 17), True),  # no longer a holiday since 2022
        (date(2026, 3, 9), False),  # 8 March on a Sunday -> Monday off
        (date(2026, 3, 25), False),  # Nauryz observed
        (date(2026, 10, 26), False),  # Republic Day observed
        (date(2025, 1, 3), False),  # Friday off, transferred from Sunday 5 January
        (date(2025, 1, 5), True),  # ... so that Sunday was a working day
        (date(2024, 5, 4), True),  # Saturday worked for the Friday 8 May 2024 day off
        (date(2024, 5, 8), False),
        (date(2026, 5, 27), False),  # Kurban Ait 2026 (confirmed by override)
        (date(2026, 8, 31), True),  # no Constitution Day in 2026 (override)
        (date(2027, 3, 15), False),  # Constitution Day's new date (override)
        (date(2025, 9, 1), False),  # Constitution Day 2025 on Saturday -> Monday
    ],
)
def test_is_working_day(day: date, works: bool) -> None:
    assert is_working_day(day) is works


def test_next_working_day() -> None:
    assert next_working_day(date(2026, 3, 21)) == date(2026, 3, 26)
    assert next_working_day(date(2026, 3, 26)) == date(2026, 3, 26)


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2061, 1, 1)])
def test_outside_the_table_is_refused_not_guessed(day: date) -> None:
    with pytest.raises(ValueError, match="outside the calendar"):
        is_working_day(day)


@pytest.mark.parametrize(
    ("day", "provisional"),
    [
        (date(2026, 6, 6), False),  # a 2026 Saturday: 2026 is confirmed
        (date(2027, 6, 5), True),  # a 2027 Saturday: a transfer could make it a working day
        (date(2027, 6, 7), False),  # a 2027 Monday that is a working day anyway
        (date(2028, 5, 5), True),  # estimated Kurban Ait
        (date(2026, 5, 27), False),  # Kurban Ait 2026, confirmed by override
        (date(2027, 12, 16), False),  # a fixed statutory holiday on a weekday
    ],
)
def test_is_provisional_day_off(day: date, provisional: bool) -> None:
    assert is_provisional_day_off(day) is provisional


def test_every_override_is_sourced_and_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    for override in calendar_overrides.OVERRIDES:
        assert override.source.startswith("https://")
        assert override.reason
        assert is_working_day(override.day) is override.working
    # A weekend override works in both directions as well.
    monkeypatch.setattr(
        workdays,
        "OVERRIDES",
        (
            Override(date(2030, 6, 1), working=True, reason="test", source="https://example.test"),
            Override(date(2025, 1, 5), working=False, reason="test", source="https://example.test"),
        ),
    )
    off, working_weekends, _ = workdays._build()
    assert date(2030, 6, 1).toordinal() in working_weekends
    assert date(2025, 1, 5).toordinal() not in working_weekends
    assert off

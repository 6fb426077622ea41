"""Every worked example of shared/reference/legal-rules.md (and legal-research.md §6.3) through the
real CLI process, as other tools will call it."""

from __future__ import annotations

import pytest

from tests.deadlines.conftest import run_cli

# Pinned to the Supreme Court regime: the calendar arithmetic is checked against its citations on
# any day; the same examples with the regime chosen by the day are in test_regime_by_day.py.
SC = {"regime": "supreme_court"}
CIVIL = {"procedure": "civil", "act_kind": "appellate", "appeal": "decided_on_appeal", **SC}
WORSENS = {"procedure": "criminal", "act_kind": "conviction", "direction": "worsens", **SC}


# (in force on, last day, why) — legal-rules.md "Worked examples", then legal-research.md E1-E16.
CIVIL_CASES = [
    ("2025-10-31", "2026-04-30", "April has no 31st"),
    ("2025-07-06", "2026-01-06", "plain"),
    ("2025-07-07", "2026-01-08", "Orthodox Christmas on the raw end"),
    ("2025-12-07", "2026-06-08", "Sunday"),
    ("2026-04-25", "2026-10-27", "Republic Day on a Sunday, observed Monday"),
    ("2025-08-30", "2026-03-02", "short February, then a weekend"),
    ("2027-08-29", "2028-02-29", "leap day"),
    ("2025-08-31", "2026-03-02", "E1: clamp to 28 February, then weekend"),
    ("2025-03-17", "2025-09-17", "E2: plain"),
    ("2025-04-12", "2025-10-13", "E3: Sunday"),
    ("2025-06-16", "2025-12-17", "E4: Independence Day; 17 December works since 2022"),
    ("2025-09-22", "2026-03-26", "E5: Nauryz on a Sunday, 21-25 March off"),
    ("2025-09-09", "2026-03-10", "E6: Women's Day observed on Monday"),
    ("2025-11-27", "2026-05-28", "E8: Kurban Ait 2026"),
    ("2023-08-29", "2024-02-29", "E9: leap day, last day before UTC+6 -> UTC+5"),
    ("2024-02-29", "2024-08-29", "E10: leap-day start"),
    ("2026-03-31", "2026-09-30", "E11: clamp 31 -> 30"),
    ("2024-07-05", "2025-01-05", "E12: Sunday declared a working day: not extended"),
    ("2026-02-28", "2026-08-28", "E16: same-numbered day, not month end"),
]


@pytest.mark.parametrize(("in_force_on", "last_day", "why"), CIVIL_CASES)
def test_civil_six_months(in_force_on: str, last_day: str, why: str) -> None:
    status, out = run_cli({**CIVIL, "in_force_on": in_force_on, "today": in_force_on})
    assert status == 0, out
    assert (out["admissible"], out["deadline"], out["unlimited"]) == (True, last_day, False), why
    assert out["restorable"] is True
    # A skipped holiday from 2026 also cites the Law on holidays.
    assert out["citations"][:2] == ["CPC 434.1", "CPC 436.1"]
    assert out["citations"][2:] in ([], ["Law 267-II"])
    assert out["on_time"] is None


@pytest.mark.parametrize(
    ("in_force_on", "last_day"),
    [
        ("2025-12-01", "2026-12-01"),  # plain
        ("2025-05-09", "2026-05-12"),  # Saturday Victory Day, observed Monday 11th
        ("2024-02-29", "2025-02-28"),  # E13: no 29 February in 2025
        ("2025-10-24", "2026-10-27"),  # E14: Saturday, Republic Day Sunday, observed Monday
    ],
)
def test_criminal_worsening_one_year_not_restorable(in_force_on: str, last_day: str) -> None:
    status, out = run_cli({**WORSENS, "in_force_on": in_force_on, "today": in_force_on})
    assert status == 0
    assert (out["deadline"], out["restorable"], out["unlimited"]) == (last_day, False, False)
    assert out["citations"][0] == "CrPC 487.2"
    assert out["citations"][1:] in ([], ["Law 267-II"])


def test_criminal_improving_is_not_limited() -> None:
    payload = {**WORSENS, "direction": "improves", "in_force_on": "2016-03-01"}
    status, out = run_cli({**payload, "today": "2026-05-05", "filed_at": "2026-05-05T10:00+05:00"})
    assert status == 0
    assert out["unlimited"] is True
    assert (out["deadline"], out["days_left"], out["on_time"], out["restorable"]) == (
        None,
        None,
        True,
        False,
    )
    assert out["citations"] == ["CrPC 487.1"]


@pytest.mark.parametrize(
    ("filed_at", "on_time"),
    [
        ("2026-04-30T23:59:59+05:00", True),
        ("2026-04-30T18:59:59Z", True),  # the same instant, written in UTC
        ("2026-04-30T23:59:59.999999+05:00", True),
        ("2026-05-01T00:00:00+05:00", False),
        ("2026-04-30T19:00:00Z", False),
        ("2026-05-01T00:00:00+06:00", True),  # an old UTC+6 clock: 18:00Z, still 23:00 in Astana
    ],
)
def test_last_instant_is_2359_astana_time(filed_at: str, on_time: bool) -> None:
    payload = {**CIVIL, "in_force_on": "2025-10-31", "today": "2026-04-30", "filed_at": filed_at}
    status, out = run_cli(payload)
    assert status == 0
    assert out["on_time"] is on_time
    assert out["days_left"] == 0


@pytest.mark.parametrize(
    ("filed_at", "on_time"),
    [
        ("2024-02-29T23:30:00+06:00", True),  # first 23:30 of the 25-hour day (17:30Z)
        ("2024-02-29T23:30:00+05:00", True),  # second 23:30, after clocks went back (18:30Z)
        ("2024-02-29T18:59:59Z", True),
        ("2024-03-01T00:00:00+05:00", False),  # 19:00Z: the cut-off (E9)
    ],
)
def test_2024_time_zone_change_night(filed_at: str, on_time: bool) -> None:
    payload = {**CIVIL, "in_force_on": "2023-08-29", "today": "2024-02-01", "filed_at": filed_at}
    assert run_cli(payload)[1]["on_time"] is on_time


@pytest.mark.parametrize(
    ("filed_at", "on_time"),
    [("2024-01-15T17:59:59Z", True), ("2024-01-15T18:00:00Z", False)],
)
def test_before_march_2024_astana_was_utc_plus_6(filed_at: str, on_time: bool) -> None:
    # Raw end Sunday 14 January 2024 -> Monday 15th; 24:00 in UTC+6 is 18:00Z, not 19:00Z.
    payload = {**CIVIL, "in_force_on": "2023-07-14", "today": "2024-01-10", "filed_at": filed_at}
    status, out = run_cli(payload)
    assert (status, out["deadline"], out["on_time"]) == (0, "2024-01-15", on_time)
    assert "UTC+6" in out["explanation"]["en"]


@pytest.mark.parametrize(
    ("filed_at", "on_time"),
    [("2026-03-02T23:59:30+05:00", True), ("2026-03-03T00:00:05+05:00", False)],
)
def test_e20_filing_around_midnight_of_e1(filed_at: str, on_time: bool) -> None:
    payload = {**CIVIL, "in_force_on": "2025-08-31", "today": "2026-03-02", "filed_at": filed_at}
    assert run_cli(payload)[1]["on_time"] is on_time


def test_e17_appeal_not_used_is_premature() -> None:
    payload = {**CIVIL, "act_kind": "first_instance", "appeal": "not_appealed"}
    status, out = run_cli({**payload, "in_force_on": "2025-05-05", "today": "2025-06-01"})
    assert status == 0
    assert (out["admissible"], out["deadline"], out["days_left"]) == (False, None, None)
    assert out["restorable"] is True  # via restoring the appeal term (CPC 436.2)
    assert out["citations"] == ["CPC 434.1", "CPC 436.2"]


def test_e19_cassation_courts_regime_starts_on_1_july_2025() -> None:
    payload = {**CIVIL, "in_force_on": "2025-03-17", "regime": "cassation_courts"}
    status, out = run_cli({**payload, "filed_at": "2025-06-30T12:00+05:00"})
    assert status == 2
    assert out["code"] == "no_rule_in_force"
    status, out = run_cli({**payload, "filed_at": "2025-07-01T12:00+05:00"})
    assert (status, out["regime"], out["deadline"], out["on_time"]) == (
        0,
        "cassation_courts",
        "2025-09-17",
        True,
    )
    assert "Law 136-VIII" in out["citations"]


def test_e21_exceptional_grounds_have_no_time_limit_under_the_supreme_court() -> None:
    payload = {**CIVIL, "in_force_on": "2023-01-10", "art438_part6": True}
    status, out = run_cli({**payload, "filed_at": "2024-05-01T10:00+05:00", "today": "2024-05-01"})
    assert (status, out["unlimited"], out["on_time"], out["deadline"]) == (0, True, True, None)
    assert out["citations"] == ["CPC 434.1", "CPC 436.3", "CPC 438.6"]
    assert "Prosecutor General" in out["explanation"]["en"]

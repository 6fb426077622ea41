"""Holidays in answers: each one the answer depends on is cited with its law (Law on holidays
No. 267-II, version 01.07.2026; 15 March and 30 August by Law No. 306-VIII of 11.06.2026), and the
provisional-calendar note never suggests a statutory holiday could become a working day."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import assess, facts_from_dict
from deadlines.holidays_law import former_constitution_day, statutory_holiday
from deadlines.terms import compute_term
from tests.deadlines.conftest import run_cli

CIVIL = {"procedure": "civil", "act_kind": "appellate", "appeal": "decided_on_appeal"}
WORSENS = {"procedure": "criminal", "act_kind": "conviction", "direction": "worsens"}


def test_nauryz_on_a_sunday_is_cited_and_is_not_provisional() -> None:
    # 21 March 2027 is a Sunday: a holiday by law, so no transfer can make it a working day.
    status, out = run_cli({**CIVIL, "in_force_on": "2026-09-21", "today": "2026-12-03"})
    assert status == 0
    assert out["deadline"] == "2027-03-25"  # 21-23 March, and 24 March for the Sunday (art. 5)
    assert out["citations"][-1] == "Law 267-II"
    text = out["explanation"]
    assert "21 March 2027 is Nauryz, a holiday under the Law on holidays" in text["en"]
    assert "Law No. 267-II of 13 December 2001" in text["en"]
    assert "Наурыз мейрамы, праздник по Закону «О праздниках" in text["ru"]
    assert "№ 267-II" in text["kk"]
    assert "may still change" not in text["en"]
    assert "transfers of days off" not in text["en"]
    answer = assess(
        facts_from_dict({**CIVIL, "in_force_on": "2026-09-21"}), today=date(2026, 12, 3)
    )
    assert answer.provisional is False


def test_the_provisional_note_names_the_weekend_day_not_the_holiday() -> None:
    # Saturday 20 March 2027 might be transferred; Sunday 21 March (Nauryz) cannot.
    status, out = run_cli({**CIVIL, "in_force_on": "2026-09-20", "today": "2026-12-03"})
    assert status == 0
    en = out["explanation"]["en"]
    assert out["deadline"] == "2027-03-20"  # the safe day
    assert "If 20 March 2027, a Saturday or Sunday, is made a working day" in en
    assert "Only weekend days can be transferred; the holidays the law sets stay days off" in en
    assert "on 25 March 2027 is also in time" in en
    assert "21 March 2027 is Nauryz" in en
    assert "переносить можно только выходные дни".lower() in out["explanation"]["ru"].lower()


def test_constitution_day_15_march_2027_cites_law_306_viii() -> None:
    status, out = run_cli({**CIVIL, "in_force_on": "2026-09-15", "today": "2026-12-03"})
    assert status == 0
    assert out["deadline"] == "2027-03-16"
    assert out["citations"][-2:] == ["Law 267-II", "Law 306-VIII"]
    assert "15 March 2027 is Constitution Day: a holiday from 2027" in out["explanation"]["en"]
    assert "Law No. 306-VIII of 11 June 2026" in out["explanation"]["en"]
    assert "№ 306-VIII от 11 июня 2026 года" in out["explanation"]["ru"]


def test_30_august_2026_is_no_longer_a_holiday_and_the_answer_says_why() -> None:
    # One year from 30 August 2025 ends on Sunday 30 August 2026; Monday 31 August is a working
    # day because Law No. 306-VIII removed Constitution Day from 30 August.
    status, out = run_cli({**WORSENS, "in_force_on": "2025-08-30", "today": "2026-06-01"})
    assert status == 0
    assert out["deadline"] == "2026-08-31"
    assert out["citations"][-1] == "Law 306-VIII"
    assert "30 August is no longer a holiday from 2026" in out["explanation"]["en"]
    assert "30 августа с 2026 года не является праздником" in out["explanation"]["ru"]


def test_an_estimated_kurban_ait_is_said_to_be_estimated() -> None:
    # Friday 5 May 2028: the package estimates the first day of Kurban Ait on it.
    status, out = run_cli({**CIVIL, "in_force_on": "2027-11-05", "today": "2027-12-01"})
    assert status == 0
    en = out["explanation"]["en"]
    assert "The first day of Kurban Ait in 2028 is only estimated so far" in en
    assert out["deadline"] == "2028-05-05"  # the safe day
    assert "this answer gives 5 May 2028 as the safe last day" in en
    assert "on 10 May 2028 is also in time" in en


def test_an_answer_that_skips_no_holiday_cites_no_holiday_law() -> None:
    status, out = run_cli({**CIVIL, "in_force_on": "2026-10-01", "today": "2026-12-03"})
    assert status == 0
    assert not {"Law 267-II", "Law 306-VIII"} & set(out["citations"])


def test_the_holiday_table() -> None:
    assert statutory_holiday(date(2027, 3, 15)) == "constitution_day"
    assert statutory_holiday(date(2026, 3, 15)) is None  # a holiday from 2027
    assert statutory_holiday(date(2026, 8, 30)) is None
    assert statutory_holiday(date(2025, 3, 21)) is None  # older years: the calendar alone
    assert former_constitution_day(date(2027, 9, 2), date(2027, 9, 3)) is None
    assert former_constitution_day(date(2027, 9, 1), date(2027, 9, 1)) == date(2027, 8, 30)


@settings(max_examples=300, deadline=None, database=None)
@given(st.dates(min_value=date(2026, 1, 1), max_value=date(2058, 12, 1)), st.sampled_from([6, 12]))
def test_a_provisional_day_is_never_a_statutory_holiday(day: date, months: int) -> None:
    term = compute_term(day, months)
    if term.provisional_from is not None:
        assert statutory_holiday(term.provisional_from) is None

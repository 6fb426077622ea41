"""The law of the filing day: with no regime given, the filing day (else today) chooses it.

R1, the Supreme Court's, before 2025-07-01; R2, the cassation courts', from then; R3, the same
courts with the small-claim bar lifted, from 2027-07-01 (a date rule inside ``cassation_courts``,
named in the explanation). An explicit regime keeps its answers whatever the day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import (
    ActKind,
    Appeal,
    CaseFacts,
    Direction,
    Note,
    Procedure,
    Regime,
    assess,
    facts_from_dict,
    regime_on,
)
from deadlines.model import MAX_IN_FORCE
from deadlines.terms import COURT_TZ
from deadlines.workdays import FIRST_DAY, LAST_DAY
from tests.deadlines.conftest import run_cli

FAST = settings(max_examples=300, deadline=None, database=None)
REFORM = date(2025, 7, 1)
LIFTED = date(2027, 7, 1)
ALMATY = timezone(timedelta(hours=5))
CIVIL = {"procedure": "civil", "act_kind": "appellate", "appeal": "decided_on_appeal"}
WORSENS = {"procedure": "criminal", "act_kind": "conviction", "direction": "worsens"}
# The sentence each period's answer carries, in English (kk and ru are checked to differ).
PERIOD = {
    "R1": "Until 30 June 2025 cassation review was a matter for the Supreme Court",
    "R2": "From 1 July 2025 a cassation complaint is filed with the cassation courts in Astana; "
    "until 30 June 2027",
    "R3": "are reported lifted from 1 July 2027",
}


def _facts(kind: str, in_force: date, **kw: object) -> CaseFacts:
    if kind == "civil":
        return CaseFacts(
            Procedure.CIVIL, ActKind.APPELLATE, in_force, Appeal.DECIDED_ON_APPEAL, **kw
        )  # type: ignore[arg-type]
    return CaseFacts(
        Procedure.CRIMINAL, ActKind.ACQUITTAL, in_force, direction=Direction.WORSENS, **kw
    )  # type: ignore[arg-type]


moments = st.datetimes(
    min_value=datetime(2016, 1, 2),
    max_value=datetime(LAST_DAY.year, 12, 30),
    timezones=st.just(UTC),
)


@FAST
@given(moments, st.sampled_from(["civil", "criminal"]), st.dates(FIRST_DAY, MAX_IN_FORCE))
def test_with_no_regime_the_filing_day_chooses_it(
    filed: datetime, kind: str, in_force: date
) -> None:
    answer = assess(_facts(kind, in_force, filed_at=filed), today=date(2026, 12, 3))
    day = filed.astimezone(COURT_TZ).date()  # the court's calendar day, not UTC's
    assert (answer.regime is Regime.SUPREME_COURT) == (day < REFORM)
    assert (answer.regime is Regime.CASSATION_COURTS) == (day >= REFORM)
    assert answer.rule.endswith(".from_2027") == (day >= LIFTED)  # R3
    assert answer.regime is regime_on(day)


@FAST
@given(st.dates(date(2016, 1, 1), LAST_DAY), st.sampled_from(["civil", "criminal"]))
def test_with_no_regime_and_no_filing_today_chooses_it(today: date, kind: str) -> None:
    answer = assess(_facts(kind, date(2016, 1, 1)), today=today)
    assert (answer.regime is Regime.SUPREME_COURT) == (today < REFORM)
    assert answer.rule.endswith(".from_2027") == (today >= LIFTED)
    assert Note.REGIME_SUPERSEDED not in answer.notes  # never the law of another day


@pytest.mark.parametrize(
    ("filed_at", "regime"),
    [
        ("2025-06-30T23:59:59+05:00", "supreme_court"),
        ("2025-06-30T19:00:00Z", "cassation_courts"),  # 00:00 on 1 July in Astana
        ("2025-06-30T18:59:59Z", "supreme_court"),
    ],
)
def test_the_day_is_astanas_not_utcs(filed_at: str, regime: str) -> None:
    status, out = run_cli({**CIVIL, "in_force_on": "2025-03-17", "filed_at": filed_at})
    assert (status, out["regime"]) == (0, regime)


# Worked examples of legal-research.md §6.3 on both sides of 2025-07-01 and 2027-07-01, through
# the CLI with no regime given: (name, payload, regime, period, deadline, admissible, on_time).
WORKED = [
    ("E9 (R1 by today)", {**CIVIL, "in_force_on": "2023-08-29", "today": "2023-09-01"},
     "supreme_court", "R1", "2024-02-29", True, None),
    ("E12 (R1)", {**CIVIL, "in_force_on": "2024-07-05", "filed_at": "2025-01-05T23:00:00+05:00"},
     "supreme_court", "R1", "2025-01-05", True, True),
    ("E13 (R1)", {**WORSENS, "in_force_on": "2024-02-29", "filed_at": "2025-02-28T12:00:00+05:00"},
     "supreme_court", "R1", "2025-02-28", True, True),
    ("E19 on 30 June", {**CIVIL, "in_force_on": "2025-03-17",
                        "filed_at": "2025-06-30T12:00:00+05:00"},
     "supreme_court", "R1", "2025-09-17", True, True),
    ("E19 on 1 July", {**CIVIL, "in_force_on": "2025-03-17",
                       "filed_at": "2025-07-01T12:00:00+05:00"},
     "cassation_courts", "R2", "2025-09-17", True, True),
    ("E1 (R2)", {**CIVIL, "in_force_on": "2025-08-31", "filed_at": "2026-03-02T23:59:30+05:00"},
     "cassation_courts", "R2", "2026-03-02", True, True),
    ("E20 late (R2)", {**CIVIL, "in_force_on": "2025-08-31",
                       "filed_at": "2026-03-03T00:00:05+05:00"},
     "cassation_courts", "R2", "2026-03-02", True, False),
    ("E14 (R2)", {**WORSENS, "in_force_on": "2025-10-24", "today": "2026-10-01"},
     "cassation_courts", "R2", "2026-10-27", True, None),
    ("E18 small claim, R2", {**CIVIL, "in_force_on": "2025-10-01",
                             "exclusion": "small_property_claim",
                             "filed_at": "2026-02-10T10:00:00+05:00"},
     "cassation_courts", "R2", None, False, None),
    ("E18 small claim, 30 June 2027", {**CIVIL, "in_force_on": "2027-03-01",
                                       "exclusion": "small_property_claim",
                                       "filed_at": "2027-06-30T23:59:59+05:00"},
     "cassation_courts", "R2", None, False, None),
    ("E18 small claim, 1 July 2027", {**CIVIL, "in_force_on": "2027-03-01",
                                      "exclusion": "small_property_claim",
                                      "filed_at": "2027-07-01T00:00:00+05:00"},
     "cassation_courts", "R3", "2027-09-01", True, True),
    ("E16 (R3 by today)", {**CIVIL, "in_force_on": "2026-02-28", "today": "2027-07-01"},
     "cassation_courts", "R3", "2026-08-28", True, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("payload", "regime", "period", "deadline", "admissible", "on_time"),
    [case[1:] for case in WORKED],
    ids=[case[0] for case in WORKED],
)
def test_worked_examples_with_no_regime_name_the_regime_of_their_day(
    payload: dict[str, str],
    regime: str,
    period: str,
    deadline: str | None,
    admissible: bool,
    on_time: bool | None,
) -> None:
    status, out = run_cli(payload)
    assert status == 0, out
    assert (out["regime"], out["deadline"], out["admissible"], out["on_time"]) == (
        regime, deadline, admissible, on_time
    )  # fmt: skip
    explanation = out["explanation"]
    assert PERIOD[period] in explanation["en"]
    by_filing = "filed_at" in payload
    said = "on the day of filing" if by_filing else "the law in force today"
    assert said in explanation["en"]
    assert ("Law 136-VIII" in out["citations"]) == (regime == "cassation_courts")
    assert len({explanation["kk"], explanation["ru"], explanation["en"]}) == 3


def test_e21_exceptional_grounds_depend_on_the_filing_day() -> None:
    case = {**CIVIL, "in_force_on": "2023-01-10", "art438_part6": True}
    status, r1 = run_cli({**case, "filed_at": "2024-05-01T10:00:00+05:00"})
    assert (status, r1["regime"], r1["unlimited"], r1["deadline"]) == (
        0, "supreme_court", True, None
    )  # fmt: skip
    assert r1["route"] == "chairman_submission_or_prosecutor_protest"
    status, r2 = run_cli({**case, "filed_at": "2026-12-03T10:00:00+05:00"})
    # CPC 434.3 and 436.3 as in force (01.07.2026): a prosecutor's protest, with no term.
    assert (status, r2["regime"], r2["unlimited"]) == (0, "cassation_courts", True)
    assert (r2["admissible"], r2["route"], r2["on_time"]) == (True, "prosecutor_protest", True)


def test_a_small_claim_after_the_bar_fell_away_is_said_so() -> None:
    facts = facts_from_dict(
        {**CIVIL, "in_force_on": "2027-03-01", "exclusion": "small_property_claim"}
    )
    answer = assess(facts, today=date(2027, 7, 2))
    assert answer.admissible
    assert "that bar is reported lifted from 1 July 2027" in answer.explanation.en
    assert "по имеющимся сообщениям, с 1 июля 2027 года это ограничение снято" in (
        answer.explanation.ru
    )
    assert "бұл шектеу 2027 жылғы 1 шілдеден бастап алынып тасталды" in answer.explanation.kk
    # ... and no longer that it "is not a property dispute excluded for its small amount".
    assert "small amount" not in answer.explanation.en
    assert "малой суммы" not in answer.explanation.ru


def test_an_answered_exclusion_question_after_the_bar_fell_away_does_not_mention_it() -> None:
    facts = facts_from_dict({**CIVIL, "in_force_on": "2027-03-01", "exclusion": "none"})
    after = assess(facts, today=date(2027, 7, 1))
    assert "small amount" not in after.explanation.en
    before = assess(facts, today=date(2027, 6, 30))
    assert "small amount" in before.explanation.en  # the bar still stood on 30 June 2027


def test_an_explicit_regime_keeps_its_answers_whatever_the_day() -> None:
    pinned = {**CIVIL, "in_force_on": "2025-10-31", "regime": "supreme_court"}
    status, out = run_cli({**pinned, "today": "2026-12-03"})
    assert (status, out["regime"], out["citations"]) == (
        0, "supreme_court", ["CPC 434.1", "CPC 436.1"]
    )  # fmt: skip
    assert "applies." not in out["explanation"]["en"]  # no "law of the day" sentence
    assert "chosen in the site settings" in out["explanation"]["en"]  # the superseded note
    status, out = run_cli(
        {**CIVIL, "in_force_on": "2025-01-10", "regime": "cassation_courts",
         "filed_at": "2025-06-30T10:00:00+05:00"}
    )  # fmt: skip
    assert (status, out["code"]) == (2, "no_rule_in_force")


def test_auto_may_be_given_explicitly() -> None:
    case = {**CIVIL, "in_force_on": "2025-10-31", "today": "2026-12-03"}
    assert run_cli({**case, "regime": "auto"}) == run_cli(case)
    status, out = run_cli(case)
    assert (status, out["regime"]) == (0, "cassation_courts")
    assert "3 December 2026" in out["explanation"]["en"]
    assert "3 декабря 2026 года" in out["explanation"]["ru"]
    assert "2026 жылғы 3 желтоқсан" in out["explanation"]["kk"]


def test_regime_on_names_the_boundaries() -> None:
    assert regime_on(date(2025, 6, 30)) is Regime.SUPREME_COURT
    assert regime_on(date(2025, 7, 1)) is Regime.CASSATION_COURTS
    assert regime_on(date(2027, 7, 1)) is Regime.CASSATION_COURTS
    day = datetime(2025, 7, 1, tzinfo=ALMATY)
    assert (
        assess(_facts("civil", date(2025, 3, 17), filed_at=day)).regime is Regime.CASSATION_COURTS
    )

"""Properties that must hold for every date, not just the worked examples (hypothesis).

Examples are capped so the whole deadlines suite stays well under 20 s; ``database=None`` keeps
hypothesis from writing a ``.hypothesis`` directory into the work tree.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import ActKind, Appeal, CaseFacts, Direction, Procedure, Regime, Route, assess
from deadlines.model import MAX_IN_FORCE
from deadlines.terms import COURT_TZ, add_months, compute_term
from deadlines.workdays import FIRST_DAY, is_provisional_day_off, is_working_day

FAST = settings(max_examples=300, deadline=None, database=None)
in_force_dates = st.dates(min_value=FIRST_DAY, max_value=MAX_IN_FORCE)
filing_era_dates = st.dates(min_value=date(2016, 1, 1), max_value=MAX_IN_FORCE)
months = st.sampled_from([6, 12])
kinds = st.sampled_from(["civil", "criminal"])
TODAY = date(2026, 1, 15)


def _facts(kind: str, day: date, regime: Regime = Regime.SUPREME_COURT) -> CaseFacts:
    if kind == "civil":
        return CaseFacts(
            Procedure.CIVIL, ActKind.APPELLATE, day, Appeal.DECIDED_ON_APPEAL, regime=regime
        )
    return CaseFacts(
        Procedure.CRIMINAL, ActKind.ACQUITTAL, day, direction=Direction.WORSENS, regime=regime
    )


@FAST
@given(in_force_dates, kinds, st.sampled_from(Regime))
def test_last_day_is_a_working_day_never_before_the_raw_end(
    day: date, kind: str, regime: Regime
) -> None:
    answer = assess(_facts(kind, day, regime), today=TODAY)
    assert answer.deadline is not None
    assert answer.raw_end == add_months(day, 6 if kind == "civil" else 12)[0]
    assert answer.deadline >= answer.raw_end
    # The last day is a working day, or (the safe side) a day off not yet law that may become
    # one; then the later day, if the day off is confirmed, is a working day.
    term = compute_term(day, 6 if kind == "civil" else 12)
    last = term.later_deadline or term.deadline
    assert is_working_day(last)
    if term.later_deadline is None:
        assert is_working_day(answer.deadline)
    else:
        assert answer.provisional
        assert is_provisional_day_off(answer.deadline)
        assert answer.deadline < term.later_deadline
    # ... and every day skipped up to the (later) last day was a day off.
    skipped = answer.raw_end
    while skipped < last:
        assert not is_working_day(skipped)
        skipped += timedelta(days=1)


@FAST
@given(in_force_dates, months)
def test_raw_end_is_the_same_numbered_day_or_the_months_last(day: date, length: int) -> None:
    end, clamped = add_months(day, length)
    assert (end.year * 12 + end.month) - (day.year * 12 + day.month) == length
    if clamped:
        assert end.day < day.day
        assert (end + timedelta(days=1)).day == 1
    else:
        assert end.day == day.day


@FAST
@given(
    in_force_dates,
    in_force_dates,
    st.sampled_from(["civil", "criminal"]),
    st.sampled_from(list(Regime)),
)
def test_last_day_is_monotone_in_the_in_force_date(
    a: date, b: date, kind: str, regime: Regime
) -> None:
    early, late = sorted((a, b))
    first = assess(_facts(kind, early, regime), today=TODAY)
    second = assess(_facts(kind, late, regime), today=TODAY)
    assert first.deadline is not None
    assert second.deadline is not None
    assert first.deadline <= second.deadline


@FAST
@given(filing_era_dates, st.integers(min_value=-48 * 3600, max_value=48 * 3600))
def test_on_time_exactly_until_2400_astana_on_the_last_day(day: date, seconds: int) -> None:
    term = compute_term(day, 6)
    local_midnight = datetime.combine(term.deadline + timedelta(days=1), time(), tzinfo=COURT_TZ)
    assert term.cutoff == local_midnight
    filed = term.cutoff + timedelta(seconds=seconds)
    answer = assess(replace(_facts("civil", day), filed_at=filed), today=TODAY)
    assert answer.on_time is (seconds < 0)


@FAST
@given(in_force_dates, st.dates(min_value=date(2016, 1, 1), max_value=date(2060, 12, 31)))
def test_days_left_counts_calendar_days_to_the_last_day(day: date, today: date) -> None:
    answer = assess(_facts("criminal", day), today=today)
    assert answer.deadline is not None
    assert answer.days_left == (answer.deadline - today).days


@FAST
@given(
    in_force_dates,
    st.sampled_from(list(Appeal)),
    st.booleans(),
    st.dates(min_value=date(2016, 1, 1), max_value=date(2059, 12, 31)),
)
def test_the_route_agrees_with_admissible(
    day: date, appeal: Appeal, art438: bool, filed_on: date
) -> None:
    """A route exactly when admissible; CPC 438.6 grounds never by the person's own filing."""
    kind = ActKind.FIRST_INSTANCE if appeal is Appeal.NOT_APPEALED else ActKind.APPELLATE
    facts = CaseFacts(Procedure.CIVIL, kind, day, appeal, art438_part6=art438, today=filed_on)
    answer = assess(facts)
    assert (answer.route is None) == (not answer.admissible)
    if art438 and answer.admissible:
        assert answer.route is not Route.OWN_FILING
        assert answer.unlimited

"""The engine's speed-ups change no answer: plans shared between dates, fast constructors.

``assess`` keeps one plan per combination of discrete facts and *era* of the reference date (see
``engine._Plan``); an answer through a plan first made for other dates must equal the answer
computed with every cache empty, in every field and every sentence.
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from deadlines import (
    ActKind,
    Appeal,
    Assessment,
    CaseFacts,
    DeadlinesInputError,
    Direction,
    Exclusion,
    Procedure,
    Reason,
    Regime,
    Restoration,
    assess,
)
from deadlines.engine import clear_caches
from deadlines.explain import DeferredExplanation
from deadlines.model import CIVIL_EXCLUSIONS, CRIMINAL_EXCLUSIONS, Explanation, new_assessment
from deadlines.terms import Term, compute_term

DAYS = st.dates(min_value=date(2016, 1, 1), max_value=date(2058, 12, 1))
ACTS = {
    Procedure.CIVIL: [k for k in ActKind if k not in (ActKind.CONVICTION, ActKind.ACQUITTAL,
                                                      ActKind.TERMINATION)],
    Procedure.CRIMINAL: [ActKind.CONVICTION, ActKind.ACQUITTAL, ActKind.TERMINATION,
                         ActKind.CASSATION_COURT_ACT],
}  # fmt: skip


@st.composite
def case_facts(draw: st.DrawFn) -> CaseFacts:
    procedure = draw(st.sampled_from(Procedure))
    kind = draw(st.sampled_from(ACTS[procedure]))
    civil = procedure is Procedure.CIVIL
    exclusions = sorted(CIVIL_EXCLUSIONS if civil else CRIMINAL_EXCLUSIONS)
    try:
        return CaseFacts(
            procedure,
            kind,
            draw(DAYS),
            appeal=draw(st.sampled_from([*Appeal, None])) if civil else None,
            direction=None if civil else draw(st.sampled_from(Direction)),
            art438_part6=draw(st.booleans()) if civil else False,
            regime=draw(st.sampled_from(Regime)),
            exclusion=draw(st.sampled_from([None, *exclusions])),
        )
    except DeadlinesInputError:
        assume(False)  # a combination no case has (the facts refuse it)
        raise


def _moment(day: date, seconds: int) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC) + timedelta(seconds=seconds)


def _everything(facts: CaseFacts, today: date) -> object:
    """The whole answer as plain data (every field, the rendered text), or the error."""
    try:
        answer = assess(facts, today=today)
    except DeadlinesInputError as error:
        return ("error", error.code, error.field, error.message)
    data = {f.name: getattr(answer, f.name) for f in dataclasses.fields(answer)}
    text = answer.explanation
    data["explanation"] = (text.kk, text.ru, text.en)
    return data


MOMENTS = st.one_of(st.none(), st.integers(min_value=-86400 * 400, max_value=86400 * 400))


@settings(max_examples=400, deadline=None, database=None)
@given(case_facts(), DAYS, DAYS, DAYS, MOMENTS, MOMENTS)
def test_an_answer_through_a_plan_made_for_other_dates_equals_the_cold_answer(
    facts: CaseFacts,
    other_in_force: date,
    today: date,
    other_today: date,
    filed: int | None,
    other_filed: int | None,
) -> None:
    try:
        target = replace(
            facts, filed_at=None if filed is None else _moment(facts.in_force_on, filed)
        )
        other = replace(
            target,
            in_force_on=other_in_force,
            filed_at=None if other_filed is None else _moment(other_in_force, other_filed),
        )
    except DeadlinesInputError:
        return  # e.g. a cassation court's act before 2025-07-01
    clear_caches()
    cold = _everything(target, today)
    clear_caches()
    _everything(other, other_today)  # makes the plans (and terms) for other dates
    _everything(other, today)
    assert _everything(target, today) == cold


def test_a_plan_is_not_kept_for_a_date_without_a_rule() -> None:
    facts = CaseFacts(
        Procedure.CIVIL,
        ActKind.APPELLATE,
        date(2024, 10, 31),
        Appeal.DECIDED_ON_APPEAL,
        regime=Regime.CASSATION_COURTS,
    )
    clear_caches()
    for _ in range(2):
        with pytest.raises(DeadlinesInputError) as error:
            assess(facts, today=date(2025, 6, 30))
        assert error.value.code == "no_rule_in_force"
    assert assess(facts, today=date(2025, 7, 1)).admissible


@pytest.mark.parametrize(
    ("exclusion", "day", "admissible"),
    [
        (Exclusion.SMALL_PROPERTY_CLAIM, date(2027, 6, 30), False),
        (Exclusion.SMALL_PROPERTY_CLAIM, date(2027, 7, 1), True),
        (Exclusion.SETTLEMENT, date(2027, 7, 1), False),
    ],
)
def test_the_plan_changes_on_the_day_a_bar_is_lifted(
    exclusion: Exclusion, day: date, admissible: bool
) -> None:
    facts = CaseFacts(
        Procedure.CIVIL,
        ActKind.APPELLATE,
        date(2027, 1, 10),
        Appeal.DECIDED_ON_APPEAL,
        exclusion=exclusion,
    )
    for neighbour in (day - timedelta(days=1), day + timedelta(days=1)):
        assess(facts, today=neighbour)  # plans of the days around, warm
    assert assess(facts, today=day).admissible is admissible


def _assessment_values() -> dict[str, object]:
    return {
        "regime": Regime.CASSATION_COURTS,
        "admissible": True,
        "reason": Reason.APPEAL_OBSERVED,
        "deadline": date(2026, 4, 30),
        "unlimited": False,
        "on_time": None,
        "restorable": True,
        "restoration": Restoration.CASSATION_TERM,
        "days_left": 3,
        "citations": ("CPC 434.1",),
        "explanation": Explanation("a", "b", "c"),
        "today": date(2026, 4, 27),
    }


def test_the_fast_assessment_constructor_builds_the_same_frozen_assessment() -> None:
    fast = new_assessment(**_assessment_values())
    slow = Assessment(**_assessment_values())  # type: ignore[arg-type]
    assert type(fast) is Assessment
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert (fast.raw_end, fast.notes, fast.rule, fast.route) == (None, (), "", None)  # defaults
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.admissible = False  # type: ignore[misc]
    assert replace(fast, days_left=2) == replace(slow, days_left=2)
    assert repr(fast) == repr(slow)
    with pytest.raises(TypeError):
        new_assessment(**_assessment_values(), colour="red")  # type: ignore[call-arg]


def test_the_fast_term_constructor_builds_the_same_frozen_term() -> None:
    term = compute_term(date(2025, 10, 31), 6)
    assert type(term) is Term
    assert term == Term(**{f.name: getattr(term, f.name) for f in dataclasses.fields(Term)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        term.deadline = date(2026, 5, 1)  # type: ignore[misc]


def test_the_explanation_is_put_together_only_when_read() -> None:
    calls: list[int] = []

    def items() -> list[tuple[str, tuple[tuple[str, object], ...]]]:
        calls.append(1)
        return [("filed.on_time", ())]

    text = DeferredExplanation(items, ("cassation_courts", "civil", ("CPC 436.1",)))  # type: ignore[arg-type]
    assert calls == []
    assert text.en == "The document was filed on time."
    assert (text.ru, text.kk) == ("Документ подан в срок.", "Құжат мерзімінде берілген.")
    assert calls == [1]

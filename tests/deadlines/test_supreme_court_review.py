"""A cassation court's act: the Supreme Court's review on exceptional grounds (CPC ch. 54-1,
CrPC ch. 52-1, from 1 July 2025; legal-reform-2025.md §4)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deadlines import (
    ActKind,
    Appeal,
    CaseFacts,
    DeadlinesInputError,
    Direction,
    ExceptionalGround,
    Exclusion,
    Procedure,
    Reason,
    Regime,
    Restoration,
    Route,
    assess,
    assessment_to_dict,
    exceptional_grounds,
    facts_from_dict,
)
from deadlines.model import CIVIL_EXCLUSIONS, CRIMINAL_EXCLUSIONS, MAX_IN_FORCE
from deadlines.terms import add_months, compute_term
from deadlines.workdays import is_working_day

TODAY = date(2026, 1, 15)
CIVIL = CaseFacts(Procedure.CIVIL, ActKind.CASSATION_COURT_ACT, date(2025, 10, 31))
CRIMINAL = CaseFacts(
    Procedure.CRIMINAL,
    ActKind.CASSATION_COURT_ACT,
    date(2025, 10, 31),
    direction=Direction.WORSENS,
)
# The one sentence that names the cassation complaint, to say this is not one.
NOT_A_COMPLAINT = {
    "kk": "Бұл кассациялық шағым емес",
    "ru": "Это не кассационная жалоба",
    "en": "This is not a cassation complaint",
}
COMPLAINT = {
    "kk": re.compile("кассациялық шағым"),
    "ru": re.compile("кассационн(ая|ой|ую) жалоб"),
    "en": re.compile("cassation complaint"),
}
PETITION = {"kk": "өтінішхат", "ru": "ходатайство", "en": "petition"}


def _texts(facts: CaseFacts, **kw: object) -> dict[str, str]:
    explanation = assess(facts, today=TODAY, **kw).explanation  # type: ignore[arg-type]
    return {"kk": explanation.kk, "ru": explanation.ru, "en": explanation.en}


def test_civil_is_admissible_without_a_term_on_a_petition_to_a_judge_or_the_prosecutor() -> None:
    answer = assess(CIVIL, today=TODAY)
    assert (answer.regime, answer.admissible, answer.reason) == (
        Regime.CASSATION_COURTS,
        True,
        Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW,
    )
    assert (answer.unlimited, answer.deadline, answer.days_left) == (True, None, None)
    assert (answer.restorable, answer.restoration) == (False, Restoration.NONE)
    assert answer.route is Route.SUPREME_COURT_JUDGE_OR_PROSECUTOR
    assert answer.citations == ("CPC 454-1.1", "CPC 454-1.2", "CPC 454-2", "CPC 454-4.2")
    assert (answer.notes, answer.uncertain, answer.rule) == (
        (),
        False,
        "cc.civil.supreme_court_review",
    )
    output = assessment_to_dict(answer)
    assert output["route"] == "supreme_court_judge_or_prosecutor_general"


@pytest.mark.parametrize("appeal", [None, *Appeal])
@pytest.mark.parametrize("art438", [False, True])
def test_civil_answer_does_not_turn_on_the_appeal_or_art_438(
    appeal: Appeal | None, art438: bool
) -> None:
    answer = assess(replace(CIVIL, appeal=appeal, art438_part6=art438), today=TODAY)
    assert answer == assess(CIVIL, today=TODAY)


@pytest.mark.parametrize(
    ("procedure", "exclusion", "day"),
    [
        *[("civil", e, day) for e in CIVIL_EXCLUSIONS for day in (TODAY, date(2027, 8, 2))],
        *[("criminal", e, day) for e in CRIMINAL_EXCLUSIONS for day in (TODAY, date(2027, 8, 2))],
    ],
)
def test_cassation_exclusions_do_not_bar_the_supreme_courts_review(
    procedure: str, exclusion: Exclusion, day: date
) -> None:
    facts = CIVIL if procedure == "civil" else CRIMINAL
    answer = assess(replace(facts, exclusion=exclusion), today=day)
    assert answer.admissible
    assert answer.reason is Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW
    assert answer.explanation == assess(facts, today=day).explanation
    # Not the cassation sentences: neither the bar nor its lifting is spoken of.
    assert "reported lifted" not in answer.explanation.en


@pytest.mark.parametrize(("facts", "procedure"), [(CIVIL, "civil"), (CRIMINAL, "criminal")])
def test_the_explanation_names_the_grounds_the_route_and_the_petition(
    facts: CaseFacts, procedure: str
) -> None:
    texts = _texts(facts)
    grounds = exceptional_grounds(procedure)
    assert len(grounds) == 3
    for lang, text in texts.items():
        for ground in grounds:
            assert getattr(ground, lang) in text, (lang, ground.code)
        assert PETITION[lang] in text
        # It is never called a cassation complaint: the only mention says it is not one.
        assert text.count(NOT_A_COMPLAINT[lang]) == 1
        assert not COMPLAINT[lang].search(text.replace(NOT_A_COMPLAINT[lang], "")), lang
    assert "judge of the Supreme Court" in texts["en"]
    assert "Prosecutor General" in texts["en"]
    assert "Жоғарғы Сот судьясына" in texts["kk"]
    assert "Бас Прокурорға" in texts["kk"]
    assert "судье Верховного Суда" in texts["ru"]
    articles = ("438 to 442", "454-2") if procedure == "civil" else ("486 to 489", "498-2")
    for article in articles:
        assert article in texts["en"]


def test_criminal_improving_review_is_not_limited_in_time() -> None:
    answer = assess(replace(CRIMINAL, direction=Direction.IMPROVES), today=TODAY)
    assert (answer.admissible, answer.unlimited, answer.deadline) == (True, True, None)
    assert answer.citations == ("CrPC 498-1.1", "CrPC 498-1.3")
    assert answer.route is Route.SUPREME_COURT_JUDGE_OR_PROSECUTOR
    assert answer.rule == "cc.criminal.supreme_court_review.improves"
    assert "сроками не ограничен" in answer.explanation.ru


def test_criminal_worsening_review_six_months_after_the_cassation_review_never_restored() -> None:
    answer = assess(CRIMINAL, today=TODAY)
    assert (answer.admissible, answer.unlimited) == (True, False)
    assert (answer.raw_end, answer.deadline, answer.days_left) == (
        date(2026, 4, 30),
        date(2026, 4, 30),
        105,
    )
    assert answer.cutoff == datetime(2026, 4, 30, 19, tzinfo=UTC)
    assert (answer.restorable, answer.restoration) == (False, Restoration.NONE)
    assert answer.citations == ("CrPC 498-1.1", "CrPC 498-1.3")
    assert answer.route is Route.SUPREME_COURT_JUDGE_OR_PROSECUTOR
    assert "six months after the cassation review" in answer.explanation.en
    assert "this term cannot be restored" in answer.explanation.en
    assert "Восстановление этого срока не допускается".lower() in answer.explanation.ru.lower()
    assert "қалпына келтіруге жол берілмейді" in answer.explanation.kk
    # Not the cassation year of CrPC 487.
    assert "487" not in answer.explanation.en


def test_criminal_worsening_term_moves_past_days_off_and_cites_the_holiday() -> None:
    # 21 March 2026 is a Saturday and Nauryz (21-23 March): the term ends on 26 March.
    answer = assess(replace(CRIMINAL, in_force_on=date(2025, 9, 21)), today=TODAY)
    assert (answer.raw_end, answer.deadline) == (date(2026, 3, 21), date(2026, 3, 26))
    assert answer.citations == ("CrPC 498-1.1", "CrPC 498-1.3", "Law 267-II")
    assert "Nauryz" in answer.explanation.en


@pytest.mark.parametrize(
    ("filed", "on_time"),
    [
        (datetime(2026, 4, 30, 18, 59, 59, tzinfo=UTC), True),
        (datetime(2026, 4, 30, 19, tzinfo=UTC), False),
    ],
)
def test_criminal_worsening_filing_on_time_until_2400_astana(
    filed: datetime, on_time: bool
) -> None:
    answer = assess(replace(CRIMINAL, filed_at=filed), today=TODAY)
    assert (answer.admissible, answer.on_time, answer.restorable) == (True, on_time, False)
    assert answer.regime is Regime.CASSATION_COURTS


def test_a_filing_before_the_cassation_act_was_pronounced_is_premature() -> None:
    filed = datetime(2025, 10, 30, 12, tzinfo=UTC)
    answer = assess(replace(CIVIL, filed_at=filed), today=TODAY)
    assert (answer.admissible, answer.reason, answer.route) == (
        False,
        Reason.NOT_IN_FORCE_WHEN_FILED,
        None,
    )
    assert "before the cassation court's act was pronounced" in answer.explanation.en


def test_pinned_cassation_courts_regime_gives_the_same_decision_without_the_day_sentence() -> None:
    auto = assess(CIVIL, today=TODAY)
    pinned = assess(replace(CIVIL, regime=Regime.CASSATION_COURTS), today=TODAY)
    assert (pinned.regime, pinned.admissible, pinned.route) == (
        auto.regime,
        auto.admissible,
        auto.route,
    )
    assert "law in force today" in auto.explanation.en
    assert "law in force today" not in pinned.explanation.en


@pytest.mark.parametrize("facts", [CIVIL, CRIMINAL])
def test_an_act_in_force_before_the_cassation_courts_existed_is_refused(facts: CaseFacts) -> None:
    with pytest.raises(DeadlinesInputError) as error:
        replace(facts, in_force_on=date(2025, 6, 30))
    assert (error.value.code, error.value.field) == ("out_of_range", "in_force_on")
    assert "2025-07-01" in error.value.message
    assert replace(facts, in_force_on=date(2025, 7, 1)).in_force_on == date(2025, 7, 1)


@pytest.mark.parametrize("facts", [CIVIL, CRIMINAL])
def test_the_supreme_court_regime_pinned_is_refused(facts: CaseFacts) -> None:
    with pytest.raises(DeadlinesInputError) as error:
        replace(facts, regime=Regime.SUPREME_COURT)
    assert (error.value.code, error.value.field) == ("inconsistent", "regime")
    assert "cassation courts" in error.value.message


def test_a_filing_day_before_the_reform_has_no_rule() -> None:
    facts = replace(CIVIL, in_force_on=date(2025, 7, 1), filed_at=datetime(2025, 6, 30, tzinfo=UTC))
    with pytest.raises(DeadlinesInputError) as error:
        assess(facts, today=TODAY)
    assert (error.value.code, error.value.field) == ("no_rule_in_force", "filed_at")


@pytest.mark.parametrize(
    ("data", "code", "field"),
    [
        ({"procedure": "criminal"}, "missing", "direction"),
        ({"direction": "improves"}, "inconsistent", "direction"),
        ({"procedure": "criminal", "direction": "worsens", "appeal": "decided_on_appeal"},
         "inconsistent", "appeal"),
        ({"procedure": "criminal", "direction": "worsens", "art438_part6": True},
         "inconsistent", "art438_part6"),
        ({"in_force_on": "2025-06-30"}, "out_of_range", "in_force_on"),
        ({"regime": "supreme_court"}, "inconsistent", "regime"),
        ({"act_kind": "cassation_court"}, "invalid_choice", "act_kind"),
    ],
)  # fmt: skip
def test_invalid_inputs_are_refused(data: dict[str, object], code: str, field: str) -> None:
    base = {"procedure": "civil", "act_kind": "cassation_court_act", "in_force_on": "2025-10-31"}
    with pytest.raises(DeadlinesInputError) as error:
        facts_from_dict({**base, **data})
    assert (error.value.code, error.value.field) == (code, field)


def test_the_cli_accepts_the_act_kind(cli) -> None:  # type: ignore[no-untyped-def]
    status, out = cli(
        {
            "procedure": "criminal",
            "act_kind": "cassation_court_act",
            "in_force_on": "2025-10-31",
            "direction": "worsens",
            "today": "2026-01-15",
        }
    )
    assert status == 0
    assert (out["regime"], out["route"], out["deadline"], out["restorable"]) == (
        "cassation_courts",
        "supreme_court_judge_or_prosecutor_general",
        "2026-04-30",
        False,
    )
    status, out = cli(
        {"procedure": "civil", "act_kind": "cassation_court_act", "in_force_on": "2025-06-30"}
    )
    assert (status, out["code"], out["field"]) == (2, "out_of_range", "in_force_on")


def test_the_grounds_catalogue() -> None:
    civil = exceptional_grounds(Procedure.CIVIL)
    criminal = exceptional_grounds("criminal")
    assert [g.code for g in civil] == ["grave_consequences", "public_interests", "uniformity"]
    assert [g.code for g in criminal] == ["state_interests", "life_imprisonment", "uniformity"]
    assert {g.citation for g in civil} == {"CPC art. 454-1 part 1"}
    assert {g.citation for g in criminal} == {"CrPC art. 498-1 part 1"}
    for ground in (*civil, *criminal):
        assert isinstance(ground, ExceptionalGround)
        for text in (ground.kk, ground.ru, ground.en):
            assert text.endswith(".")
            assert text[0].isupper()
    assert "пожизненное лишение свободы" in criminal[1].ru
    with pytest.raises(dataclasses.FrozenInstanceError):
        civil[0].code = "x"  # type: ignore[misc]


@pytest.mark.parametrize("procedure", ["administrative", "", None, 1])
def test_the_grounds_catalogue_refuses_an_unknown_procedure(procedure: object) -> None:
    with pytest.raises(DeadlinesInputError) as error:
        exceptional_grounds(procedure)  # type: ignore[arg-type]
    assert (error.value.code, error.value.field) == ("invalid_choice", "procedure")


@settings(max_examples=200, deadline=None, database=None)
@given(
    st.dates(min_value=date(2025, 7, 1), max_value=MAX_IN_FORCE),
    st.dates(min_value=date(2025, 7, 1), max_value=MAX_IN_FORCE),
    st.sampled_from(Direction),
)
def test_review_terms_are_six_months_to_a_working_day_monotone(
    a: date, b: date, direction: Direction
) -> None:
    early, late = sorted((a, b))
    first = assess(replace(CRIMINAL, in_force_on=early, direction=direction), today=TODAY)
    second = assess(replace(CRIMINAL, in_force_on=late, direction=direction), today=TODAY)
    for answer, day in ((first, early), (second, late)):
        assert answer.route is Route.SUPREME_COURT_JUDGE_OR_PROSECUTOR
        assert answer.regime is Regime.CASSATION_COURTS
        if direction is Direction.IMPROVES:
            assert (answer.unlimited, answer.deadline) == (True, None)
            continue
        assert answer.raw_end == add_months(day, 6)[0]
        assert answer.deadline == compute_term(day, 6).deadline
        assert answer.deadline is not None
        assert is_working_day(answer.deadline) or answer.provisional
    if direction is Direction.WORSENS:
        assert first.deadline is not None
        assert second.deadline is not None
        assert first.deadline <= second.deadline

"""``deadlines.assess``: which rule answers, what it says, and in which languages."""

from __future__ import annotations

import doctest
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import time_machine

from deadlines import (
    ActKind,
    Appeal,
    CaseFacts,
    DeadlinesInputError,
    Direction,
    Note,
    Procedure,
    Reason,
    Regime,
    Restoration,
    Route,
    assess,
)
from deadlines.engine import clear_caches

TODAY = date(2026, 1, 15)
SC = Regime.SUPREME_COURT  # pinned: these tests check that regime's answers on any day
CIVIL = CaseFacts(
    Procedure.CIVIL, ActKind.APPELLATE, date(2025, 10, 31), Appeal.DECIDED_ON_APPEAL, regime=SC
)
CRIMINAL = CaseFacts(
    Procedure.CRIMINAL,
    ActKind.CONVICTION,
    date(2025, 12, 1),
    direction=Direction.WORSENS,
    regime=SC,
)
CC = Regime.CASSATION_COURTS


def test_appellate_act_six_months_with_explanation_in_three_languages() -> None:
    answer = assess(CIVIL, today=TODAY)
    assert (answer.admissible, answer.reason, answer.deadline) == (
        True,
        Reason.APPEAL_OBSERVED,
        date(2026, 4, 30),
    )
    assert (answer.raw_end, answer.cutoff) == (
        date(2026, 4, 30),
        datetime(2026, 4, 30, 19, tzinfo=UTC),
    )
    assert (answer.days_left, answer.restoration, answer.rule) == (
        105,
        Restoration.CASSATION_TERM,
        "sc.civil.appeal_observed",
    )
    assert answer.uncertain is False
    assert answer.notes == (Note.REGIME_SUPERSEDED,)
    text = answer.explanation
    assert "30 April 2026" in text.en
    assert "30 апреля 2026 года" in text.ru
    assert "2026 жылғы 30 сәуір" in text.kk
    assert "осталось 105 дней" in text.ru
    assert "105 days remain" in text.en
    assert "105 күн қалды" in text.kk
    assert "ходатайства" in text.ru
    assert "өтінішхат" in text.kk


def test_first_instance_act_decided_on_appeal_is_reviewable() -> None:
    answer = assess(replace(CIVIL, act_kind=ActKind.FIRST_INSTANCE), today=TODAY)
    assert (answer.admissible, answer.deadline) == (True, date(2026, 4, 30))


def test_not_appealed_act_is_not_reviewable_but_the_appeal_term_may_be_restored() -> None:
    facts = replace(CIVIL, act_kind=ActKind.FIRST_INSTANCE, appeal=Appeal.NOT_APPEALED)
    filed = datetime(2026, 1, 10, 12, tzinfo=UTC)
    for variant in (facts, replace(facts, art438_part6=True), replace(facts, filed_at=filed)):
        answer = assess(variant, today=TODAY)
        assert (answer.admissible, answer.reason, answer.deadline, answer.on_time) == (
            False,
            Reason.APPEAL_NOT_USED,
            None,
            None,
        )
        assert (answer.restorable, answer.restoration) == (True, Restoration.APPEAL_TERM_FIRST)
        assert "private complaint" in answer.explanation.en


def test_missed_appeal_path_counts_from_the_ruling_on_the_private_complaint() -> None:
    facts = replace(CIVIL, appeal=Appeal.MISSED_RESTORATION_REFUSED_REVIEWED)
    answer = assess(facts, today=TODAY)
    assert (answer.reason, answer.deadline, answer.uncertain) == (
        Reason.APPEAL_RESTORATION_REFUSED_REVIEWED,
        date(2026, 4, 30),
        True,
    )
    assert Note.TERM_START_AFTER_RESTORATION in answer.notes
    assert answer.citations == ("CPC 434.1", "CPC 436.1", "CPC 436.2")


def test_supreme_court_collegium_act_gets_six_months_flagged_as_our_reading() -> None:
    facts = CaseFacts(
        Procedure.CIVIL, ActKind.SUPREME_COURT_COLLEGIUM, date(2025, 10, 31), regime=SC
    )
    answer = assess(facts, today=TODAY)
    assert (answer.reason, answer.deadline, answer.uncertain) == (
        Reason.SUPREME_COURT_COLLEGIUM_ACT,
        date(2026, 4, 30),
        True,
    )
    assert Note.SC_COLLEGIUM_TERM in answer.notes
    cc = assess(replace(facts, regime=CC), today=TODAY)
    assert Note.CC_SUPREME_COURT_COLLEGIUM in cc.notes
    assert Note.SC_COLLEGIUM_TERM not in cc.notes


def test_exceptional_grounds_are_brought_by_a_protest_or_a_submission_with_no_term() -> None:
    facts = replace(CIVIL, art438_part6=True)
    answer = assess(facts, today=TODAY)
    assert (answer.unlimited, answer.deadline, answer.restorable, answer.uncertain) == (
        True,
        None,
        False,
        False,
    )
    assert "Председателя Верховного Суда" in answer.explanation.ru
    assert (answer.admissible, answer.route) == (True, Route.SUBMISSION_OR_PROTEST)
    cc = assess(replace(facts, regime=CC), today=TODAY)
    assert (cc.unlimited, cc.deadline, cc.restorable) == (True, None, False)
    assert (cc.admissible, cc.route) == (True, Route.PROSECUTOR_PROTEST)
    assert Note.CC_EXCEPTIONAL_GROUNDS not in cc.notes
    assert cc.citations == ("CPC 434.3", "CPC 435.2", "CPC 436.3", "CPC 438.6", "Law 136-VIII")
    # The text says the same as the fields: only a prosecutor's protest, asked for by a petition.
    en, ru, kk = cc.explanation.en, cc.explanation.ru, cc.explanation.kk
    assert "brought only by a protest of the Prosecutor General" in en
    assert "not by a cassation complaint" in en
    assert "a petition asking one of them to bring a protest" in en
    assert "six-month term of part 1 does not apply" in en
    assert "только по протесту Генерального Прокурора" in ru
    assert "ходатайство о принесении протеста" in ru
    assert "тек Бас Прокурордың" in kk
    assert "within six months" not in en
    # An ordinary answer is brought by the person's own filing; a barred one has no route.
    assert assess(CIVIL, today=TODAY).route is Route.OWN_FILING


def test_criminal_worsening_year_cannot_be_restored() -> None:
    answer = assess(CRIMINAL, today=TODAY)
    assert (answer.deadline, answer.restorable, answer.restoration) == (
        date(2026, 12, 1),
        False,
        Restoration.NONE,
    )
    assert "восстановлению не подлежит" in answer.explanation.ru
    assert "ухудшающим положение осуждённого" in answer.explanation.ru


@pytest.mark.parametrize("kind", [ActKind.ACQUITTAL, ActKind.TERMINATION])
def test_review_of_acquittal_in_the_persons_favour_is_unclear_so_one_year(kind: ActKind) -> None:
    facts = replace(CRIMINAL, act_kind=kind, direction=Direction.IMPROVES)
    answer = assess(facts, today=TODAY)
    assert (answer.reason, answer.deadline, answer.unlimited, answer.uncertain) == (
        Reason.REVIEW_IN_FAVOUR_OF_ACQUITTED,
        date(2026, 12, 1),
        False,
        True,
    )
    assert "does not say expressly" in answer.explanation.en


def test_cassation_courts_regime_says_what_was_not_verified() -> None:
    answer = assess(replace(CIVIL, regime=CC), today=TODAY)
    assert answer.regime is CC
    assert answer.notes == (Note.CC_CIVIL_TEXT_UNVERIFIED,)
    assert answer.uncertain is True
    assert "кассационной жалобы" in answer.explanation.ru
    assert "2 000 МРП" in answer.explanation.ru
    assert "до 30 июня 2027 года" in answer.explanation.ru
    older = assess(replace(CIVIL, regime=CC, in_force_on=date(2025, 3, 1)), today=TODAY)
    assert Note.CC_TRANSITIONAL in older.notes
    criminal = assess(replace(CRIMINAL, regime=CC), today=TODAY)
    assert Note.CC_CRIMINAL_TEXT_UNVERIFIED in criminal.notes
    assert "небольшой тяжести" in criminal.explanation.ru


def test_cassation_courts_rules_change_version_on_1_july_2027() -> None:
    before = assess(replace(CIVIL, regime=CC, today=date(2027, 6, 30)))
    after = assess(replace(CIVIL, regime=CC, today=date(2027, 7, 1)))
    assert before.rule == "cc.civil.appeal_observed"
    assert after.rule == "cc.civil.appeal_observed.from_2027"
    assert "2 000 МРП" not in after.explanation.ru
    criminal = assess(replace(CRIMINAL, regime=CC), today=date(2027, 7, 1))
    assert "снято с 1 июля 2027 года" in criminal.explanation.ru


def test_no_rule_in_force_before_the_code() -> None:
    with pytest.raises(DeadlinesInputError) as err:
        assess(replace(CIVIL, in_force_on=date(2015, 1, 10)), today=date(2015, 6, 1))
    assert (err.value.code, err.value.field) == ("no_rule_in_force", "today")
    filed = datetime(2025, 6, 30, tzinfo=UTC)
    with pytest.raises(DeadlinesInputError) as err:
        assess(replace(CIVIL, regime=CC, filed_at=filed))
    assert (err.value.code, err.value.field) == ("no_rule_in_force", "filed_at")
    assert "2025-07-01" in err.value.message


def test_supreme_court_regime_warns_about_the_reform_only_from_1_july_2025() -> None:
    assert Note.REGIME_SUPERSEDED not in assess(CIVIL, today=date(2025, 6, 30)).notes
    assert Note.REGIME_SUPERSEDED in assess(CIVIL, today=date(2025, 7, 1)).notes


def test_filing_before_the_act_entered_into_force_is_not_admissible() -> None:
    filed = datetime(2025, 10, 30, 12, tzinfo=UTC)
    answer = assess(replace(CIVIL, filed_at=filed), today=TODAY)
    assert (answer.admissible, answer.reason, answer.on_time) == (
        False,
        Reason.NOT_IN_FORCE_WHEN_FILED,
        None,
    )
    assert answer.deadline == date(2026, 4, 30)  # the term itself is still useful to know
    unlimited = assess(replace(CRIMINAL, direction=Direction.IMPROVES, filed_at=filed))
    assert (unlimited.admissible, unlimited.on_time) == (False, None)


def test_late_filing_and_expired_term() -> None:
    filed = datetime(2026, 5, 4, 9, tzinfo=UTC)
    answer = assess(replace(CIVIL, filed_at=filed), today=date(2026, 5, 4))
    assert (answer.on_time, answer.days_left) == (False, -4)
    assert "expired 4 days ago" in answer.explanation.en
    assert "истёк 4 дня назад" in answer.explanation.ru
    assert "4 күн бұрын" in answer.explanation.kk
    one = assess(CIVIL, today=date(2026, 5, 1))
    assert "expired 1 day ago" in one.explanation.en
    assert "истёк 1 день назад" in one.explanation.ru


def test_last_day_and_one_day_left() -> None:
    assert (
        "Today, 30 April 2026, is the last day"
        in assess(CIVIL, today=date(2026, 4, 30)).explanation.en
    )
    answer = assess(CIVIL, today=date(2026, 4, 29))
    assert "1 day remains" in answer.explanation.en
    assert "остался 1 день" in answer.explanation.ru


def test_provisional_deadline_is_flagged_with_a_safe_date() -> None:
    facts = replace(CIVIL, in_force_on=date(2026, 11, 8))
    answer = assess(facts, today=TODAY)
    assert (answer.deadline, answer.provisional, answer.uncertain) == (
        date(2027, 5, 8),
        True,
        True,
    )
    assert Note.CALENDAR_PROVISIONAL in answer.notes
    en = answer.explanation.en
    assert "The last day of the term is 8 May 2027" in en
    assert "this answer gives 8 May 2027 as the safe last day" in en
    assert "a filing by 24:00 Astana time on 11 May 2027 is also in time" in en
    assert "9 May 2027 is Victory Day" in en  # the later day relies on it: cited
    assert "Law 267-II" in answer.citations
    # A filing on Monday 10 May is after the safe day: not on time, but said to be in time if
    # the Saturday stays a day off.
    filed = replace(facts, filed_at=datetime(2027, 5, 10, 12, tzinfo=UTC))
    late = assess(filed, today=TODAY)
    assert late.on_time is False
    assert "it is in time if 8 May 2027 is confirmed a day off" in late.explanation.en
    after = assess(replace(facts, filed_at=datetime(2027, 5, 11, 19, tzinfo=UTC)), today=TODAY)
    assert "The document was filed after the term had expired" in after.explanation.en


def test_today_comes_from_the_argument_then_the_facts_then_the_clock() -> None:
    assert assess(replace(CIVIL, today=date(2026, 4, 1)), today=TODAY).today == TODAY
    assert assess(replace(CIVIL, today=date(2026, 4, 1))).today == date(2026, 4, 1)
    # 2026-04-29T20:00Z is already 30 April on the court's clock (UTC+5).
    with time_machine.travel(datetime(2026, 4, 29, 20, tzinfo=UTC), tick=False):
        answer = assess(CIVIL)
    assert (answer.today, answer.days_left) == (date(2026, 4, 30), 0)


def test_unlimited_review_is_never_late() -> None:
    facts = replace(
        CRIMINAL, direction=Direction.IMPROVES, filed_at=datetime(2040, 1, 1, tzinfo=UTC)
    )
    answer = assess(facts, today=TODAY)
    assert (answer.unlimited, answer.on_time, answer.days_left, answer.reason) == (
        True,
        True,
        None,
        Reason.REVIEW_IMPROVES,
    )
    assert "сроком не ограничен" in answer.explanation.ru
    assert "мерзімі өткізіліп берілген болып саналмайды" in answer.explanation.kk


def test_clearing_the_caches_changes_no_answer() -> None:
    facts = replace(CIVIL, art438_part6=False, filed_at=datetime(2026, 4, 30, 18, tzinfo=UTC))
    before = assess(facts, today=TODAY)
    clear_caches()
    assert assess(facts, today=TODAY) == before


def test_the_package_docstring_example_holds() -> None:
    import deadlines

    result = doctest.testmod(deadlines)
    assert result.attempted == 4
    assert result.failed == 0


def test_the_explanation_is_rendered_when_first_read_and_kept() -> None:
    from deadlines.explain import DeferredExplanation, Explanation

    answer = assess(CIVIL, today=TODAY)
    text = answer.explanation
    assert isinstance(text, DeferredExplanation)
    assert text._text is None  # the decision alone rendered nothing
    assert "30 April 2026" in text.en
    kept = text.rendered()
    assert text.rendered() is kept
    assert isinstance(kept, Explanation)
    # Equal whichever form the other side has, and hashable like the rendered one.
    same = assess(CIVIL, today=TODAY).explanation
    assert text == same
    assert text == kept
    assert hash(text) == hash(kept)
    assert text != assess(CRIMINAL, today=TODAY).explanation
    assert repr(text) == repr(kept)
    assert assess(CIVIL, today=TODAY) == assess(CIVIL, today=TODAY)

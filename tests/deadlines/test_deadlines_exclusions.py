"""CPC art. 434 part 2: acts the person says were made in an excluded kind of case are not
reviewable, with the sub-item in the explanation; "none" keeps the term and changes the caveat."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from deadlines import DeadlinesInputError, Exclusion, Reason, assess, facts_from_dict
from tests.deadlines.conftest import run_cli

CIVIL: dict[str, Any] = {
    "procedure": "civil",
    "act_kind": "appellate",
    "in_force_on": "2026-10-01",
    "appeal": "decided_on_appeal",
}
TODAY = date(2026, 12, 3)
ALMATY = timezone(timedelta(hours=5))

SUB_ITEMS = {
    "simplified_procedure": ("1)", "sub-item 1", Reason.EXCLUDED_SIMPLIFIED_PROCEDURE),
    "settlement": ("2)", "sub-item 2", Reason.EXCLUDED_SETTLEMENT),
    "small_property_claim": ("3)", "sub-item 3", Reason.EXCLUDED_SMALL_PROPERTY_CLAIM),
}


def answer(**changes: Any):
    return assess(facts_from_dict({**CIVIL, **changes}), today=TODAY)


@pytest.mark.parametrize("exclusion", sorted(SUB_ITEMS))
def test_an_excluded_act_is_not_reviewable_and_the_sub_item_is_named(exclusion: str) -> None:
    marker, english, reason = SUB_ITEMS[exclusion]
    result = answer(exclusion=exclusion)
    assert (result.admissible, result.reason) == (False, reason)
    assert (result.deadline, result.days_left, result.unlimited) == (None, None, False)
    assert (result.restorable, result.on_time) == (False, None)
    assert result.citations == ("CPC 434.2",)
    assert f"434-бабы екінші бөлігінің {marker} тармақшасына" in result.explanation.kk
    assert f"подпункту {marker} части второй статьи 434" in result.explanation.ru
    assert f"article 434 part 2 {english}" in result.explanation.en


@pytest.mark.parametrize("exclusion", sorted(SUB_ITEMS))
def test_exclusion_wins_over_any_date_or_ground(exclusion: str) -> None:
    late = answer(exclusion=exclusion, in_force_on="2020-01-10", art438_part6=True)
    filed = assess(
        facts_from_dict({**CIVIL, "exclusion": exclusion, "filed_at": "2026-12-03T10:00:00+05:00"}),
        today=TODAY,
    )
    assert late.admissible is filed.admissible is False
    assert filed.on_time is None  # not "on time": there is nothing to be in time for


def test_answering_none_keeps_the_term_and_says_what_rests_on_the_answer() -> None:
    asked, not_asked = answer(exclusion="none"), answer()
    assert (asked.admissible, asked.deadline) == (not_asked.admissible, not_asked.deadline)
    assert asked.citations == not_asked.citations
    assert "relies on your answer about article 434 part 2" in asked.explanation.en
    assert "does not check the exclusions" not in asked.explanation.en
    assert "does not check the exclusions" in not_asked.explanation.en
    assert "жауабыңызға сүйенеді" in asked.explanation.kk
    assert "опирается на ваш ответ" in asked.explanation.ru


def test_a_supreme_court_collegium_act_can_be_excluded_too() -> None:
    result = answer(act_kind="supreme_court_collegium", appeal=None, exclusion="settlement")
    assert result.admissible is False


def test_the_claim_amount_bar_is_lifted_in_the_cassation_courts_from_july_2027() -> None:
    facts = {**CIVIL, "regime": "cassation_courts", "in_force_on": "2027-05-01"}
    before = assess(
        facts_from_dict({**facts, "exclusion": "small_property_claim"}), today=date(2027, 6, 30)
    )
    after = assess(
        facts_from_dict({**facts, "exclusion": "small_property_claim"}), today=date(2027, 7, 1)
    )
    assert before.admissible is False
    assert before.reason is Reason.EXCLUDED_SMALL_PROPERTY_CLAIM
    assert before.uncertain  # the cassation courts' civil text is not verified
    assert len(before.citations) == 2  # CPC 434.2 and the reform law
    assert after.admissible is True
    assert after.deadline == date(2027, 11, 1)
    # The other sub-items are not lifted, and the page's regime keeps the bar as it was.
    settled = assess(facts_from_dict({**facts, "exclusion": "settlement"}), today=date(2027, 7, 1))
    assert settled.admissible is False
    kept = assess(
        facts_from_dict(
            {**CIVIL, "in_force_on": "2027-05-01", "exclusion": "small_property_claim"}
        ),
        today=date(2027, 7, 1),
    )
    assert kept.admissible is False


def test_the_superseded_regime_note_is_kept_on_an_excluded_answer() -> None:
    result = answer(exclusion="simplified_procedure")
    assert "site settings" in result.explanation.en


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("simplified", "invalid_choice"),
        ("NONE", "invalid_choice"),
        ("", "invalid_choice"),
        (1, "invalid_type"),
        (True, "invalid_type"),
        (["settlement"], "invalid_type"),
    ],
)
def test_a_wrong_exclusion_is_refused(value: object, code: str) -> None:
    with pytest.raises(DeadlinesInputError) as refused:
        facts_from_dict({**CIVIL, "exclusion": value})
    assert (refused.value.code, refused.value.field) == (code, "exclusion")


def test_exclusion_is_a_civil_question_only() -> None:
    criminal = {"procedure": "criminal", "act_kind": "conviction", "in_force_on": "2026-10-01",
                "direction": "worsens"}  # fmt: skip
    with pytest.raises(DeadlinesInputError) as refused:
        facts_from_dict({**criminal, "exclusion": "none"})
    assert (refused.value.code, refused.value.field) == ("inconsistent", "exclusion")
    assert facts_from_dict({**criminal, "exclusion": None}).exclusion is None


def test_the_cli_takes_the_exclusion() -> None:
    status, out = run_cli({**CIVIL, "today": "2026-12-03", "exclusion": "settlement"})
    assert status == 0
    assert (out["admissible"], out["deadline"], out["citations"]) == (False, None, ["CPC 434.2"])
    assert Exclusion("settlement") is Exclusion.SETTLEMENT
    status, out = run_cli({**CIVIL, "exclusion": "maybe"})
    assert (status, out["code"], out["field"]) == (2, "invalid_choice", "exclusion")


def test_the_answer_does_not_depend_on_the_clock_zone() -> None:
    moment = datetime(2026, 12, 3, 23, 30, tzinfo=ALMATY)
    facts = facts_from_dict({**CIVIL, "exclusion": "none", "filed_at": moment.isoformat()})
    assert assess(facts, today=TODAY).on_time is True

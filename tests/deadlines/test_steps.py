"""The explanation as short steps: each cites its provisions, in a fixed order, in kk, ru, en."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from deadlines import (
    ActKind,
    Appeal,
    Assessment,
    CaseFacts,
    Direction,
    Exclusion,
    Procedure,
    Regime,
    assess,
)
from deadlines.explain import SENTENCES
from deadlines.steps import CITES, RELIES, citation_words, cites, kind_of

TODAY = date(2026, 12, 3)
CIVIL = CaseFacts(Procedure.CIVIL, ActKind.APPELLATE, date(2026, 11, 8), Appeal.DECIDED_ON_APPEAL)
CRIMINAL = CaseFacts(
    Procedure.CRIMINAL, ActKind.ACQUITTAL, date(2025, 12, 1), direction=Direction.WORSENS
)
ANSWERS = {
    # A holiday skipped, a day off not yet law, a filing between the safe and the later day.
    "civil_filed": replace(CIVIL, filed_at=datetime(2027, 5, 9, 5, tzinfo=UTC)),
    "civil_exceptional": replace(CIVIL, art438_part6=True),
    "civil_not_appealed": replace(
        CIVIL, act_kind=ActKind.FIRST_INSTANCE, appeal=Appeal.NOT_APPEALED
    ),
    "civil_excluded": replace(CIVIL, exclusion=Exclusion.SETTLEMENT),
    "civil_pinned_sc": replace(CIVIL, regime=Regime.SUPREME_COURT),
    "criminal_worsens": CRIMINAL,
    "criminal_improves": replace(
        CRIMINAL, act_kind=ActKind.CONVICTION, direction=Direction.IMPROVES
    ),
    "criminal_premature": replace(CRIMINAL, filed_at=datetime(2025, 11, 1, tzinfo=UTC)),
    "review_civil": CaseFacts(Procedure.CIVIL, ActKind.CASSATION_COURT_ACT, date(2025, 10, 31)),
    "review_criminal": replace(CRIMINAL, act_kind=ActKind.CASSATION_COURT_ACT),
}


def _answer(name: str) -> Assessment:
    return assess(ANSWERS[name], today=TODAY)


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_every_step_cites_its_provisions_in_each_language(name: str) -> None:
    explanation = _answer(name).explanation
    by_language = [explanation.steps(lang) for lang in ("kk", "ru", "en")]
    assert by_language[0]
    assert len({len(steps) for steps in by_language}) == 1
    for kk, ru, en in zip(*by_language, strict=True):
        assert kk.citations == ru.citations == en.citations
        assert kk.citations, kk.text
        words = [citation_words(code) for code in kk.citations]
        for lang, step in enumerate((kk, ru, en)):
            assert step.text.endswith(".")
            assert step.cited == ", ".join(word[lang] for word in words)


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_the_whole_text_is_the_steps_joined(name: str) -> None:
    explanation = _answer(name).explanation
    for lang in ("kk", "ru", "en"):
        steps = explanation.steps(lang)
        assert getattr(explanation, lang) == " ".join(step.text for step in steps)
        assert steps == getattr(explanation, f"steps_{lang}")


def _index(steps: tuple[object, ...], needle: str) -> int:
    found = [i for i, step in enumerate(steps) if needle in step.text]  # type: ignore[attr-defined]
    assert len(found) == 1, needle
    return found[0]


def test_the_steps_follow_the_order_a_citizen_scans() -> None:
    """Which law; what may be reviewed and why; the term; its first and last day; the hour and
    time zone; the filing; what the answer relies on and did not check."""
    steps = _answer("civil_filed").explanation.steps("en")
    order = [
        "This answer follows the rules",
        "Under article 434 part 1",
        "Under article 436 part 1",
        "The term runs from",
        "The last day of the term is",
        "Moment of filing",
        "This calculation does not check",
        "were read in the version of 1 July 2026",
        "has not yet announced the transfers",
    ]
    positions = [_index(steps, needle) for needle in order]
    assert positions == sorted(positions)
    assert len(steps) == len(order)  # one step each: short steps
    hour = steps[_index(steps, "The last day of the term is")]
    assert "24:00 Astana time (UTC+5)" in hour.text
    assert hour.citations == ("CPC 123.5", "CPC 123.7")
    assert steps[_index(steps, "The term runs from")].citations == (
        "CPC 122.2",
        "CPC 123.2",
        "Law 267-II",
    )
    assert "Victory Day" in steps[_index(steps, "The term runs from")].text
    ru = _answer("civil_filed").explanation.steps("ru")
    assert (
        ru[_index(steps, "Under article 436 part 1")].cited
        == "ч. 1 ст. 436 ГПК, ч. 2 ст. 126 ГПК, ч. 5 ст. 126 ГПК"
    )
    kk = _answer("civil_filed").explanation.steps("kk")
    assert kk[_index(steps, "Under article 434 part 1")].cited == "АПК 434-бабының 1-бөлігі"


def test_a_criminal_term_without_a_computing_article_cites_the_answers_provisions() -> None:
    answer = _answer("criminal_worsens")
    steps = answer.explanation.steps("en")
    days = steps[_index(steps, "The term runs from")]
    assert days.citations == answer.citations
    assert steps[_index(steps, "review of an acquittal")].citations == ("CrPC 487.2",)


def test_the_supreme_courts_review_in_steps() -> None:
    steps = _answer("review_criminal").explanation.steps("en")
    grounds = steps[_index(steps, "The person is serving life imprisonment.")]
    assert grounds.citations == ("CrPC 498-1.1",)
    assert grounds.cited == "CrPC article 498-1 part 1"
    route = steps[_index(steps, "This is not a cassation complaint")]
    assert route.citations == ("CrPC 498-1.2", "CrPC 498-2")
    assert _index(steps, "life imprisonment") < _index(steps, "not a cassation complaint")
    assert _index(steps, "not a cassation complaint") < _index(steps, "six months after")


@pytest.mark.parametrize("key", sorted(SENTENCES))
def test_every_sentence_belongs_to_a_kind_of_step(key: str) -> None:
    assert kind_of(key) in range(RELIES + 1)
    for procedure in ("civil", "criminal"):
        assert all(code in CITES_CODES for code in cites(key, procedure))


CITES_CODES = {
    code
    for value in CITES.values()
    for codes in (value.values() if isinstance(value, dict) else [value])
    for code in codes
}


def test_every_cited_sentence_exists() -> None:
    assert set(CITES) <= set(SENTENCES)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("CPC 436.1", ("АПК 436-бабының 1-бөлігі", "ч. 1 ст. 436 ГПК", "CPC article 436 part 1")),
        ("CrPC 498-1.3", ("ҚПК 498-1-бабының 3-бөлігі", "ч. 3 ст. 498-1 УПК",
                          "CrPC article 498-1 part 3")),
        ("CPC 454-2", ("АПК 454-2-бабы", "ст. 454-2 ГПК", "CPC article 454-2")),
        ("Law 136-VIII", ("№ 136-VIII Заң", "Закон № 136-VIII", "Law No. 136-VIII")),
        ("something else", ("something else",) * 3),
    ],
)  # fmt: skip
def test_citations_are_written_as_each_language_writes_them(
    code: str, words: tuple[str, str, str]
) -> None:
    assert citation_words(code) == words

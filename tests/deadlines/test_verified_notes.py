"""The notes say exactly what was read of the law after the reform, and what was not.

Sources: legal-reform-2025.md §2.1 and §2.3 (CPC 434, 436 read in the version of 01.07.2026), §3.3
(CrPC 487 read in the version of 12.06.2026), §1 (the transitional provisions of Law 136-VIII not
found; CPC art. 3(1): the law of the procedural act's moment).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from deadlines import ActKind, Appeal, CaseFacts, Direction, Exclusion, Note, Procedure, assess

TODAY = date(2026, 12, 3)
CIVIL = CaseFacts(Procedure.CIVIL, ActKind.APPELLATE, date(2026, 10, 1), Appeal.DECIDED_ON_APPEAL)
CRIMINAL = CaseFacts(
    Procedure.CRIMINAL, ActKind.CONVICTION, date(2026, 10, 1), direction=Direction.WORSENS
)


def _texts(facts: CaseFacts, today: date = TODAY) -> dict[str, str]:
    text = assess(facts, today=today).explanation
    return {"kk": text.kk, "ru": text.ru, "en": text.en}


def test_the_civil_note_says_articles_434_and_436_were_read_and_what_was_not() -> None:
    answer = assess(CIVIL, today=TODAY)
    assert Note.CC_CIVIL_TEXT_UNVERIFIED in answer.notes
    texts = _texts(CIVIL)
    assert "were read in the version of 1 July 2026" in texts["en"]
    assert (
        "from the entry into force of the appellate court's act (article 436 part 1)"
        in (texts["en"])
    )
    assert "article 434 in force from 1 July 2025 to 30 June 2026 was not read" in texts["en"]
    assert "прочитаны в редакции на 1 июля 2026 года" in texts["ru"]
    assert "2026 жылғы 1 шілдедегі редакцияда оқылды" in texts["kk"]
    # No longer the old "could not be verified; assumes the six-month term was kept".
    assert "could not be verified" not in texts["en"]
    assert "assumes that the six-month term" not in texts["en"]
    assert "проверить не удалось" not in texts["ru"]
    assert "тексеру мүмкін болмады" not in texts["kk"]


def test_the_criminal_note_says_article_487_was_read() -> None:
    texts = _texts(CRIMINAL)
    assert (
        "Article 487 of the Criminal Procedure Code was read in the version of 12 June 2026"
        in (texts["en"])
    )
    assert "прочитана в редакции на 12 июня 2026 года" in texts["ru"]
    assert "2026 жылғы 12 маусымдағы редакцияда оқылды" in texts["kk"]
    assert "could not be verified" not in texts["en"]


@pytest.mark.parametrize("facts", [CIVIL, CRIMINAL])
def test_an_act_in_force_before_the_reform_names_the_point_not_verified(facts: CaseFacts) -> None:
    older = replace(facts, in_force_on=date(2025, 6, 20))
    answer = assess(older, today=date(2025, 12, 1))
    assert Note.CC_TRANSITIONAL in answer.notes
    texts = _texts(older, date(2025, 12, 1))
    en = texts["en"]
    assert "The transitional provisions of Law No. 136-VIII were not found." in en
    assert "applies the law in force on the filing day" in en
    assert "petitions pending at the Supreme Court on 1 July 2025 is not covered" in en
    assert "Переходные положения Закона № 136-VIII не найдены." in texts["ru"]
    assert "№ 136-VIII Заңның өтпелі ережелері табылмады." in texts["kk"]
    if facts.procedure is Procedure.CIVIL:
        assert "under article 3 part 1 of the Civil Procedure Code" in en
        assert "a filing from 1 July 2025 follows the rules of the cassation courts" in en
    else:
        assert "the corresponding article of the Criminal Procedure Code was not read" in en
    step = [s for s in answer.explanation.steps("en") if "transitional" in s.text]
    assert len(step) == 1
    assert step[0].citations == ("CPC 3.1", "Law 136-VIII")


def test_a_small_claim_filed_when_the_bar_is_lifted_is_told_so_in_every_language() -> None:
    facts = replace(CIVIL, in_force_on=date(2027, 3, 1), exclusion=Exclusion.SMALL_PROPERTY_CLAIM)
    answer = assess(facts, today=date(2027, 7, 1))
    assert answer.admissible
    texts = _texts(facts, date(2027, 7, 1))
    assert "that bar is reported lifted from 1 July 2027" in texts["en"]
    assert "с 1 июля 2027 года это ограничение снято" in texts["ru"]
    assert "2027 жылғы 1 шілдеден бастап алынып тасталды" in texts["kk"]
    # Not the caveat of the days the bar stood ("not a dispute excluded for its small amount").
    assert "small amount" not in texts["en"]
    assert "малой суммы иска" not in texts["ru"]
    assert "сомасы аз болғандықтан" not in texts["kk"]
    assert not assess(facts, today=date(2027, 6, 30)).admissible  # the bar stood that day

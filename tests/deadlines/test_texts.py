"""The sentences: complete in three languages, every placeholder filled, each in its own script."""

from __future__ import annotations

import re
import string
from datetime import date, datetime

import pytest

from deadlines import ActKind, Regime
from deadlines.explain import SENTENCES, _ru_days, format_date, format_moment, render, utc_label
from deadlines.terms import COURT_TZ

KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")
LATIN = re.compile("[A-Za-z]")
ALLOWED_LATIN = {
    "UTC",
    "VIII",
    "II",  # Law No. 267-II (on holidays)
}  # the only Latin the kk/ru sentences may contain (besides placeholders)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _semantic(template: str) -> set[str]:
    """Placeholders with language-only helpers folded away, to compare across languages."""
    names = set()
    for name in _placeholders(template):
        if name.startswith(("ru_", "en_")):
            continue
        name = name.removesuffix("_loc").removesuffix("_attr")
        names.add("doc" if name.startswith("doc") else name)
    return names


def _sample_params(template: str) -> tuple[tuple[str, object], ...]:
    params: list[tuple[str, object]] = []
    for name in sorted(_placeholders(template)):
        base = name.removesuffix("_loc").removesuffix("_attr")
        if base == "act":
            params.append((base, ActKind.ACQUITTAL))
        elif base == "holiday":
            params.append((base, "nauryz"))
        elif base == "filed":
            params.append((base, datetime(2026, 4, 30, 23, 59, 59, tzinfo=COURT_TZ)))
        elif base in {"n", "day", "year"} and base == name:
            params.append((base, 3))
        elif base in {"in_force", "start", "raw_end", "deadline", "today", "later"}:
            params.append((base, date(2026, 4, 30)))
        elif base == "utc":
            params.append((base, "UTC+5"))
    return tuple(dict(params).items())


@pytest.mark.parametrize("key", sorted(SENTENCES))
@pytest.mark.parametrize("regime", [Regime.SUPREME_COURT, Regime.CASSATION_COURTS])
def test_every_sentence_renders_in_three_languages(key: str, regime: Regime) -> None:
    kk, ru, en = SENTENCES[key]
    assert _semantic(kk) == _semantic(ru) == _semantic(en), key
    params = _sample_params(kk + ru + en)
    text = render([(key, params)], (regime, "civil", ("CPC 436.1",)))
    for rendered in (text.kk, text.ru, text.en):
        assert "{" not in rendered
        assert "}" not in rendered
        assert rendered.endswith(".")
    assert KAZAKH_LETTERS.search(text.kk), key
    assert not KAZAKH_LETTERS.search(text.ru), key
    for words in (text.kk, text.ru):
        latin = set(re.findall(r"[A-Za-z][A-Za-z0-9-]*", words)) - ALLOWED_LATIN
        assert not latin, (key, latin)
    assert not re.search("[а-яА-Я]", text.en), key


@pytest.mark.parametrize(
    ("n", "noun", "verb"),
    [(1, "день", "остался"), (2, "дня", "осталось"), (5, "дней", "осталось"),
     (11, "дней", "осталось"), (12, "дней", "осталось"), (21, "день", "остался"),
     (22, "дня", "осталось"), (111, "дней", "осталось"), (104, "дня", "осталось")],
)  # fmt: skip
def test_russian_plural(n: int, noun: str, verb: str) -> None:
    assert _ru_days(n) == (noun, verb)


def test_dates_and_moments_are_written_as_each_language_writes_them() -> None:
    day = date(2026, 1, 7)
    assert format_date("kk", day) == "2026 жылғы 7 қаңтар"
    assert format_date("ru", day) == "7 января 2026 года"
    assert format_date("en", day) == "7 January 2026"
    moment = datetime(2024, 2, 29, 23, 30, tzinfo=COURT_TZ)
    assert format_moment("en", moment) == "29 February 2024, 23:30:00 (Astana time, UTC+6)"
    assert utc_label(datetime(2026, 1, 1)) == "UTC+0"  # naive: no offset known

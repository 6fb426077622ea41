"""Render an answer's sentences in Kazakh, Russian and English.

The engine describes an answer as blocks of ``(sentence key, params)``; this module fills the
templates with language-aware values. Formatting three languages is the most expensive part of an
assessment, so every sentence is rendered in all three at once and memoised: sentences without
parameters once per regime at import, the others (the same last day, the same "as of today") and
whole blocks in LRU caches.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from deadlines import texts, texts_doubts, texts_notes, texts_review
from deadlines.model import Explanation

SENTENCES: dict[str, tuple[str, str, str]] = {
    **texts.S,
    **texts_notes.S,
    **texts_doubts.S,
    **texts_review.S,
}

Params = tuple[tuple[str, object], ...]
Part = tuple[str, Params]
Block = tuple[Part, ...]


def format_date(lang: str, day: date) -> str:
    """Return ``day`` as written in running text: "30 April 2026", "30 апреля 2026 года",
    "2026 жылғы 30 сәуір"."""
    if lang == "kk":
        return f"{day.year} жылғы {day.day} {texts.MONTHS['kk'][day.month - 1]}"
    if lang == "ru":
        return f"{day.day} {texts.MONTHS['ru'][day.month - 1]} {day.year} года"
    return f"{day.day} {texts.MONTHS['en'][day.month - 1]} {day.year}"


def format_date_kk(day: date, form: str) -> str:
    """Return a Kazakh date with the month in ``form``: "kk_loc" gives "2026 жылғы 30 сәуірде"
    (on), "kk_attr" gives "2026 жылғы 30 сәуірдегі" (as of)."""
    return f"{day.year} жылғы {day.day} {texts.MONTHS[form][day.month - 1]}"


@lru_cache(maxsize=8192)
def _date_words(day: date) -> tuple[str, str, str, str, str]:
    """Return kk, kk locative, kk "as of", ru and en forms of ``day`` (memoised: dates recur)."""
    return (
        format_date("kk", day),
        format_date_kk(day, "kk_loc"),
        format_date_kk(day, "kk_attr"),
        format_date("ru", day),
        format_date("en", day),
    )


def utc_label(moment: datetime) -> str:
    """Return "UTC+5" for an aware datetime (Kazakhstan has only whole-hour offsets)."""
    offset = moment.utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    return f"UTC{hours:+d}"


def format_moment(lang: str, moment: datetime) -> str:
    """Return a local (Astana) moment with its clock and offset, e.g. for the filing time."""
    words = _date_words(moment.date())
    day = words[0] if lang == "kk" else words[3] if lang == "ru" else words[4]
    clock = f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"
    return f"{day}, {clock} ({texts.ASTANA_TIME[lang]}, {utc_label(moment)})"


def _ru_days(n: int) -> tuple[str, str]:
    """Return the Russian noun and verb agreeing with ``n``: "остался 1 день", "осталось 5 дней"."""
    if n % 10 == 1 and n % 100 != 11:
        return "день", "остался"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "дня", "осталось"
    return "дней", "осталось"


def _values(params: Params) -> tuple[dict[str, object], dict[str, object], dict[str, object]]:
    """Return the placeholder values of ``params`` for kk, ru and en (in ``texts.LANGS`` order)."""
    kk: dict[str, object] = {}
    ru: dict[str, object] = {}
    en: dict[str, object] = {}
    for name, value in params:
        if isinstance(value, datetime):
            kk[name], ru[name], en[name] = (format_moment(lang, value) for lang in texts.LANGS)
        elif isinstance(value, date):
            words = _date_words(value)
            # Only Kazakh inflects the date itself; ru/en templates use the plain form.
            kk[name], kk[name + "_loc"], kk[name + "_attr"] = words[:3]
            ru[name] = ru[name + "_loc"] = ru[name + "_attr"] = words[3]
            en[name] = en[name + "_loc"] = en[name + "_attr"] = words[4]
        elif name in ("act", "holiday"):
            table = texts.ACT if name == "act" else texts.HOLIDAY
            for lang, ctx in (("kk", kk), ("ru", ru), ("en", en)):
                ctx[name] = table[lang][value]  # type: ignore[index]
        else:
            kk[name] = ru[name] = en[name] = value
        if name == "n":
            ru["ru_days"], ru["ru_left"] = _ru_days(value)  # type: ignore[arg-type]
            en["en_days"], en["en_remain"] = (
                ("day", "remains") if value == 1 else ("days", "remain")
            )
    return kk, ru, en


def _fixed(regime: str, templates: tuple[str, str, str]) -> tuple[str, str, str]:
    """Substitute the regime's document names and the grounds list, which never vary."""
    out = []
    for lang, template in zip(texts.LANGS, templates, strict=True):
        for name, value in (
            *texts.DOCUMENT[regime][lang].items(),
            ("grounds", texts.GROUNDS_438_6[lang]),
        ):
            template = template.replace("{" + name + "}", value)
        out.append(template)
    return out[0], out[1], out[2]


_TEMPLATES: dict[tuple[str, str], tuple[str, str, str]] = {
    (regime, key): _fixed(regime, templates)
    for regime in texts.DOCUMENT
    for key, templates in SENTENCES.items()
}


def _render(regime: str, key: str, params: Params) -> tuple[str, str, str]:
    kk, ru, en = _TEMPLATES[regime, key]
    values = _values(params)
    return kk.format_map(values[0]), ru.format_map(values[1]), en.format_map(values[2])


# Sentences without parameters, rendered once per regime at import.
_STATIC: dict[str, dict[str, tuple[str, str, str]]] = {
    regime: {
        key: _render(regime, key, ())
        for (of_regime, key), templates in _TEMPLATES.items()
        if of_regime == regime and "{" not in "".join(templates)
    }
    for regime in texts.DOCUMENT
}
# Sentences with parameters (dates, counts) recur too: the same last day, the same "as of today".
_cached = lru_cache(maxsize=1 << 16)(_render)
# A filing moment is practically unique: caching it would only evict useful entries.
_UNCACHED = frozenset({"filed.moment"})


def _sentence(regime: str, key: str, params: Params) -> tuple[str, str, str]:
    static = _STATIC[regime].get(key)
    if static is not None:
        return static
    return (_render if key in _UNCACHED else _cached)(regime, key, params)


def _join(triples: list[tuple[str, str, str]]) -> tuple[str, str, str]:
    return (
        " ".join([t[0] for t in triples]),
        " ".join([t[1] for t in triples]),
        " ".join([t[2] for t in triples]),
    )


@lru_cache(maxsize=1 << 15)
def _block(regime: str, block: Block) -> tuple[str, str, str]:
    return _join([_sentence(regime, key, params) for key, params in block])


def clear_render_cache() -> None:
    _cached.cache_clear()
    _date_words.cache_clear()
    _block.cache_clear()


def render(items: list[Part | Block], regime: str) -> Explanation:
    """Return the explanation of ``items``, one paragraph per language.

    An item is one sentence ``(key, params)`` or a block (tuple) of sentences that recur together
    (the head of an answer for one rule, the caveats and notes), memoised as a whole. ``regime``
    and enum parameters are passed as plain strings and parameters as ``str``, ``int``, ``date``
    or ``datetime``, which hash in C on every cache lookup.
    """
    static = _STATIC[regime]
    triples = []
    for item in items:
        key = item[0]
        if key.__class__ is str:
            triple = static.get(key)  # type: ignore[arg-type]
            if triple is None:
                render_one = _render if key in _UNCACHED else _cached
                triple = render_one(regime, key, item[1])  # type: ignore[arg-type]
        else:
            triple = _block(regime, item)
        triples.append(triple)
    kk, ru, en = _join(triples)
    return Explanation(kk=kk, ru=ru, en=en)


class DeferredExplanation:
    """An answer's explanation, rendered in all three languages when one of them is first read.

    The decision (admissible, last day, on time…) is what callers need at volume; the sentences
    are read for one answer at a time, by a page or the CLI. Putting them together and rendering
    them costs more than the decision, so both wait until asked for (``items`` may be a function
    returning them), and the text is then kept. Reads like ``Explanation``; equal to an
    ``Explanation`` or another deferred one with the same text.
    """

    __slots__ = ("_items", "_regime", "_text")

    def __init__(
        self, items: list[Part | Block] | Callable[[], list[Part | Block]], regime: str
    ) -> None:
        self._items = items
        self._regime = regime
        self._text: Explanation | None = None

    def rendered(self) -> Explanation:
        if self._text is None:
            items = self._items
            self._text = render(items() if callable(items) else items, self._regime)
        return self._text

    @property
    def kk(self) -> str:
        return self.rendered().kk

    @property
    def ru(self) -> str:
        return self.rendered().ru

    @property
    def en(self) -> str:
        return self.rendered().en

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredExplanation):
            other = other.rendered()
        return self.rendered() == other

    def __hash__(self) -> int:
        return hash(self.rendered())

    def __repr__(self) -> str:
        return repr(self.rendered())

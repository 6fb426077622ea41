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

from deadlines import steps, texts, texts_doubts, texts_notes, texts_review
from deadlines.model import Explanation, Step, new_explanation

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


Triple = tuple[str, str, str]
Context = tuple[str, str, tuple[str, ...]]
"""What rendering needs besides the sentences: the regime (the document's name), the procedure
(which provisions a sentence said in both rests on) and the answer's own citations (for a step
whose sentences name none)."""


@lru_cache(maxsize=1 << 15)
def _block(regime: str, block: Block) -> tuple[tuple[str, Triple], ...]:
    return tuple((key, _sentence(regime, key, params)) for key, params in block)


def clear_render_cache() -> None:
    _cached.cache_clear()
    _date_words.cache_clear()
    _block.cache_clear()


class _Said:
    """An answer's sentences rendered in kk, ru and en, with the steps they fall into."""

    __slots__ = ("layout", "sentences")

    def __init__(self, items: list[Part | Block], context: Context) -> None:
        regime, procedure, fallback = context
        static = _STATIC[regime]
        sentences: list[tuple[str, Triple]] = []
        for item in items:
            key = item[0]
            if key.__class__ is str:
                triple = static.get(key)  # type: ignore[arg-type]
                if triple is None:
                    render_one = _render if key in _UNCACHED else _cached
                    triple = render_one(regime, key, item[1])  # type: ignore[arg-type]
                sentences.append((key, triple))  # type: ignore[arg-type]
            else:
                sentences += _block(regime, item)
        self.sentences = sentences
        self.layout = steps.layout(tuple([key for key, _ in sentences]), procedure, fallback)

    def text(self) -> Triple:
        """The whole text: every sentence, in the order of the steps."""
        sentences = self.sentences
        ordered = [sentences[i][1] for indices, _codes in self.layout for i in indices]
        return (
            " ".join([t[0] for t in ordered]),
            " ".join([t[1] for t in ordered]),
            " ".join([t[2] for t in ordered]),
        )

    def steps(self) -> tuple[tuple[Step, ...], tuple[Step, ...], tuple[Step, ...]]:
        """The steps in kk, ru and en."""
        made = []
        for indices, codes in self.layout:
            triples = [self.sentences[i][1] for i in indices]
            texts = (
                " ".join([t[0] for t in triples]),
                " ".join([t[1] for t in triples]),
                " ".join([t[2] for t in triples]),
            )
            made.append(steps.step_of(texts, codes))
        return (
            tuple([step[0] for step in made]),
            tuple([step[1] for step in made]),
            tuple([step[2] for step in made]),
        )


def render(items: list[Part | Block], context: Context) -> Explanation:
    """Return the explanation of ``items``: the whole text and the steps, in each language.

    An item is one sentence ``(key, params)`` or a block (tuple) of sentences that recur together
    (the head of an answer for one rule, the caveats and notes), memoised as a whole. ``regime``
    and enum parameters are passed as plain strings and parameters as ``str``, ``int``, ``date``
    or ``datetime``, which hash in C on every cache lookup. The sentences are grouped into steps
    by ``steps.layout`` (in its order; each caveat or note a step of its own) and each step cites
    what its sentences rest on, else the answer's own citations; the whole text is the steps'
    texts joined.
    """
    said = _Said(items, context)
    kk, ru, en = said.text()
    steps_kk, steps_ru, steps_en = said.steps()
    return new_explanation(
        kk=kk, ru=ru, en=en, steps_kk=steps_kk, steps_ru=steps_ru, steps_en=steps_en
    )


class DeferredExplanation:
    """An answer's explanation, rendered when first read.

    The decision (admissible, last day, on time…) is what callers need at volume; the sentences
    are read for one answer at a time, by a page or the CLI. Putting them together and rendering
    them costs more than the decision, so both wait until asked for (``items`` may be a function
    returning them): the whole text in all three languages when one of them is first read, the
    steps (``deadlines.steps``) when they are first read; both are then kept. Reads like
    ``Explanation``; equal to an ``Explanation`` or another deferred one with the same text and
    steps.
    """

    __slots__ = ("_context", "_items", "_said", "_steps", "_text")

    def __init__(
        self, items: list[Part | Block] | Callable[[], list[Part | Block]], context: Context
    ) -> None:
        self._items = items
        self._context = context
        self._said: _Said | None = None
        self._text: Triple | None = None
        self._steps: Explanation | None = None

    def _sentences(self) -> _Said:
        if self._said is None:
            items = self._items
            self._said = _Said(items() if callable(items) else items, self._context)
        return self._said

    def _whole(self) -> Triple:
        if self._text is None:
            self._text = self._sentences().text()
        return self._text

    def rendered(self) -> Explanation:
        """The explanation with its steps (see ``render``)."""
        if self._steps is None:
            kk, ru, en = self._whole()
            steps_kk, steps_ru, steps_en = self._sentences().steps()
            self._steps = new_explanation(
                kk=kk, ru=ru, en=en, steps_kk=steps_kk, steps_ru=steps_ru, steps_en=steps_en
            )
        return self._steps

    def steps(self, language: str) -> tuple[Step, ...]:
        """Return the steps in ``language`` (see ``Explanation.steps``)."""
        return self.rendered().steps(language)

    @property
    def steps_kk(self) -> tuple[Step, ...]:
        return self.rendered().steps_kk

    @property
    def steps_ru(self) -> tuple[Step, ...]:
        return self.rendered().steps_ru

    @property
    def steps_en(self) -> tuple[Step, ...]:
        return self.rendered().steps_en

    @property
    def kk(self) -> str:
        return self._whole()[0]

    @property
    def ru(self) -> str:
        return self._whole()[1]

    @property
    def en(self) -> str:
        return self._whole()[2]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, DeferredExplanation):
            other = other.rendered()
        return self.rendered() == other

    def __hash__(self) -> int:
        return hash(self.rendered())

    def __repr__(self) -> str:
        return repr(self.rendered())

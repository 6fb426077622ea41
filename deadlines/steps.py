"""The explanation as short steps a citizen can scan, each with the provisions it rests on.

An answer's sentences are grouped by what they are about, always in this order: which law
applies; what may be reviewed and why; who brings the review and what the person files; the
term (and whether a missed one can be restored); how its first and last day were reached; the
last day with the hour and time zone (and the days left); the filing given; then what the answer
relies on and what it did not check, one step per caveat or note. Each step cites the articles
its sentences rest on (``CITES``); a step whose sentences name none (the dates of a criminal
term, whose computing article was not read) cites the provisions of the answer itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from deadlines.model import Step, new_step

# The kinds of step, in the order they are said.
LAW, REVIEWABLE, ROUTE, TERM, DAYS, LAST_DAY, FILING, RELIES = range(8)

# Sentence key prefixes -> kind of step (the longest matching prefix wins; see ``kind_of``).
_KINDS: dict[str, int] = {
    "regime.": LAW,
    "review.regime.": LAW,
    "reason.": REVIEWABLE,
    "excluded.": REVIEWABLE,
    "lifted.": REVIEWABLE,
    "review.grounds.": REVIEWABLE,
    "ground.": REVIEWABLE,
    "review.route.": ROUTE,
    "term.": TERM,
    "review.term.": TERM,
    "restore.": TERM,
    "review.restore.": TERM,
    "in_force": DAYS,
    "review.in_force": DAYS,
    "calc.": DAYS,
    "calc.last_day": LAST_DAY,
    "days.": LAST_DAY,
    "filed.": FILING,
    "review.filed_": FILING,
    "caveat.": RELIES,
    "note.": RELIES,
}


@lru_cache(maxsize=512)
def kind_of(key: str) -> int:
    """Return the kind of step a sentence belongs to."""
    best = max((prefix for prefix in _KINDS if key.startswith(prefix)), key=len)
    return _KINDS[best]


# The provisions each sentence rests on: one tuple, or one per procedure where the sentence is
# said in both. Articles on computing terms are cited for civil answers only (CPC arts 122-123,
# read in the CPC of 01.07.2026); the CrPC's were not read.
_CIVIL_DATES = ("CPC 122.2", "CPC 123.2")
_CIVIL_CUTOFF = ("CPC 123.5", "CPC 123.7")
CITES: dict[str, tuple[str, ...] | dict[str, tuple[str, ...]]] = {
    "regime.cassation_courts": ("Law 136-VIII",),
    "regime.chosen_by_filing": {"civil": ("CPC 3.1",), "criminal": ()},
    "regime.chosen_by_today": {"civil": ("CPC 3.1",), "criminal": ()},
    "regime.period.cassation_courts": ("Law 136-VIII",),
    "regime.period.cassation_courts_2027": ("Law 136-VIII",),
    "review.regime.civil": ("CPC 454-1.1",),
    "review.regime.criminal": ("CrPC 498-1.1",),
    "reason.appeal_observed": ("CPC 434.1",),
    "reason.supreme_court_collegium_act": ("CPC 434.1",),
    "reason.appeal_restoration_refused_reviewed": ("CPC 436.2",),
    "reason.appeal_not_used": ("CPC 434.1", "CPC 436.2"),
    "reason.exceptional_grounds": ("CPC 438.6",),
    "excluded.simplified_procedure": ("CPC 434.2",),
    "excluded.settlement": ("CPC 434.2",),
    "excluded.small_property_claim": ("CPC 434.2",),
    "excluded.not_reviewed_on_appeal": ("CrPC 484.1",),
    "excluded.misdemeanour_or_minor_crime": ("CrPC 484.2", "CrPC 484.3"),
    "lifted.small_property_claim": ("CPC 434.2", "Law 136-VIII"),
    "lifted.misdemeanour_or_minor_crime": ("CrPC 484.2", "Law 136-VIII"),
    "review.grounds.civil": ("CPC 454-1.1",),
    "review.grounds.criminal": ("CrPC 498-1.1",),
    "review.route.civil": ("CPC 454-1.2", "CPC 454-2"),
    "review.route.criminal": ("CrPC 498-1.2", "CrPC 498-2"),
    "term.civil": ("CPC 436.1",),
    "term.exceptional_unlimited": ("CPC 436.3",),
    "term.exceptional_protest": ("CPC 434.3", "CPC 435.2", "CPC 436.3"),
    "term.criminal_unlimited": ("CrPC 487.1",),
    "term.criminal_year": ("CrPC 487.2",),
    "review.term.civil": ("CPC 454-4.2",),
    "review.term.improves": ("CrPC 498-1.3",),
    "review.term.worsens": ("CrPC 498-1.3",),
    "restore.cassation_term": ("CPC 126.2", "CPC 126.5"),
    "restore.none_criminal": ("CrPC 487.2",),
    "review.restore.none": ("CrPC 498-1.3",),
    "calc.raw_end": {"civil": _CIVIL_DATES, "criminal": ()},
    "calc.clamped": {"civil": ("CPC 123.2",), "criminal": ()},
    "calc.shifted": {"civil": ("CPC 123.4",), "criminal": ()},
    "calc.shifted_safe": {"civil": ("CPC 123.4",), "criminal": ()},
    "calc.holiday": ("Law 267-II",),
    "calc.holiday_constitution_day": ("Law 267-II", "Law 306-VIII"),
    "calc.august_30": ("Law 306-VIII",),
    "calc.last_day": {"civil": _CIVIL_CUTOFF, "criminal": ()},
    "filed.on_time": {"civil": _CIVIL_CUTOFF, "criminal": ()},
    "filed.late": {"civil": _CIVIL_CUTOFF, "criminal": ()},
    "filed.late_unless_day_off": {"civil": _CIVIL_CUTOFF, "criminal": ()},
    "filed.before_in_force": {"civil": ("CPC 434.1",), "criminal": ("CrPC 484.1",)},
    "review.filed_before_in_force": {"civil": ("CPC 454-1.1",), "criminal": ("CrPC 498-1.1",)},
    "caveat.civil_434_2": ("CPC 434.2",),
    "caveat.civil_434_2_answered": ("CPC 434.2",),
    "caveat.civil_434_2_answered_from_2027": ("CPC 434.2", "Law 136-VIII"),
    "caveat.civil_434_2_until_2027": ("CPC 434.2", "Law 136-VIII"),
    "caveat.civil_434_2_from_2027": ("CPC 434.2", "Law 136-VIII"),
    "caveat.criminal_484": ("CrPC 484.1", "CrPC 484.2"),
    "caveat.criminal_484_answered": ("CrPC 484.1", "CrPC 484.2"),
    "caveat.criminal_484_answered_until_2027": ("CrPC 484.1", "CrPC 484.2", "Law 136-VIII"),
    "caveat.criminal_484_answered_from_2027": ("CrPC 484.1", "CrPC 484.2", "Law 136-VIII"),
    "caveat.criminal_484_until_2027": ("CrPC 484.1", "CrPC 484.2", "Law 136-VIII"),
    "caveat.criminal_484_from_2027": ("CrPC 484.1", "CrPC 484.2", "Law 136-VIII"),
    "caveat.supreme_court_review_civil": ("CPC 454-1.1", "CPC 434.2"),
    "caveat.supreme_court_review_criminal": ("CrPC 498-1.1", "CrPC 484.1", "CrPC 484.2"),
    "note.regime_superseded": ("Law 136-VIII",),
    "note.cc_civil_text_unverified": ("CPC 434.1", "CPC 436.1", "Law 136-VIII"),
    "note.cc_criminal_text_unverified": ("CrPC 487.1", "CrPC 487.2", "Law 136-VIII"),
    "note.cc_transitional.civil": ("CPC 3.1", "Law 136-VIII"),
    "note.cc_transitional.criminal": ("CPC 3.1", "Law 136-VIII"),
    "note.cc_exceptional_grounds": ("CPC 436.3", "CPC 438.6"),
    "note.cc_supreme_court_collegium": ("CPC 434.1", "CPC 436.1"),
    "note.sc_collegium_term": ("CPC 436.1",),
    "note.term_start_after_restoration": ("CPC 436.2",),
    "note.acquitted_in_favour": ("CrPC 487.1", "CrPC 487.2"),
    "note.calendar_provisional": {"civil": ("CPC 123.4",), "criminal": ()},
    "note.calendar_provisional_estimated": {"civil": ("CPC 123.4",), "criminal": ()},
}


def cites(key: str, procedure: str) -> tuple[str, ...]:
    """Return the provisions the sentence ``key`` rests on in a ``procedure`` answer."""
    value = CITES.get(key, ())
    return value.get(procedure, ()) if isinstance(value, dict) else value


_CODE = re.compile(r"^(CPC|CrPC) ([\d-]+)(?:\.(\d+))?$")
_CODES = {"CPC": ("АПК", "ГПК", "CPC"), "CrPC": ("ҚПК", "УПК", "CrPC")}


@lru_cache(maxsize=256)
def citation_words(code: str) -> tuple[str, str, str]:
    """Return the citation ``code`` as written in kk, ru and en, in the portal's style (codes
    of other forms as they are)."""
    match = _CODE.match(code)
    if match is not None:
        kk, ru, en = _CODES[match[1]]
        article, part = match[2], match[3]
        if part is None:
            return f"{kk} {article}-бабы", f"ст. {article} {ru}", f"{en} article {article}"
        return (
            f"{kk} {article}-бабының {part}-бөлігі",
            f"ч. {part} ст. {article} {ru}",
            f"{en} article {article} part {part}",
        )
    if code.startswith("Law "):
        number = code.removeprefix("Law ")
        return f"№ {number} Заң", f"Закон № {number}", f"Law No. {number}"
    return code, code, code


@lru_cache(maxsize=4096)
def layout(
    keys: tuple[str, ...], procedure: str, fallback: tuple[str, ...]
) -> tuple[tuple[tuple[int, ...], tuple[str, ...]], ...]:
    """Return the steps of an answer whose sentences have ``keys``: for each step, in order,
    the positions of its sentences and the provisions it cites (its sentences', else
    ``fallback``, the answer's own). Memoised: answers of one kind say the same sentences."""
    groups: dict[int, tuple[list[int], list[str]]] = {}
    separate: list[tuple[list[int], list[str]]] = []
    for index, key in enumerate(keys):
        kind = kind_of(key)
        if kind == RELIES:
            group: tuple[list[int], list[str]] = ([], [])
            separate.append(group)
        else:
            group = groups.setdefault(kind, ([], []))
        group[0].append(index)
        group[1].extend(code for code in cites(key, procedure) if code not in group[1])
    return tuple(
        (tuple(indices), tuple(codes) or fallback)
        for indices, codes in [*(groups[kind] for kind in sorted(groups)), *separate]
    )


@lru_cache(maxsize=8192)
def step_of(texts: tuple[str, str, str], codes: tuple[str, ...]) -> tuple[Step, Step, Step]:
    """Return the step with the (kk, ru, en) ``texts`` citing ``codes``, in each language
    (memoised: most steps, the rule's and the caveats, are the same from answer to answer)."""
    words = [citation_words(code) for code in codes]
    kk, ru, en = (", ".join(word[lang] for word in words) for lang in range(3))
    return (
        new_step(text=texts[0], citations=codes, cited=kk),
        new_step(text=texts[1], citations=codes, cited=ru),
        new_step(text=texts[2], citations=codes, cited=en),
    )

"""The statutory rules, as data: each with its citation, source and the dates it is in force.

An amendment is a new ``Rule`` version with its own ``valid_from``/``valid_to``, never an edit of
an old one, so an answer for a past filing date still uses the text then in force. Within a regime
the first rule (in table order) that matches the facts and is in force on the reference date wins.

Regimes (``Regime``):

By default (``auto``) the regime is the one in force on the filing day, else today (``regime_on``);
a site or a caller may pin one.

* ``supreme_court`` - the procedure of the Supreme Court's service page: a petition
  (өтінішхат / ходатайство), CPC arts. 434, 436, 438 part 6 and CrPC art. 487 as quoted there. In
  force until 30 June 2025; the rules carry no end date because the regime may be pinned, and a
  pinned answer for a day on or after 1 July 2025 says that cassation has since moved to the
  cassation courts.
* ``cassation_courts`` - from 1 July 2025: a cassation complaint to the cassation courts in Astana
  (Constitutional Law No. 109-VIII of 5 July 2024; Law No. 136-VIII of 21 November 2024; Decree
  No. 748 of 27 December 2024). CPC arts 434/436 were since read in the version of 1 July 2026
  and CrPC art. 487 in that of 12 June 2026: the terms were kept; each answer says what was read
  and what was not (the wording of art. 434 from 1 July 2025 to 30 June 2026, earlier versions of
  art. 487, the transitional provisions of Law 136-VIII), hence ``verified=False``. The bar on
  small property claims and on minor criminal cases is reported to go on 1 July 2027, hence two
  versions of each rule.
  The same regime holds the Supreme Court's review of a cassation court's act (CPC ch. 54-1,
  CrPC ch. 52-1, added by Law 136-VIII from 1 July 2025), read in the statute: see
  ``SUPREME_COURT_REVIEW_RULES``.

Sources: office.sud.kz service page "Кассациялық сатыдағы сотта іс жүргізу (ҚР Жоғарғы Соты)"
(CPC 434.1, 436.1-3, CrPC 487.1-2 quoted in Kazakh); ulagat.com (Kazakh text of CPC 434 parts 1-2);
continent-online.com, Commentary to the CPC (2016) on art. 438 part 6 grounds; zakonpravo.kz (CrPC
484 in the 2025 wording); kaz.tgstat.com/@prg_jur and kazpravda.kz on the 2025 reform. See
``shared/reference/legal-research.md`` for the full list and the points still to verify.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from deadlines import model
from deadlines.model import (
    CIVIL_ACTS,
    ActKind,
    Appeal,
    Direction,
    Note,
    Procedure,
    Reason,
    Regime,
    Restoration,
)

REFORM_DAY = model.REFORM_DAY  # the day R2 begins (defined with the facts, which check it)
REFORM_LAW = "Law 136-VIII"  # of 21 November 2024, amending the CPC and CrPC from 1 July 2025
THRESHOLDS_LIFTED_DAY = date(2027, 7, 1)  # reported (secondary sources), not seen in a statute


def regime_on(day: date) -> Regime:
    """The procedure in force on ``day`` (a court-calendar date): the law of the filing day.

    R1, the Supreme Court's, before 1 July 2025; from then the cassation courts', whose rules
    carry the second date themselves (R3: the small-claim bar lifted from 1 July 2027).
    """
    return Regime.SUPREME_COURT if day < REFORM_DAY else Regime.CASSATION_COURTS


def period_of(regime: Regime, day: date) -> str:
    """The name of the period an answer's rules belong to: the regime, and for the cassation
    courts from 1 July 2027 that regime with the thresholds lifted (R3)."""
    if regime is Regime.CASSATION_COURTS and day >= THRESHOLDS_LIFTED_DAY:
        return "cassation_courts_2027"
    return str(regime)


class Outcome(StrEnum):
    TERM = "term"
    UNLIMITED = "unlimited"
    NOT_REVIEWABLE = "not_reviewable"


class Caveat(StrEnum):
    """Which "conditions this calculation does not check" sentence an answer ends with."""

    CIVIL_434_2 = "civil_434_2"
    CIVIL_434_2_ANSWERED = "civil_434_2_answered"
    CIVIL_434_2_ANSWERED_FROM_2027 = "civil_434_2_answered_from_2027"
    CIVIL_434_2_UNTIL_2027 = "civil_434_2_until_2027"
    CIVIL_434_2_FROM_2027 = "civil_434_2_from_2027"
    CRIMINAL_484 = "criminal_484"
    CRIMINAL_484_ANSWERED = "criminal_484_answered"
    CRIMINAL_484_ANSWERED_UNTIL_2027 = "criminal_484_answered_until_2027"
    CRIMINAL_484_ANSWERED_FROM_2027 = "criminal_484_answered_from_2027"
    CRIMINAL_484_UNTIL_2027 = "criminal_484_until_2027"
    CRIMINAL_484_FROM_2027 = "criminal_484_from_2027"
    SUPREME_COURT_REVIEW_CIVIL = "supreme_court_review_civil"
    SUPREME_COURT_REVIEW_CRIMINAL = "supreme_court_review_criminal"


@dataclass(frozen=True, slots=True)
class Rule:
    key: str
    regime: Regime
    procedure: Procedure
    act_kinds: frozenset[ActKind]
    appeals: frozenset[Appeal | None]
    directions: frozenset[Direction | None]
    art438_part6: frozenset[bool]
    outcome: Outcome
    reason: Reason
    months: int | None
    restoration: Restoration
    citations: tuple[str, ...]
    valid_from: date
    valid_to: date | None = None
    notes: tuple[Note, ...] = ()
    caveat: Caveat = Caveat.CIVIL_434_2
    verified: bool = True
    """True when the wording was seen in a located source; False when assumed (see ``notes``)."""

    def in_force_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


_ANY_APPEAL = frozenset({*Appeal, None})
_NO_DIRECTION = frozenset({None})
_NO_APPEAL = frozenset({None})
_ORDINARY = frozenset({False})
_EXCEPTIONAL = frozenset({True})
_EITHER = frozenset({False, True})
_CPC_FROM = date(2016, 1, 1)  # CPC of 31 October 2015 No. 377-V in force
_CRPC_FROM = date(2015, 1, 1)  # CrPC of 4 July 2014 No. 231-V in force


def _civil(
    key: str, acts: frozenset[ActKind], appeals: frozenset[Appeal | None], **kw: object
) -> Rule:
    kw.setdefault("art438_part6", _ORDINARY)
    kw.setdefault("restoration", Restoration.CASSATION_TERM)
    kw.setdefault("months", 6)
    kw.setdefault("outcome", Outcome.TERM)
    return Rule(
        key=f"sc.civil.{key}",
        regime=Regime.SUPREME_COURT,
        procedure=Procedure.CIVIL,
        act_kinds=acts,
        appeals=appeals,
        directions=_NO_DIRECTION,
        valid_from=_CPC_FROM,
        **kw,  # type: ignore[arg-type]
    )


def _criminal(key: str, acts: frozenset[ActKind], direction: Direction, **kw: object) -> Rule:
    return Rule(
        key=f"sc.criminal.{key}",
        regime=Regime.SUPREME_COURT,
        procedure=Procedure.CRIMINAL,
        act_kinds=acts,
        appeals=_NO_APPEAL,
        directions=frozenset({direction}),
        art438_part6=_ORDINARY,
        valid_from=_CRPC_FROM,
        caveat=Caveat.CRIMINAL_484,
        **kw,  # type: ignore[arg-type]
    )


_FIRST_OR_APPELLATE = frozenset({ActKind.FIRST_INSTANCE, ActKind.APPELLATE})
# The civil acts a cassation court reviews (a cassation court's own act goes to the Supreme Court).
_CASSATION_CIVIL_ACTS = CIVIL_ACTS - {ActKind.CASSATION_COURT_ACT}
_CONVICTION = frozenset({ActKind.CONVICTION})
_ACQUITTAL_OR_TERMINATION = frozenset({ActKind.ACQUITTAL, ActKind.TERMINATION})

SUPREME_COURT_RULES: tuple[Rule, ...] = (
    # CPC 434.1: an act not appealed is not reviewable on a party's petition; CPC 436.2 shows the
    # way back (restore the appeal term in the first-instance court, then a private complaint).
    _civil(
        "appeal_not_used",
        frozenset({ActKind.FIRST_INSTANCE}),
        frozenset({Appeal.NOT_APPEALED}),
        art438_part6=_EITHER,
        outcome=Outcome.NOT_REVIEWABLE,
        reason=Reason.APPEAL_NOT_USED,
        months=None,
        restoration=Restoration.APPEAL_TERM_FIRST,
        citations=("CPC 434.1", "CPC 436.2"),
    ),
    # CPC 436.3: the six-month term of part 1 does not apply to the grounds of CPC 438.6.
    _civil(
        "exceptional_grounds",
        _CASSATION_CIVIL_ACTS,
        _ANY_APPEAL,
        art438_part6=_EXCEPTIONAL,
        outcome=Outcome.UNLIMITED,
        reason=Reason.EXCEPTIONAL_GROUNDS,
        months=None,
        restoration=Restoration.NONE,
        citations=("CPC 434.1", "CPC 436.3", "CPC 438.6"),
    ),
    # CPC 434.1 names the specialised collegium's acts; 436.1 names appellate acts only, so the
    # six-month term for the collegium's acts is our (cautious) reading, and the answer says so.
    _civil(
        "supreme_court_collegium",
        frozenset({ActKind.SUPREME_COURT_COLLEGIUM}),
        _ANY_APPEAL,
        reason=Reason.SUPREME_COURT_COLLEGIUM_ACT,
        citations=("CPC 434.1", "CPC 436.1"),
        notes=(Note.SC_COLLEGIUM_TERM,),
    ),
    _civil(
        "restoration_refused_reviewed",
        _FIRST_OR_APPELLATE,
        frozenset({Appeal.MISSED_RESTORATION_REFUSED_REVIEWED}),
        reason=Reason.APPEAL_RESTORATION_REFUSED_REVIEWED,
        citations=("CPC 434.1", "CPC 436.1", "CPC 436.2"),
        notes=(Note.TERM_START_AFTER_RESTORATION,),
    ),
    _civil(
        "appeal_observed",
        _FIRST_OR_APPELLATE,
        frozenset({Appeal.DECIDED_ON_APPEAL}),
        reason=Reason.APPEAL_OBSERVED,
        citations=("CPC 434.1", "CPC 436.1"),
    ),
    # CrPC 487.1: review in favour of the convicted person is not limited in time.
    _criminal(
        "improves",
        _CONVICTION,
        Direction.IMPROVES,
        outcome=Outcome.UNLIMITED,
        reason=Reason.REVIEW_IMPROVES,
        months=None,
        restoration=Restoration.NONE,
        citations=("CrPC 487.1",),
    ),
    # CrPC 487.2: one year for a review that worsens the position; a missed year is not restorable.
    _criminal(
        "worsens",
        frozenset({*_CONVICTION, *_ACQUITTAL_OR_TERMINATION}),
        Direction.WORSENS,
        outcome=Outcome.TERM,
        reason=Reason.REVIEW_WORSENS,
        months=12,
        restoration=Restoration.NONE,
        citations=("CrPC 487.2",),
    ),
    # Art. 487 is silent on reviewing an acquittal or termination *in the person's favour* (e.g.
    # to change the grounds); part 2 names those acts without a direction, so we apply its year.
    _criminal(
        "acquitted_in_favour",
        _ACQUITTAL_OR_TERMINATION,
        Direction.IMPROVES,
        outcome=Outcome.TERM,
        reason=Reason.REVIEW_IN_FAVOUR_OF_ACQUITTED,
        months=12,
        restoration=Restoration.NONE,
        citations=("CrPC 487.1", "CrPC 487.2"),
        notes=(Note.ACQUITTED_IN_FAVOUR,),
    ),
)

# In the cassation-courts regime the collegium's place after the reform is itself unclear.
_CC_NOTE_SWAP = {Note.SC_COLLEGIUM_TERM: Note.CC_SUPREME_COURT_COLLEGIUM}
_CC_CAVEATS = {
    (Procedure.CIVIL, False): Caveat.CIVIL_434_2_UNTIL_2027,
    (Procedure.CIVIL, True): Caveat.CIVIL_434_2_FROM_2027,
    (Procedure.CRIMINAL, False): Caveat.CRIMINAL_484_UNTIL_2027,
    (Procedure.CRIMINAL, True): Caveat.CRIMINAL_484_FROM_2027,
}


def _cassation_courts_version(rule: Rule, *, from_2027: bool) -> Rule:
    """Derive the cassation-courts rule from the Supreme Court one it presumably continues.

    Exceptional grounds (CPC 438.6): read in the CPC of 01.07.2026, art. 434 part 3 reaches those
    acts only by a protest of the Prosecutor General or the prosecutors it names, on a person's
    petition (435.2), and art. 436 part 3 keeps them outside the six-month term (its footnote
    names only Law 136-VIII, so the same text since 1 July 2025). No term, and the route says who.
    """
    civil = rule.procedure is Procedure.CIVIL
    notes = tuple(_CC_NOTE_SWAP.get(note, note) for note in rule.notes)
    changes: dict[str, object] = {}
    if rule.reason is Reason.EXCEPTIONAL_GROUNDS:
        changes = {"citations": ("CPC 434.3", "CPC 435.2", "CPC 436.3", "CPC 438.6")}
    notes += (Note.CC_CIVIL_TEXT_UNVERIFIED if civil else Note.CC_CRIMINAL_TEXT_UNVERIFIED,)
    changes["citations"] = (*changes.get("citations", rule.citations), REFORM_LAW)  # type: ignore[misc]
    return replace(
        rule,
        key=rule.key.replace("sc.", "cc.", 1) + (".from_2027" if from_2027 else ""),
        regime=Regime.CASSATION_COURTS,
        valid_from=THRESHOLDS_LIFTED_DAY if from_2027 else REFORM_DAY,
        valid_to=None if from_2027 else date(2027, 6, 30),
        notes=notes,
        caveat=_CC_CAVEATS[rule.procedure, from_2027],
        verified=False,
        **changes,  # type: ignore[arg-type]
    )


CASSATION_COURTS_RULES: tuple[Rule, ...] = tuple(
    _cassation_courts_version(rule, from_2027=from_2027)
    for from_2027 in (False, True)
    for rule in SUPREME_COURT_RULES
)

_CASSATION_COURT_ACT = frozenset({ActKind.CASSATION_COURT_ACT})


def _review(key: str, procedure: Procedure, **kw: object) -> Rule:
    """A rule of the Supreme Court's review of a cassation court's act (CPC ch. 54-1, CrPC
    ch. 52-1, from 1 July 2025): no preliminary condition but the exceptional grounds, which the
    answer names and does not check; the cassation bars (CPC 434.2, CrPC 484) are not its own."""
    civil = procedure is Procedure.CIVIL
    return Rule(
        key=f"cc.{procedure}.supreme_court_review{key}",
        regime=Regime.CASSATION_COURTS,
        procedure=procedure,
        act_kinds=_CASSATION_COURT_ACT,
        appeals=_ANY_APPEAL if civil else _NO_APPEAL,
        art438_part6=_EITHER if civil else _ORDINARY,
        reason=Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW,
        restoration=Restoration.NONE,
        valid_from=REFORM_DAY,
        caveat=Caveat.SUPREME_COURT_REVIEW_CIVIL if civil else Caveat.SUPREME_COURT_REVIEW_CRIMINAL,
        **kw,  # type: ignore[arg-type]
    )


# Read in the CPC of 01.07.2026 and the CrPC of 12.06.2026 (legal-reform-2025.md §4); both
# chapters were added by Law 136-VIII from 1 July 2025.
SUPREME_COURT_REVIEW_RULES: tuple[Rule, ...] = (
    # CPC 454-1: no term stated; the Supreme Court reviews «в разумный срок» (454-4.2).
    _review(
        "",
        Procedure.CIVIL,
        directions=_NO_DIRECTION,
        outcome=Outcome.UNLIMITED,
        months=None,
        citations=("CPC 454-1.1", "CPC 454-1.2", "CPC 454-2", "CPC 454-4.2"),
    ),
    # CrPC 498-1.3: improving «сроками не ограничена».
    _review(
        ".improves",
        Procedure.CRIMINAL,
        directions=frozenset({Direction.IMPROVES}),
        outcome=Outcome.UNLIMITED,
        months=None,
        citations=("CrPC 498-1.1", "CrPC 498-1.3"),
    ),
    # CrPC 498-1.3: worsening «в течение шести месяцев после кассационного рассмотрения.
    # Восстановление указанного срока не допускается».
    _review(
        ".worsens",
        Procedure.CRIMINAL,
        directions=frozenset({Direction.WORSENS}),
        outcome=Outcome.TERM,
        months=6,
        citations=("CrPC 498-1.1", "CrPC 498-1.3"),
    ),
)

RULES: tuple[Rule, ...] = SUPREME_COURT_RULES + CASSATION_COURTS_RULES + SUPREME_COURT_REVIEW_RULES
RULES_BY_KEY: dict[str, Rule] = {rule.key: rule for rule in RULES}


@lru_cache(maxsize=1024)
def candidates(
    regime: Regime,
    procedure: Procedure,
    act_kind: ActKind,
    appeal: Appeal | None,
    direction: Direction | None,
    art438_part6: bool,
) -> tuple[Rule, ...]:
    """Return the rules of ``regime`` matching the facts, in priority order, all versions."""
    return tuple(
        rule
        for rule in RULES
        if rule.regime is regime
        and rule.procedure is procedure
        and act_kind in rule.act_kinds
        and appeal in rule.appeals
        and direction in rule.directions
        and art438_part6 in rule.art438_part6
    )


def find_rule(rules: tuple[Rule, ...], on: date) -> Rule | None:
    """Return the first of ``rules`` in force on ``on``."""
    for rule in rules:
        if rule.in_force_on(on):
            return rule
    return None

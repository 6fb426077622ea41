"""Value types of the deadlines engine: the case facts a citizen gives and the answer we give back.

Everything here is a frozen, slotted dataclass or a ``StrEnum`` so that facts can be hashed (the
engine caches on them), compared in tests, and passed across threads without copying. The enum
values are the exact strings of the CLI contract (issue 3), so parsing is a dictionary lookup and
serialising is ``str(value)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from deadlines.errors import DeadlinesInputError
from deadlines.frozen import constructor
from deadlines.workdays import FIRST_DAY, LAST_DAY

if TYPE_CHECKING:
    from deadlines.explain import DeferredExplanation


class Regime(StrEnum):
    """Which cassation procedure an answer follows (stated in every answer).

    ``auto`` (the default) is not a procedure but the rule for choosing one: the law in force on
    the filing day (else today) decides, see ``rules.regime_on``. An answer always names the
    procedure it used, never ``auto``. The two others pin a procedure whatever the day.
    """

    AUTO = "auto"
    SUPREME_COURT = "supreme_court"
    CASSATION_COURTS = "cassation_courts"


class Procedure(StrEnum):
    CIVIL = "civil"
    CRIMINAL = "criminal"


class ActKind(StrEnum):
    """The kind of court act contested: the first three are civil, the next three criminal.

    ``cassation_court_act`` exists in both procedures: an act of a cassation court (from 1 July
    2025), which only the Supreme Court may review, in exceptional cases (CPC ch. 54-1, CrPC
    ch. 52-1). Its ``in_force_on`` is the day the cassation court's act was pronounced, the day it
    enters into legal force.
    """

    FIRST_INSTANCE = "first_instance"
    APPELLATE = "appellate"
    SUPREME_COURT_COLLEGIUM = "supreme_court_collegium"
    CONVICTION = "conviction"
    ACQUITTAL = "acquittal"
    TERMINATION = "termination"
    CASSATION_COURT_ACT = "cassation_court_act"


CIVIL_ACTS = frozenset(
    {
        ActKind.FIRST_INSTANCE,
        ActKind.APPELLATE,
        ActKind.SUPREME_COURT_COLLEGIUM,
        ActKind.CASSATION_COURT_ACT,
    }
)
CRIMINAL_ACTS = frozenset(
    {ActKind.CONVICTION, ActKind.ACQUITTAL, ActKind.TERMINATION, ActKind.CASSATION_COURT_ACT}
)
# The day the cassation courts (and the Supreme Court's review of their acts) began: Law
# 136-VIII of 21 November 2024 and Constitutional Law 109-VIII of 5 July 2024.
REFORM_DAY = date(2025, 7, 1)


class Appeal(StrEnum):
    """What happened on appeal to a civil act (CPC art. 434 part 1 and art. 436 part 2)."""

    DECIDED_ON_APPEAL = "decided_on_appeal"
    NOT_APPEALED = "not_appealed"
    MISSED_RESTORATION_REFUSED_REVIEWED = "missed_restoration_refused_reviewed"


class Direction(StrEnum):
    """Whether the criminal review sought improves or worsens the person's position (CrPC 487)."""

    IMPROVES = "improves"
    WORSENS = "worsens"


class Exclusion(StrEnum):
    """Kinds of case the codes exclude from cassation review, as far as the person says.

    Civil, CPC art. 434 part 2 (only the sub-items whose text was seen in a source): 1, the
    simplified procedures of chapters 12 and 21-1; 2, a settlement, mediation or participative-
    procedure agreement; 3, property disputes below 2,000 MCI (individuals) or 30,000 MCI (legal
    entities). Criminal, CrPC art. 484: part 1, a first-instance verdict or resolution is reviewed
    only after appeal; part 2 item 1, cases of criminal misdemeanours and crimes of minor gravity
    (the text in force, read in the versions of 12.07.2023 and 12.06.2026; reported lifted from
    1 July 2027). The other items stay a caveat of the answer. ``None`` on the facts means "not
    asked".
    """

    NONE = "none"
    SIMPLIFIED_PROCEDURE = "simplified_procedure"
    SETTLEMENT = "settlement"
    SMALL_PROPERTY_CLAIM = "small_property_claim"
    NOT_REVIEWED_ON_APPEAL = "not_reviewed_on_appeal"
    MISDEMEANOUR_OR_MINOR_CRIME = "misdemeanour_or_minor_crime"


CIVIL_EXCLUSIONS = frozenset(
    {
        Exclusion.NONE,
        Exclusion.SIMPLIFIED_PROCEDURE,
        Exclusion.SETTLEMENT,
        Exclusion.SMALL_PROPERTY_CLAIM,
    }
)
CRIMINAL_EXCLUSIONS = frozenset(
    {Exclusion.NONE, Exclusion.NOT_REVIEWED_ON_APPEAL, Exclusion.MISDEMEANOUR_OR_MINOR_CRIME}
)


class Reason(StrEnum):
    """Machine-readable ground of the answer; the explanation says the same in words."""

    APPEAL_OBSERVED = "appeal_observed"
    SUPREME_COURT_COLLEGIUM_ACT = "supreme_court_collegium_act"
    APPEAL_RESTORATION_REFUSED_REVIEWED = "appeal_restoration_refused_reviewed"
    APPEAL_NOT_USED = "appeal_not_used"
    EXCEPTIONAL_GROUNDS = "exceptional_grounds"
    REVIEW_IMPROVES = "review_improves"
    REVIEW_WORSENS = "review_worsens"
    REVIEW_IN_FAVOUR_OF_ACQUITTED = "review_in_favour_of_acquitted"
    NOT_IN_FORCE_WHEN_FILED = "not_in_force_when_filed"
    EXCLUDED_SIMPLIFIED_PROCEDURE = "excluded_simplified_procedure"
    EXCLUDED_SETTLEMENT = "excluded_settlement"
    EXCLUDED_SMALL_PROPERTY_CLAIM = "excluded_small_property_claim"
    EXCLUDED_NOT_REVIEWED_ON_APPEAL = "excluded_not_reviewed_on_appeal"
    EXCLUDED_MISDEMEANOUR_OR_MINOR_CRIME = "excluded_misdemeanour_or_minor_crime"
    SUPREME_COURT_EXCEPTIONAL_REVIEW = "supreme_court_exceptional_review"
    """A cassation court's act: the Supreme Court's review on exceptional grounds (CPC 454-1,
    CrPC 498-1)."""


class Route(StrEnum):
    """Who brings the review the answer speaks of (``None`` on an answer that is not admissible).

    A review on the exceptional grounds of CPC art. 438 part 6 is never brought by the person's
    own filing: before 1 July 2025 by a submission of the Chairman of the Supreme Court or a
    protest of the Prosecutor General (CPC 434.3, version 01.01.2024), from then by a protest of
    the Prosecutor General or the prosecutors CPC 434.3 names (version 01.07.2026). The person's
    filing is then a petition asking them to bring it (CPC 435.2), attached to the protest.

    A cassation court's act is reviewed by the Supreme Court only on a submission of a Supreme
    Court judge or a protest of the Prosecutor General (CPC 454-1.1, CrPC 498-1.1); the person's
    filing is a petition to either of them, following CPC 438-442 / CrPC 486-489 (454-1.2,
    498-1.2).
    """

    OWN_FILING = "own_filing"
    PROSECUTOR_PROTEST = "prosecutor_protest"
    SUBMISSION_OR_PROTEST = "chairman_submission_or_prosecutor_protest"
    SUPREME_COURT_JUDGE_OR_PROSECUTOR = "supreme_court_judge_or_prosecutor_general"


class Restoration(StrEnum):
    """How a missed term can be cured, if at all."""

    NONE = "none"
    CASSATION_TERM = "cassation_term"
    """Ask the court of cassation, with the filing itself, to restore its term for valid reasons."""
    APPEAL_TERM_FIRST = "appeal_term_first"
    """Ask the first-instance court to restore the appeal term (CPC art. 436 part 2)."""


class Note(StrEnum):
    """Caveats and points of legal uncertainty an answer may carry (each rendered as a sentence)."""

    REGIME_SUPERSEDED = "regime_superseded"
    CC_CIVIL_TEXT_UNVERIFIED = "cc_civil_text_unverified"
    CC_CRIMINAL_TEXT_UNVERIFIED = "cc_criminal_text_unverified"
    CC_TRANSITIONAL = "cc_transitional"
    CC_EXCEPTIONAL_GROUNDS = "cc_exceptional_grounds"
    CC_SUPREME_COURT_COLLEGIUM = "cc_supreme_court_collegium"
    SC_COLLEGIUM_TERM = "sc_collegium_term"
    TERM_START_AFTER_RESTORATION = "term_start_after_restoration"
    ACQUITTED_IN_FAVOUR = "acquitted_in_favour"
    CALENDAR_PROVISIONAL = "calendar_provisional"


# The last in-force date whose longest term (one year plus the days off after it) still ends
# inside the precomputed calendar.
MAX_IN_FORCE = date(LAST_DAY.year - 1, 12, 1)

# Notes that mean "the law (or the calendar) is unclear here", as opposed to plain caveats.
UNCERTAIN_NOTES = frozenset(Note) - {Note.REGIME_SUPERSEDED}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What the citizen tells us about the case (the CLI's input object, typed).

    ``in_force_on`` is the day the contested act entered into legal force. ``filed_at`` must be an
    aware datetime: a naive one would silently be read in the server's zone, and the answer depends
    on the court's local time (Astana). ``today`` is the date the answer is given for, in Astana;
    ``None`` means "ask the clock" at assessment time.
    """

    procedure: Procedure
    act_kind: ActKind
    in_force_on: date
    appeal: Appeal | None = None
    direction: Direction | None = None
    art438_part6: bool = False
    regime: Regime = Regime.AUTO
    filed_at: datetime | None = None
    today: date | None = None
    exclusion: Exclusion | None = None

    def __post_init__(self) -> None:
        """Refuse facts that cannot describe a real case, so an invalid one never exists.

        Enum fields also accept their string values (e.g. from a web form) and are converted.
        """
        if self.regime is None:
            object.__setattr__(self, "regime", Regime.AUTO)
        if not isinstance(self.art438_part6, bool):
            msg = "art438_part6 must be true or false"
            raise DeadlinesInputError("invalid_type", msg, "art438_part6")
        for name, kind in _ENUM_FIELDS:
            value = getattr(self, name)
            if value is not None and not isinstance(value, kind):
                if value not in kind._value2member_map_:
                    allowed = ", ".join(f'"{member}"' for member in kind)
                    msg = f"{name} must be one of {allowed}, got {value!r}"
                    raise DeadlinesInputError("invalid_choice", msg, name)
                object.__setattr__(self, name, kind(value))
        _check_consistency(self)
        _check_dates(self)


_ENUM_FIELDS = (
    ("procedure", Procedure),
    ("act_kind", ActKind),
    ("appeal", Appeal),
    ("direction", Direction),
    ("regime", Regime),
    ("exclusion", Exclusion),
)


def _check_consistency(facts: CaseFacts) -> None:
    for name in ("procedure", "act_kind"):
        if getattr(facts, name) is None:
            raise DeadlinesInputError("missing", f"{name} is required", name)
    civil = facts.procedure is Procedure.CIVIL
    if facts.act_kind not in (CIVIL_ACTS if civil else CRIMINAL_ACTS):
        msg = f"act_kind {facts.act_kind} does not exist in {facts.procedure} procedure"
        raise DeadlinesInputError("inconsistent", msg, "act_kind")
    if facts.act_kind is ActKind.CASSATION_COURT_ACT and facts.regime is Regime.SUPREME_COURT:
        msg = (
            "act_kind cassation_court_act does not exist in the supreme_court regime: the "
            "cassation courts sit from 2025-07-01"
        )
        raise DeadlinesInputError("inconsistent", msg, "regime")
    if civil:
        if facts.direction is not None:
            msg = "direction applies to criminal cases only"
            raise DeadlinesInputError("inconsistent", msg, "direction")
        if facts.appeal is None and facts.act_kind not in _NO_APPEAL_ASKED:
            raise DeadlinesInputError("missing", "appeal is required for this act_kind", "appeal")
        if facts.act_kind is ActKind.APPELLATE and facts.appeal is Appeal.NOT_APPEALED:
            msg = "an appellate act cannot have appeal not_appealed"
            raise DeadlinesInputError("inconsistent", msg, "appeal")
        if facts.exclusion is not None and facts.exclusion not in CIVIL_EXCLUSIONS:
            msg = f"exclusion {facts.exclusion} does not exist in civil procedure (CPC art. 434)"
            raise DeadlinesInputError("inconsistent", msg, "exclusion")
        return
    if facts.appeal is not None:
        raise DeadlinesInputError("inconsistent", "appeal applies to civil cases only", "appeal")
    if facts.exclusion is not None and facts.exclusion not in CRIMINAL_EXCLUSIONS:
        msg = f"exclusion {facts.exclusion} does not exist in criminal procedure (CrPC art. 484)"
        raise DeadlinesInputError("inconsistent", msg, "exclusion")
    if facts.art438_part6:
        msg = "art438_part6 (CPC art. 438 part 6) applies to civil cases only"
        raise DeadlinesInputError("inconsistent", msg, "art438_part6")
    if facts.direction is None:
        raise DeadlinesInputError("missing", "direction is required in criminal cases", "direction")


# Civil acts whose review does not turn on the appeal (CPC 434.1; ch. 54-1): it is not asked.
_NO_APPEAL_ASKED = frozenset({ActKind.SUPREME_COURT_COLLEGIUM, ActKind.CASSATION_COURT_ACT})


def _check_dates(facts: CaseFacts) -> None:
    # datetime is a subclass of date: refuse it where a calendar day is meant.
    for name, last in (("in_force_on", MAX_IN_FORCE), ("today", LAST_DAY)):
        value = getattr(facts, name)
        if value is None and name == "today":
            continue
        if not isinstance(value, date) or isinstance(value, datetime):
            raise DeadlinesInputError("invalid_type", f"{name} must be a date", name)
        if not FIRST_DAY <= value <= last:
            msg = f"{name} must be between {FIRST_DAY.isoformat()} and {last.isoformat()}"
            raise DeadlinesInputError("out_of_range", msg, name)
    if facts.act_kind is ActKind.CASSATION_COURT_ACT and facts.in_force_on < REFORM_DAY:
        msg = (
            "in_force_on of a cassation_court_act must be on or after 2025-07-01: the cassation "
            "courts sit from that day"
        )
        raise DeadlinesInputError("out_of_range", msg, "in_force_on")
    if facts.filed_at is not None:
        if not isinstance(facts.filed_at, datetime) or facts.filed_at.utcoffset() is None:
            msg = "filed_at must be a datetime with a UTC offset"
            raise DeadlinesInputError("invalid_type", msg, "filed_at")
        if not FIRST_DAY <= facts.filed_at.date() <= LAST_DAY:
            msg = f"filed_at must be between {FIRST_DAY.isoformat()} and {LAST_DAY.isoformat()}"
            raise DeadlinesInputError("out_of_range", msg, "filed_at")


@dataclass(frozen=True, slots=True)
class Step:
    """One step of an explanation, in one language: its sentences and what they rest on.

    ``citations`` are the engine's codes (as in ``Assessment.citations``: "CPC 436.1",
    "Law 136-VIII"); ``cited`` is the same list as readers of the step's language write it
    ("АПК 436-бабының 1-бөлігі", "ч. 1 ст. 436 ГПК", "CPC article 436 part 1").
    """

    text: str
    citations: tuple[str, ...]
    cited: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """The same answer in whole sentences, in Kazakh, Russian and English.

    ``kk``, ``ru`` and ``en`` are the whole text; ``steps_kk``, ``steps_ru`` and ``steps_en`` the
    same sentences as short steps, each with its citations (see ``deadlines.steps``), whose
    texts joined by spaces are the whole text.
    """

    kk: str
    ru: str
    en: str
    steps_kk: tuple[Step, ...] = ()
    steps_ru: tuple[Step, ...] = ()
    steps_en: tuple[Step, ...] = ()

    def steps(self, language: str) -> tuple[Step, ...]:
        """Return the steps in ``language`` ("kk", "ru" or "en"; anything else reads as kk)."""
        if language == "ru":
            return self.steps_ru
        return self.steps_en if language == "en" else self.steps_kk


@dataclass(frozen=True, slots=True)
class Assessment:
    """The engine's answer. ``assessment_to_dict`` turns it into the CLI's output object.

    ``deadline`` is the last day (Astana calendar date) and ``cutoff`` the first instant that is
    late (24:00 of the last day in Astana, as an aware UTC datetime). ``days_left`` counts calendar
    days from ``today`` to ``deadline`` and is negative once the term has expired. ``provisional``
    is true when the last day could still move earlier because the official calendar of days off
    for that year is not final; ``uncertain`` when any point of law behind the answer is unclear.
    """

    regime: Regime
    admissible: bool
    reason: Reason
    deadline: date | None
    unlimited: bool
    on_time: bool | None
    restorable: bool
    restoration: Restoration
    days_left: int | None
    citations: tuple[str, ...]
    explanation: Explanation | DeferredExplanation  # rendered when first read
    today: date
    raw_end: date | None = None
    cutoff: datetime | None = None
    provisional: bool = False
    uncertain: bool = False
    notes: tuple[Note, ...] = ()
    rule: str = ""
    route: Route | None = None


# The engine builds one per answer (see ``frozen``); mypy sees the plain constructor.
new_assessment = Assessment if TYPE_CHECKING else constructor(Assessment)
new_step = Step if TYPE_CHECKING else constructor(Step)
new_explanation = Explanation if TYPE_CHECKING else constructor(Explanation)

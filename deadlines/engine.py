"""``assess``: apply the rule in force to the case facts and explain the answer.

Which regime and rule version apply is decided by the *reference date*: the day of filing on the
court's clock when ``filed_at`` is given (procedural law applies as in force when the act is
performed, CPC art. 3), otherwise ``today``. With ``regime`` ``auto`` (the default) the reference
date also chooses the regime (``rules.regime_on``); a pinned regime is kept whatever the day. The
term itself always runs from ``in_force_on``, so for a fixed regime and reference date the last
day is monotone in the in-force date (a property test checks this).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime, timedelta
from functools import partial

from deadlines.errors import DeadlinesInputError
from deadlines.explain import Block, DeferredExplanation, Part, clear_render_cache
from deadlines.model import (
    REFORM_DAY,
    UNCERTAIN_NOTES,
    ActKind,
    Assessment,
    CaseFacts,
    Exclusion,
    Note,
    Procedure,
    Reason,
    Regime,
    Restoration,
    Route,
    new_assessment,
)
from deadlines.review import review_blocks
from deadlines.rules import (
    RULES_BY_KEY,
    THRESHOLDS_LIFTED_DAY,
    Caveat,
    Outcome,
    Rule,
    candidates,
    find_rule,
    period_of,
    regime_on,
)
from deadlines.term_parts import term_and_parts
from deadlines.terms import COURT_TZ, Term, compute_term, court_today, cutoff_instant
from deadlines.workdays import is_estimated_day_off


def _rule_for(facts: CaseFacts, regime: Regime, reference: date) -> Rule:
    rules = candidates(
        regime,
        facts.procedure,
        facts.act_kind,
        facts.appeal,
        facts.direction,
        facts.art438_part6,
    )
    rule = find_rule(rules, reference)
    if rule is None:
        field = "filed_at" if facts.filed_at is not None else "today"
        since = min(r.valid_from for r in rules).isoformat()
        msg = (
            f"the {regime} regime has no rule for this {facts.procedure} case in force on "
            f"{reference.isoformat()} (the {field} date); its rules apply from {since}"
        )
        raise DeadlinesInputError("no_rule_in_force", msg, field)
    return rule


# Each exclusion: its reason and the citation of the provision that bars review.
_EXCLUDED = {
    Exclusion.SIMPLIFIED_PROCEDURE: (Reason.EXCLUDED_SIMPLIFIED_PROCEDURE, "CPC 434.2"),
    Exclusion.SETTLEMENT: (Reason.EXCLUDED_SETTLEMENT, "CPC 434.2"),
    Exclusion.SMALL_PROPERTY_CLAIM: (Reason.EXCLUDED_SMALL_PROPERTY_CLAIM, "CPC 434.2"),
    Exclusion.NOT_REVIEWED_ON_APPEAL: (Reason.EXCLUDED_NOT_REVIEWED_ON_APPEAL, "CrPC 484.1"),
    Exclusion.MISDEMEANOUR_OR_MINOR_CRIME: (
        Reason.EXCLUDED_MISDEMEANOUR_OR_MINOR_CRIME,
        "CrPC 484.2",
    ),
}
# The caveat of an answer whose exclusion question was answered: it says what rests on it.
_ANSWERED_CAVEATS = {
    Caveat.CIVIL_434_2: Caveat.CIVIL_434_2_ANSWERED,
    Caveat.CIVIL_434_2_UNTIL_2027: Caveat.CIVIL_434_2_ANSWERED,
    Caveat.CIVIL_434_2_FROM_2027: Caveat.CIVIL_434_2_ANSWERED_FROM_2027,
    Caveat.CRIMINAL_484: Caveat.CRIMINAL_484_ANSWERED,
    Caveat.CRIMINAL_484_UNTIL_2027: Caveat.CRIMINAL_484_ANSWERED_UNTIL_2027,
    Caveat.CRIMINAL_484_FROM_2027: Caveat.CRIMINAL_484_ANSWERED_FROM_2027,
}


# The bars reported lifted from 1 July 2027 (R3): CPC 434.2.3 and CrPC 484.2.1.
_LIFTED_FROM_2027 = frozenset(
    {Exclusion.SMALL_PROPERTY_CLAIM, Exclusion.MISDEMEANOUR_OR_MINOR_CRIME}
)


def _bar_lifted(facts: CaseFacts, regime: Regime, reference: date) -> bool:
    """The person names a bar that on this day is reported lifted (R3): a small property claim,
    or a criminal misdemeanour or crime of minor gravity."""
    lifted = regime is Regime.CASSATION_COURTS and reference >= THRESHOLDS_LIFTED_DAY
    return lifted and facts.exclusion in _LIFTED_FROM_2027


def _exclusion(facts: CaseFacts, regime: Regime, reference: date) -> Exclusion | None:
    """The exclusion that bars review, or None (not asked, none applies, or lifted)."""
    if facts.exclusion is None or facts.exclusion is Exclusion.NONE:
        return None
    if _bar_lifted(facts, regime, reference):
        return None  # the bar is reported removed from 1 July 2027
    return facts.exclusion


def _regime_notes(facts: CaseFacts, regime: Regime, reference: date) -> tuple[Note, ...]:
    """Notes on the regime itself: a pre-reform act under the new courts, or a superseded regime."""
    notes: tuple[Note, ...] = ()
    if regime is Regime.CASSATION_COURTS and facts.in_force_on < REFORM_DAY:
        notes += (Note.CC_TRANSITIONAL,)
    if regime is Regime.SUPREME_COURT and reference >= REFORM_DAY:
        notes += (Note.REGIME_SUPERSEDED,)
    return notes


def _note_key(note: Note, procedure: Procedure) -> str:
    """The sentence of a note; the transitional one is said differently in each procedure (the
    law-of-the-filing-day article was read in the CPC only)."""
    if note is Note.CC_TRANSITIONAL:
        return f"note.{note}.{procedure}"
    return "note." + note


def _chosen(facts: CaseFacts, regime: Regime, reference: date) -> list[Part]:
    """For a regime chosen by the day (``auto``): which day chose it, and what that period's law
    is. Nothing for a pinned regime, whose answers stay as they were."""
    if facts.regime is not Regime.AUTO:
        return []
    by = "regime.chosen_by_filing" if facts.filed_at is not None else "regime.chosen_by_today"
    if facts.act_kind is ActKind.CASSATION_COURT_ACT:
        return [(by, (("day", reference),))]  # the period's sentence is about cassation itself
    return [(by, (("day", reference),)), ("regime.period." + period_of(regime, reference), ())]


def _excluded(
    facts: CaseFacts,
    regime: Regime,
    rule: Rule,
    exclusion: Exclusion,
    today: date,
    reference: date,
) -> Assessment:
    """The answer for an act CPC 434.2 or CrPC 484 excludes: not reviewable, whatever the dates."""
    # The amended CPC 434 was not seen; the amended CrPC 484 was (its note is about art. 487).
    notes: tuple[Note, ...] = tuple(n for n in rule.notes if n is Note.CC_CIVIL_TEXT_UNVERIFIED)
    notes += _regime_notes(facts, regime, reference)
    items: list[Part | Block] = [
        ("regime." + regime, ()),
        *_chosen(facts, regime, reference),
        ("excluded." + exclusion, ()),
        ("in_force", (("in_force", facts.in_force_on),)),
        *[(_note_key(note, facts.procedure), ()) for note in notes],
    ]
    reason, citation = _EXCLUDED[exclusion]
    reform = tuple(c for c in rule.citations if not c.startswith(("CPC", "CrPC")))
    return new_assessment(
        regime=regime,
        admissible=False,
        reason=reason,
        deadline=None,
        unlimited=False,
        on_time=None,
        restorable=False,
        restoration=Restoration.NONE,
        days_left=None,
        citations=(citation, *reform),
        explanation=DeferredExplanation(items, (regime, facts.procedure, (citation, *reform))),
        today=today,
        uncertain=not UNCERTAIN_NOTES.isdisjoint(notes),
        notes=notes,
        rule=f"{rule.key}+{exclusion}",
    )


def _rule_blocks(rule_key: str, act: str, answered: bool) -> tuple[Block, Block]:
    """Return the sentences fixed by the rule (and the act, in criminal cases): head and tail.

    ``answered``: the person answered the exclusion question (CPC 434.2 / CrPC 484), so the
    caveat says what rests on that answer.
    """
    rule = RULES_BY_KEY[rule_key]
    if rule.reason is Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW:
        return review_blocks(rule)
    civil = rule.procedure is Procedure.CIVIL
    head: list[Part] = [("regime." + rule.regime, ())]
    tail: list[Part] = []
    if civil:
        head.append(("reason." + rule.reason, ()))
    if rule.outcome is Outcome.TERM:
        head.append(("term.civil", ()) if civil else ("term.criminal_year", (("act", act),)))
        tail.append(("restore." + rule.restoration if civil else "restore.none_criminal", ()))
    elif rule.outcome is Outcome.UNLIMITED:
        if not civil:
            head.append(("term.criminal_unlimited", ()))
        elif rule.regime is Regime.SUPREME_COURT:
            head.append(("term.exceptional_unlimited", ()))
        else:  # CPC 434.3, 435.2, 436.3 as in force from 1 July 2025: a prosecutor's protest
            head.append(("term.exceptional_protest", ()))
    caveat = _ANSWERED_CAVEATS[rule.caveat] if answered else rule.caveat
    tail.append(("caveat." + caveat, ()))
    tail += [
        ("note." + note, (("act", act),) if note is Note.ACQUITTED_IN_FAVOUR else ())
        for note in rule.notes
    ]
    return tuple(head), tuple(tail)


class _Plan:
    """What an answer says and decides that does not depend on the dates themselves.

    It is a function of the discrete facts, whether a filing moment is given, whether the act
    entered into force before the reform, and the *era* of the reference date: the span between
    two consecutive days on which some rule, regime or bar changes (``_ERA_BOUNDS``). Within an
    era every comparison the regime, the rule versions, the R3 bars and the notes make with the
    reference date has the same result, so one plan serves every date in it; the dates (the
    term, days left, the filing) are applied afresh on every call. A test checks that answers
    through a plan made for other dates equal answers computed cold.
    """

    __slots__ = (
        "after",
        "before",
        "chosen",
        "context",
        "excluded",
        "in_force",
        "notes",
        "notes_provisional",
        "regime",
        "regime_items",
        "review",
        "route",
        "rule",
        "tail",
        "uncertain",
    )

    def __init__(self, facts: CaseFacts, reference: date) -> None:
        review = facts.act_kind is ActKind.CASSATION_COURT_ACT
        regime = facts.regime
        if regime is Regime.AUTO:
            regime = Regime.CASSATION_COURTS if review else regime_on(reference)
        self.regime = regime
        self.review = review
        self.rule = rule = _rule_for(facts, regime, reference)
        self.excluded = None if review else _exclusion(facts, regime, reference)
        head, self.tail = _rule_blocks(rule.key, facts.act_kind, facts.exclusion is not None)
        # The regime's sentence, then (when chosen by the day) why it applies, then the rest.
        # (Every head has a sentence after the regime's: the reason or the term.)
        chosen = _chosen(facts, regime, reference)
        self.before: tuple[Part | Block, ...] = (head[:1],)
        self.chosen = chosen[0][0] if chosen else None
        after: list[Part | Block] = [*chosen[1:], head[1:]]
        if not review and _bar_lifted(facts, regime, reference):
            after.append(("lifted." + str(facts.exclusion), ()))
        self.after = tuple(after)
        self.in_force = "review.in_force" if review else "in_force"
        regime_notes = _regime_notes(facts, regime, reference)
        self.regime_items = tuple((_note_key(note, facts.procedure), ()) for note in regime_notes)
        self.notes = rule.notes + regime_notes
        self.notes_provisional = (*rule.notes, Note.CALENDAR_PROVISIONAL, *regime_notes)
        self.uncertain = not UNCERTAIN_NOTES.isdisjoint(self.notes)
        self.route = _route(rule, regime)
        self.context = (regime, facts.procedure, rule.citations)


# Every day on which some comparison with the reference date can change its result.
_ERA_BOUNDS: tuple[date, ...] = tuple(
    sorted(
        {
            REFORM_DAY,
            THRESHOLDS_LIFTED_DAY,
            *(rule.valid_from for rule in RULES_BY_KEY.values()),
            *(
                rule.valid_to + timedelta(days=1)
                for rule in RULES_BY_KEY.values()
                if rule.valid_to is not None
            ),
        }
    )
)
_PLANS: dict[tuple[object, ...], _Plan] = {}


def assess(facts: CaseFacts, *, today: date | None = None) -> Assessment:
    """Return the answer for ``facts``.

    ``today`` (a date on the court's clock) wins over ``facts.today``; if both are ``None`` the
    clock is read. The regime is the one in force on the filing day, else today, unless the facts
    pin one. Raises ``DeadlinesInputError`` when no rule of the regime is in force on the reference
    date (e.g. the cassation-courts regime pinned for a filing before 1 July 2025).

    A cassation court's act is the Supreme Court's review, which exists only from 1 July 2025 (the
    facts refuse an earlier act or a pinned supreme_court regime): its regime is always the
    cassation courts' and the cassation bars (CPC 434.2, CrPC 484) are not its conditions.
    """
    today = today or facts.today or court_today()
    filed = None if facts.filed_at is None else facts.filed_at.astimezone(COURT_TZ)
    reference = today if filed is None else filed.date()
    key = (
        facts.regime,
        facts.procedure,
        facts.act_kind,
        facts.appeal,
        facts.direction,
        facts.art438_part6,
        facts.exclusion,
        filed is None,
        facts.in_force_on < REFORM_DAY,
        bisect_right(_ERA_BOUNDS, reference),
    )
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _Plan(facts, reference)  # raises (and keeps nothing) if no rule
    rule = plan.rule
    regime = plan.regime
    if plan.excluded is not None:
        return _excluded(facts, regime, rule, plan.excluded, today, reference)
    term: Term | None = None
    dates: tuple[Part, ...] = ()
    holiday_citations: tuple[str, ...] = ()
    days_left: int | None = None
    outcome = rule.outcome
    if outcome is Outcome.TERM:
        assert rule.months is not None
        term, dates, holiday_citations = term_and_parts(facts.in_force_on, rule.months)
        days_left = (term.deadline - today).days
    on_time: bool | None = None
    premature = False
    if filed is not None and outcome is not Outcome.NOT_REVIEWABLE:
        premature = filed.date() < facts.in_force_on
        if not premature:
            on_time = True if term is None else filed < term.cutoff
    provisional = term is not None and term.provisional_from is not None
    admissible = outcome is not Outcome.NOT_REVIEWABLE and not premature
    # The sentences are put together only when the explanation is read (``_story``).
    story = partial(_story, plan, facts.in_force_on, today, reference, filed, term, dates)
    return new_assessment(
        regime=regime,
        admissible=admissible,
        reason=Reason.NOT_IN_FORCE_WHEN_FILED if premature else rule.reason,
        deadline=term.deadline if term is not None else None,
        unlimited=outcome is Outcome.UNLIMITED,
        on_time=on_time,
        restorable=rule.restoration is not Restoration.NONE,
        restoration=rule.restoration,
        days_left=days_left,
        citations=rule.citations + holiday_citations if holiday_citations else rule.citations,
        explanation=DeferredExplanation(story, plan.context),
        today=today,
        raw_end=term.raw_end if term is not None else None,
        cutoff=term.cutoff if term is not None else None,
        provisional=provisional,
        uncertain=True if provisional else plan.uncertain,
        notes=plan.notes_provisional if provisional else plan.notes,
        rule=rule.key,
        route=plan.route if admissible else None,
    )


def _story(
    plan: _Plan,
    in_force_on: date,
    today: date,
    reference: date,
    filed: datetime | None,
    term: Term | None,
    dates: tuple[Part, ...],
) -> list[Part | Block]:
    """Return the sentences of an answer (see ``assess``), in the order they are said: the
    regime and why it applies, what may be reviewed, the term and how its last day was reached,
    the days left, the filing, restoration and the caveats, then the notes."""
    items: list[Part | Block] = [*plan.before]
    if plan.chosen is not None:
        items.append((plan.chosen, (("day", reference),)))
    items += plan.after
    if term is not None:
        if plan.review:  # the same dates, said of a cassation court's act (in force when said)
            dates = ((plan.in_force, dates[0][1]), *dates[1:])
        items += dates
        days_left = (term.deadline - today).days
        if days_left > 0:
            items.append(("days.left", (("today", today), ("n", days_left))))
        elif days_left == 0:
            items.append(("days.today", (("today", today),)))
        else:
            items.append(("days.expired", (("today", today), ("n", -days_left))))
    else:
        items.append((plan.in_force, (("in_force", in_force_on),)))

    if filed is not None and plan.rule.outcome is not Outcome.NOT_REVIEWABLE:
        on_time: bool | None = None
        if filed.date() < in_force_on:
            status = "review.filed_before_in_force" if plan.review else "filed.before_in_force"
        elif term is None:
            on_time, status = True, "filed.unlimited"
        else:
            on_time = filed < term.cutoff
            status = "filed.on_time" if on_time else "filed.late"
        items.append(("filed.moment", (("filed", filed),)))
        later = term.later_deadline if term is not None else None
        if on_time is False and later is not None and filed < cutoff_instant(later):
            # After the safe day, before the end of the later one: in time if the day off holds.
            assert term is not None
            assert term.provisional_from is not None
            day = term.provisional_from
            items.append(("filed.late_unless_day_off", (("later", later), ("day", day))))
        else:
            items.append((status, ()))

    items.append(plan.tail)
    if term is not None and term.provisional_from is not None:
        day = term.provisional_from
        # A transfer of days off can only make a weekend day a working day; an estimated lunar
        # holiday may fall on another day (the two are said differently).
        key = (
            "note.calendar_provisional_estimated"
            if is_estimated_day_off(day)
            else "note.calendar_provisional"
        )
        later = term.later_deadline
        items.append((key, (("year", day.year), ("day", day), ("later", later))))
    items += plan.regime_items
    return items


def _route(rule: Rule, regime: Regime) -> Route:
    """Who brings the review: the person's filing, or (CPC 438.6 grounds) only a protest or a
    submission, which the person's petition asks for (CPC 434.3, 435.2); for a cassation court's
    act a Supreme Court judge's submission or the Prosecutor General's protest (CPC 454-1,
    CrPC 498-1)."""
    if rule.reason is Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW:
        return Route.SUPREME_COURT_JUDGE_OR_PROSECUTOR
    if rule.reason is not Reason.EXCEPTIONAL_GROUNDS:
        return Route.OWN_FILING
    if regime is Regime.SUPREME_COURT:
        return Route.SUBMISSION_OR_PROTEST
    return Route.PROSECUTOR_PROTEST


def clear_caches() -> None:
    """Empty the engine's memo caches (for benchmarks that must measure the cold path)."""
    compute_term.cache_clear()
    term_and_parts.cache_clear()
    candidates.cache_clear()
    _PLANS.clear()
    clear_render_cache()

"""The rule table as data: complete, cited, versioned without gaps or overlaps."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import pytest

from deadlines import (
    ActKind,
    Appeal,
    CaseFacts,
    DeadlinesInputError,
    Direction,
    Procedure,
    Reason,
    Regime,
)
from deadlines.rules import RULES, Outcome, candidates, find_rule

# "CPC 436.1" (article.part); the chapters 54-1 / 52-1 added in 2025 number "CPC 454-1.1",
# and cite an article as a whole where no part is meant ("CPC 454-2").
CITATION = r"^(CPC|CrPC) \d+\.\d+$|^(CPC 454|CrPC 498)-\d(\.\d)?$|^Law 136-VIII$"


def _all_consistent_facts(regime: Regime = Regime.SUPREME_COURT) -> list[CaseFacts]:
    """Every combination the facts accept, for an act in force on 1 July 2025 (a cassation
    court's act exists from that day, and only outside the supreme_court regime)."""
    facts = []
    for procedure, kind, appeal, direction, art438 in itertools.product(
        Procedure, ActKind, [*Appeal, None], [*Direction, None], [False, True]
    ):
        try:
            facts.append(
                CaseFacts(
                    procedure, kind, date(2025, 7, 1), appeal, direction, art438, regime=regime
                )
            )
        except DeadlinesInputError:
            continue
    return facts


@pytest.mark.parametrize(
    ("regime", "day"),
    [
        (Regime.SUPREME_COURT, date(2016, 1, 1)),
        (Regime.SUPREME_COURT, date(2026, 1, 1)),
        (Regime.CASSATION_COURTS, date(2025, 7, 1)),
        (Regime.CASSATION_COURTS, date(2027, 6, 30)),
        (Regime.CASSATION_COURTS, date(2027, 7, 1)),
    ],
)
def test_every_consistent_case_has_exactly_one_answering_rule(regime: Regime, day: date) -> None:
    cases = _all_consistent_facts(regime)
    # civil 6 + 4 + 8 (collegium: appeal optional), criminal 6; from the cassation courts also a
    # cassation court's act: civil 8 (appeal optional, either art438), criminal 2 (directions).
    assert len(cases) == (24 if regime is Regime.SUPREME_COURT else 34)
    for facts in cases:
        rules = candidates(
            regime, facts.procedure, facts.act_kind, facts.appeal, facts.direction,
            facts.art438_part6,
        )  # fmt: skip
        rule = find_rule(rules, day)
        assert rule is not None, facts
        # Versions of one rule never overlap: at most one version of each key is in force.
        base_keys = [r.key.removesuffix(".from_2027") for r in rules if r.in_force_on(day)]
        assert len(base_keys) == len(set(base_keys))


def test_every_rule_is_cited_and_dated() -> None:
    for rule in RULES:
        assert rule.citations, rule.key
        for citation in rule.citations:
            assert re.match(CITATION, citation), citation
        assert rule.valid_to is None or rule.valid_from <= rule.valid_to
        assert (rule.months is not None) is (rule.outcome is Outcome.TERM), rule.key
        if rule.regime is Regime.CASSATION_COURTS:
            assert rule.valid_from >= date(2025, 7, 1)
            # The Supreme Court's review (ch. 54-1, 52-1) was read in the statute; the
            # cassation rules carried over from the Supreme Court's say what was not.
            review = rule.reason is Reason.SUPREME_COURT_EXCEPTIONAL_REVIEW
            assert rule.verified is review, rule.key
            assert bool(rule.notes) is not review, rule.key


def test_cassation_court_versions_meet_without_a_gap() -> None:
    by_key = {rule.key: rule for rule in RULES}
    for key, rule in by_key.items():
        if key.endswith(".from_2027"):
            earlier = by_key[key.removesuffix(".from_2027")]
            assert earlier.valid_to is not None
            assert earlier.valid_to + timedelta(days=1) == rule.valid_from

"""The sentences of an answer about a cassation court's act: the Supreme Court's review.

Kept apart from the cassation answers because nothing of theirs fits: the filing is a petition to
a Supreme Court judge or the Prosecutor General (never a cassation complaint), the grounds are
the exceptional ones of CPC art. 454-1 / CrPC art. 498-1 (named one by one, from ``grounds``),
and the cassation bars (CPC 434.2, CrPC 484) are not its conditions.
"""

from __future__ import annotations

from deadlines.explain import Block, Part
from deadlines.grounds import exceptional_grounds
from deadlines.model import Direction
from deadlines.rules import Outcome, Rule


def review_blocks(rule: Rule) -> tuple[Block, Block]:
    """Return the head (what may be reviewed, on which grounds, by whom, the term) and the tail
    (restoration, what the answer does not check) of a Supreme Court review rule."""
    procedure = str(rule.procedure)
    head: list[Part] = [
        ("review.regime." + procedure, ()),
        ("review.grounds." + procedure, ()),
        *[(f"ground.{procedure}.{ground.code}", ()) for ground in exceptional_grounds(procedure)],
        ("review.route." + procedure, ()),
    ]
    tail: list[Part] = []
    if rule.outcome is Outcome.TERM:
        head.append(("review.term.worsens", ()))
        tail.append(("review.restore.none", ()))
    elif Direction.IMPROVES in rule.directions:
        head.append(("review.term.improves", ()))
    else:
        head.append(("review.term.civil", ()))
    tail.append(("caveat." + rule.caveat, ()))
    return tuple(head), tuple(tail)

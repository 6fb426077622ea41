"""Benchmark the deadlines engine (issue 3 targets: >= 50,000 assessments/s, CLI < 300 ms).

Run from the repository root::

    .venv/bin/python bench/deadlines.py

Prints exactly three lines:

* ``assessments_per_s: N`` - in-process ``assess`` calls per second on one core, over 50,000
  *distinct* random cases (mixed procedures, regimes, dates from 2017 to 2027, a third with a
  filing moment) with every engine cache cleared first, so the figure is the cold, conservative
  one rather than a replay of cached answers; best of 5 such passes, because the machine is
  shared and the slower passes measure the neighbours, not the engine;
* ``assessments_explained_per_s: N`` - the same, with every answer's explanation read in kk, ru
  and en (the engine renders the sentences when they are first read, so the first figure is the
  decision alone and this one is what a page or the CLI pays);
* ``cli_ms: N`` - median wall time of 15 whole ``python -m deadlines assess`` processes.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is itself called deadlines.py and its folder is sys.path[0]: put the package first.
sys.path.insert(0, str(ROOT))

from deadlines import (  # noqa: E402
    ActKind,
    Appeal,
    CaseFacts,
    Direction,
    Procedure,
    Regime,
    assess,
)
from deadlines.engine import clear_caches  # noqa: E402

CASES = 50_000
PASSES = 5
CLI_RUNS = 15
CLI_CASE = {
    "procedure": "civil",
    "act_kind": "appellate",
    "in_force_on": "2025-10-31",
    "appeal": "decided_on_appeal",
    "filed_at": "2026-04-30T23:59:59+05:00",
}


def random_case(rng: random.Random) -> CaseFacts:
    in_force = date(2017, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    regime = rng.choice(list(Regime)) if in_force >= date(2025, 7, 1) else Regime.SUPREME_COURT
    filed_at = None
    if rng.random() < 1 / 3:
        filed_at = datetime.combine(in_force, datetime.min.time(), tzinfo=UTC) + timedelta(
            seconds=rng.randrange(400 * 86400)
        )
    if rng.random() < 0.6:
        kind = rng.choice([ActKind.FIRST_INSTANCE, ActKind.APPELLATE])
        appeals = [Appeal.DECIDED_ON_APPEAL, Appeal.MISSED_RESTORATION_REFUSED_REVIEWED]
        appeal = rng.choice(
            [*appeals, Appeal.NOT_APPEALED] if kind is ActKind.FIRST_INSTANCE else appeals
        )
        return CaseFacts(
            Procedure.CIVIL, kind, in_force, appeal, art438_part6=rng.random() < 0.05,
            regime=regime, filed_at=filed_at,
        )  # fmt: skip
    return CaseFacts(
        Procedure.CRIMINAL,
        rng.choice([ActKind.CONVICTION, ActKind.ACQUITTAL, ActKind.TERMINATION]),
        in_force,
        direction=rng.choice(list(Direction)),
        regime=regime,
        filed_at=filed_at,
    )


def assessments_per_second(*, explained: bool = False) -> float:
    rng = random.Random(20260430)
    cases = list(dict.fromkeys(random_case(rng) for _ in range(CASES)))
    today = date(2027, 7, 15)
    best = float("inf")
    for _ in range(PASSES):
        clear_caches()
        start = time.perf_counter()
        if explained:
            for facts in cases:
                text = assess(facts, today=today).explanation
                text.kk, text.ru, text.en  # noqa: B018 - reading them is the work measured
        else:
            for facts in cases:
                assess(facts, today=today)
        best = min(best, time.perf_counter() - start)
    return len(cases) / best


def cli_milliseconds() -> float:
    payload = json.dumps(CLI_CASE).encode()
    timings = []
    for _ in range(CLI_RUNS):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "deadlines", "assess"],
            input=payload,
            capture_output=True,
            cwd=ROOT,
            check=True,
        )
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


if __name__ == "__main__":
    print(f"assessments_per_s: {assessments_per_second():.0f}")
    print(f"assessments_explained_per_s: {assessments_per_second(explained=True):.0f}")
    print(f"cli_ms: {cli_milliseconds():.0f}")

"""The precomputed calendar table must equal what the installed ``holidays`` package computes.

If this fails after a ``holidays`` upgrade, regenerate with ``python -m deadlines.gen_calendar``,
read the diff (a changed day can move citizens' deadlines) and move any decision we disagree with
into ``deadlines/calendar_overrides.py``.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

from deadlines import _kz_calendar_data as data
from deadlines import gen_calendar


@pytest.fixture(scope="module")
def computed() -> gen_calendar.CalendarTable:
    return gen_calendar.compute_table(data.FIRST_YEAR, data.LAST_YEAR)


def test_stored_table_equals_holidays(computed: gen_calendar.CalendarTable) -> None:
    stored = gen_calendar.CalendarTable(
        data.FIRST_YEAR,
        data.LAST_YEAR,
        data.NON_WORKING_WEEKDAYS,
        data.WORKING_WEEKENDS,
        data.ESTIMATED,
    )
    assert stored == computed


def test_rendered_module_is_what_is_stored(computed: gen_calendar.CalendarTable) -> None:
    source = Path(data.__file__).read_text(encoding="utf-8")
    assert gen_calendar.render(computed, data.HOLIDAYS_VERSION) == source


def test_the_generator_writes_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, computed: gen_calendar.CalendarTable
) -> None:
    monkeypatch.setattr(gen_calendar, "compute_table", lambda: computed)
    target = tmp_path / "table.py"
    assert gen_calendar.main(["--output", str(target)]) == 0
    namespace: dict[str, object] = {}
    exec(compile(target.read_text(encoding="utf-8"), str(target), "exec"), namespace)
    assert namespace["NON_WORKING_WEEKDAYS"] == data.NON_WORKING_WEEKDAYS
    assert namespace["WORKING_WEEKENDS"] == data.WORKING_WEEKENDS


def test_the_generator_runs_as_a_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "table.py"
    monkeypatch.setattr(sys, "argv", ["gen_calendar", "--output", str(target)])
    monkeypatch.delitem(sys.modules, "deadlines.gen_calendar")
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("deadlines.gen_calendar", run_name="__main__")
    assert exit_info.value.code == 0
    assert target.read_text(encoding="utf-8") == Path(data.__file__).read_text(encoding="utf-8")

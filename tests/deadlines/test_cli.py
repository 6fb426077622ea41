"""``python -m deadlines assess``: the contract other tools rely on, including bad input."""

from __future__ import annotations

import io
import json
import runpy
import sys
from typing import Any

import pytest

from deadlines.__main__ import main
from tests.deadlines.conftest import run_cli

CIVIL = {
    "procedure": "civil",
    "act_kind": "appellate",
    "in_force_on": "2025-10-31",
    "appeal": "decided_on_appeal",
    "regime": "supreme_court",  # these tests check the Supreme Court regime's answers
}


def test_answer_is_one_json_object_in_utf8() -> None:
    status, out = run_cli({**CIVIL, "today": "2026-01-15"})
    assert status == 0
    assert list(out) == [
        "regime", "admissible", "route", "deadline", "unlimited", "on_time", "restorable",
        "days_left", "citations", "explanation",
    ]  # fmt: skip
    assert out["explanation"]["kk"].startswith("Жауап")


@pytest.mark.parametrize(
    ("stdin", "code"),
    [
        ("", "invalid_json"),
        ("{not json", "invalid_json"),
        ("[1, 2]", "invalid_type"),
        ('{"procedure": "civil", "procedure": "criminal"}', "duplicate_key"),
        (json.dumps({**CIVIL, "in_force_on": 20251031}), "invalid_type"),
        (json.dumps({**CIVIL, "art438_part6": "yes"}), "invalid_type"),
        (json.dumps({**CIVIL, "extra": 1}), "unknown_key"),
        (json.dumps({**CIVIL, "in_force_on": "2025-02-29"}), "invalid_date"),
        (json.dumps({**CIVIL, "filed_at": "2026-04-30T12:00:00"}), "invalid_type"),
        (json.dumps({**CIVIL, "direction": "worsens"}), "inconsistent"),
        (json.dumps({**CIVIL, "procedure": "criminal", "direction": "worsens"}), "inconsistent"),
    ],
)
def test_bad_input_exits_2_with_a_json_error(stdin: str, code: str) -> None:
    status, out = run_cli(stdin)
    assert status == 2
    assert out["code"] == code
    assert isinstance(out["error"], str)
    assert out["error"]


def test_wrong_command_line_exits_2() -> None:
    status, out = run_cli(json.dumps(CIVIL), "calculate")
    assert (status, out["code"]) == (2, "usage")


def _main(stdin: bytes, argv: list[str] | None = None) -> tuple[int, dict[str, Any]]:
    out = io.BytesIO()
    status = main(["assess"] if argv is None else argv, io.BytesIO(stdin), out)
    return status, json.loads(out.getvalue().decode("utf-8"))


def test_main_in_process() -> None:
    status, out = _main(json.dumps({**CIVIL, "today": "2026-01-15"}).encode())
    assert (status, out["deadline"]) == (0, "2026-04-30")
    assert _main(b"{}", [])[1]["code"] == "usage"
    assert _main(b"\xff\xfe")[1]["code"] == "invalid_json"
    assert _main(b"[" * 100_000 + b"]" * 100_000)[1]["code"] == "invalid_json"
    assert _main(b'{"a": 1, "a": 2, "b": 3, "b": 4}')[1]["field"] == "a"


def test_module_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin, stdout = io.BytesIO(json.dumps(CIVIL).encode()), io.BytesIO()
    monkeypatch.setattr(sys, "argv", ["deadlines", "assess"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(stdin))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(stdout))
    monkeypatch.delitem(sys.modules, "deadlines.__main__")
    with pytest.raises(SystemExit) as exit_info:
        runpy.run_module("deadlines", run_name="__main__")
    assert exit_info.value.code == 0
    assert json.loads(stdout.getvalue())["deadline"] == "2026-04-30"

"""bin/mypy-baseline: errors matched without line numbers, new ones fail, fixed ones must go."""

import importlib.util
from collections import Counter
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "bin" / "mypy-baseline"

OUTPUT = """\
core/a.py:3: error: Incompatible types in assignment (expression has type "int", variable has type "str")  [assignment]
core/a.py:3: note: See https://mypy.readthedocs.io/en/stable/
core/a.py:9:5: error: Name "x" already defined on line 3  [no-redef]
core/b.py:10: error: Returning Any from function declared to return "bytes"  [no-any-return]
core/b.py:20: error: Returning Any from function declared to return "bytes"  [no-any-return]
Found 4 errors in 2 files (checked 3 source files)
"""  # noqa: E501


@pytest.fixture(scope="module")
def mb() -> ModuleType:
    loader = SourceFileLoader("mypy_baseline", str(SCRIPT))
    spec = importlib.util.spec_from_loader("mypy_baseline", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture
def baseline(mb: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / ".mypy-baseline.txt"
    monkeypatch.setattr(mb, "BASELINE", path)
    return path


def fake_mypy(mb: ModuleType, monkeypatch: pytest.MonkeyPatch, status: int, output: str) -> None:
    monkeypatch.setattr(mb, "run_mypy", lambda: (status, output))


def test_parse_drops_line_numbers_and_notes(mb: ModuleType) -> None:
    entries = [entry for entry, _ in mb.parse(OUTPUT)]
    assert entries == [
        'core/a.py: [assignment] Incompatible types in assignment (expression has type "int", '
        'variable has type "str")',
        'core/a.py: [no-redef] Name "x" already defined on line N',
        'core/b.py: [no-any-return] Returning Any from function declared to return "bytes"',
        'core/b.py: [no-any-return] Returning Any from function declared to return "bytes"',
    ]


def test_compare_counts_repeated_errors(mb: ModuleType) -> None:
    current = Counter({"a": 2, "b": 1})
    new, fixed = mb.compare(current, Counter({"a": 1, "c": 1}))
    assert new == Counter({"a": 1, "b": 1})
    assert fixed == Counter({"c": 1})


def test_baseline_round_trips(mb: ModuleType, tmp_path: Path) -> None:
    entries = Counter({"core/b.py: [x] two": 2, "core/a.py: [y] one": 1})
    path = tmp_path / "baseline.txt"
    path.write_text(mb.render_baseline(entries), encoding="utf-8")
    assert path.read_text(encoding="utf-8").splitlines()[-3:] == [
        "core/a.py: [y] one",
        "core/b.py: [x] two",
        "core/b.py: [x] two",
    ]
    assert mb.read_baseline(path) == entries


def test_matching_baseline_passes_even_when_lines_move(
    mb: ModuleType, baseline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mypy(mb, monkeypatch, 1, OUTPUT)
    assert mb.main(["--update", "--accept-new"]) == 0
    fake_mypy(mb, monkeypatch, 1, OUTPUT.replace("core/b.py:10:", "core/b.py:42:"))
    assert mb.main([]) == 0


def test_a_new_error_fails_with_its_line(
    mb: ModuleType,
    baseline: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_mypy(mb, monkeypatch, 1, OUTPUT)
    mb.main(["--update", "--accept-new"])
    extra = "core/c.py:7: error: Missing return statement  [return]\n"
    fake_mypy(mb, monkeypatch, 1, OUTPUT + extra)
    capsys.readouterr()
    assert mb.main([]) == 1
    out = capsys.readouterr().out
    assert "1 new mypy errors" in out
    assert "core/c.py:7: error: Missing return statement" in out


def test_a_second_occurrence_of_a_baselined_error_is_new(
    mb: ModuleType, baseline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mypy(mb, monkeypatch, 1, OUTPUT)
    mb.main(["--update", "--accept-new"])
    again = 'core/b.py:30: error: Returning Any from function declared to return "bytes"  [no-any-return]\n'  # noqa: E501
    fake_mypy(mb, monkeypatch, 1, OUTPUT + again)
    assert mb.main([]) == 1


def test_a_fixed_error_fails_until_the_baseline_is_updated(
    mb: ModuleType,
    baseline: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fake_mypy(mb, monkeypatch, 1, OUTPUT)
    mb.main(["--update", "--accept-new"])
    fixed = "".join(line + "\n" for line in OUTPUT.splitlines() if "core/b.py:20:" not in line)
    fake_mypy(mb, monkeypatch, 1, fixed)
    capsys.readouterr()
    assert mb.main([]) == 1
    assert "bin/mypy-baseline --update" in capsys.readouterr().out
    assert mb.main(["--update"]) == 0
    assert sum(mb.read_baseline(baseline).values()) == 3
    assert mb.main([]) == 0


def test_update_refuses_to_grow_the_baseline(
    mb: ModuleType, baseline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mypy(mb, monkeypatch, 1, OUTPUT)
    assert mb.main(["--update"]) == 1
    assert not baseline.exists()


def test_clean_code_and_an_empty_baseline_pass(
    mb: ModuleType, baseline: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_mypy(mb, monkeypatch, 0, "")
    assert mb.main([]) == 0


@pytest.mark.parametrize(
    ("status", "output"),
    [
        (2, "pyproject.toml: [mypy]: Unrecognized option\n"),
        (1, "Traceback (most recent call last):\n"),  # status 1, yet no error line
    ],
)
def test_mypy_failing_to_run_fails(
    mb: ModuleType, baseline: Path, monkeypatch: pytest.MonkeyPatch, status: int, output: str
) -> None:
    fake_mypy(mb, monkeypatch, status, output)
    assert mb.main([]) == 1

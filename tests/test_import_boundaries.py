"""The pure libraries stay pure: ``deadlines`` and ``signing.core`` import no Django and no app.

Why: both are meant to be usable (and testable, and fast to start: ``python -m deadlines`` must
answer in well under 300 ms) without Django settings, and ``signing.core`` is the part an auditor
reads on its own. An import of Django or of a project app slips in quietly through one helper;
this catches it. Each package is imported with every submodule in a fresh interpreter with no
DJANGO_SETTINGS_MODULE, so nothing the test process already imported hides a leak.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

_IMPORT_ALL = """
import importlib, json, pkgutil, sys
root = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(root.__path__, root.__name__ + "."):
    importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""

APPS = ("django", "config", "core", "cabinet", "petitions")


def _modules_after_importing(package: str, *, path: Path = ROOT) -> set[str]:
    """Every module in ``sys.modules`` after importing ``package`` and all its submodules."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = str(path)
    result = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, package],
        cwd=path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return set(json.loads(result.stdout))


def _leaks(modules: set[str], forbidden: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == f or m.startswith(f"{f}.") for f in forbidden))


@pytest.mark.parametrize(
    ("package", "submodule", "forbidden"),
    [
        ("deadlines", "deadlines.gen_calendar", (*APPS, "signing")),
        ("signing.core", "signing.core.validator", (*APPS, "signing.web", "deadlines")),
    ],
)
def test_a_pure_package_imports_no_django_and_no_app(package, submodule, forbidden):
    modules = _modules_after_importing(package)
    assert submodule in modules  # the walk reached the submodules
    assert _leaks(modules, forbidden) == []


def test_the_check_sees_an_import_hidden_in_a_submodule(tmp_path):
    leaky = tmp_path / "leaky"
    (leaky / "inner").mkdir(parents=True)
    (leaky / "__init__.py").write_text("")
    (leaky / "inner" / "__init__.py").write_text("")
    (leaky / "inner" / "helper.py").write_text("import django.conf\n")
    modules = _modules_after_importing("leaky", path=tmp_path)
    assert "django.conf" in _leaks(modules, APPS)

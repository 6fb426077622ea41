"""Every user-facing string is translated into Kazakh and Russian, and the catalogs are current.

The test extracts messages from the sources afresh (makemessages into a temporary copy of the
catalogs), so a string added to a template or module without a translation fails here, not in
front of a citizen.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def _entries(po_path: Path, *flags: str) -> str:
    result = subprocess.run(
        ["msgattrib", *flags, "--no-wrap", str(po_path)], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory, django_db_blocker):
    """The catalogs as ``make messages`` would leave them, made in a mirror of the repository:
    makemessages writes to the ``locale`` directory it finds while walking the sources, so run in
    the repository itself it would rewrite the committed catalogs and compare them with
    themselves. The mirror links every source directory and holds a copy of ``locale``."""
    mirror = tmp_path_factory.mktemp("catalogs")
    for entry in ROOT.iterdir():
        if entry.name != "locale":
            (mirror / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    locale = mirror / "locale"
    shutil.copytree(ROOT / "locale", locale)
    from django.test import override_settings

    with override_settings(LOCALE_PATHS=[locale]):
        import os

        cwd = Path.cwd()
        os.chdir(mirror)
        try:
            call_command(
                "makemessages",
                locale=["kk", "ru", "en"],
                no_location=True,
                no_obsolete=True,
                symlinks=True,
                ignore_patterns=[".venv/*", "var/*", "staticfiles/*", "tests/*", "bench/*"],
                verbosity=0,
            )
        finally:
            os.chdir(cwd)
    return locale


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_no_message_is_untranslated_or_fuzzy(fresh_catalogs, language):
    po = fresh_catalogs / language / "LC_MESSAGES" / "django.po"
    untranslated = _entries(po, "--untranslated")
    fuzzy = _entries(po, "--only-fuzzy")
    missing = [line for line in untranslated.splitlines() if line.startswith("msgid ")][1:]
    fuzzy_ids = [line for line in fuzzy.splitlines() if line.startswith("msgid ")][1:]
    assert missing == [], f"untranslated in {language}"
    assert fuzzy_ids == [], f"fuzzy in {language}"


def test_committed_catalogs_hold_every_extracted_message(fresh_catalogs):
    def msgids(path: Path) -> set[str]:
        # A msgid may continue over several quoted lines; join them before comparing.
        ids, current = set(), None
        for line in [*path.read_text().splitlines(), ""]:
            if line.startswith("msgid "):
                current = line[len("msgid ") :].strip('"')
            elif current is not None and line.startswith('"'):
                current += line.strip('"')
            elif current is not None:
                ids.add(current)
                current = None
        return ids - {""}

    for language in ("kk", "ru", "en"):
        fresh = msgids(fresh_catalogs / language / "LC_MESSAGES" / "django.po")
        committed = msgids(ROOT / "locale" / language / "LC_MESSAGES" / "django.po")
        assert fresh - committed == set(), f"run `make messages` and translate ({language})"


def test_the_check_detects_an_untranslated_entry(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "Hello"\nmsgstr ""\n'
    )
    assert 'msgid "Hello"' in _entries(po, "--untranslated")

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


SOURCES = ("config", "core", "cabinet", "petitions", "deadlines", "signing", "templates", "locale")


@pytest.fixture(scope="module")
def fresh_catalogs(tmp_path_factory, django_db_blocker):
    """makemessages over a copy of the sources and catalogs: run in the checkout, it would write
    the fresh entries into the checkout's own catalogs and leave the copy it checks stale."""
    root = tmp_path_factory.mktemp("sources")
    for name in SOURCES:
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("*.mo"))
    locale = root / "locale"
    from django.test import override_settings

    with override_settings(LOCALE_PATHS=[locale]):
        import os

        cwd = Path.cwd()
        os.chdir(root)
        try:
            call_command(
                "makemessages",
                locale=["kk", "ru", "en"],
                no_location=True,
                no_obsolete=True,
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

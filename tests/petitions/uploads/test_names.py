"""sanitise_name and name_with_extension: a stranger's file name becomes a harmless label."""

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from petitions.uploads.limits import MAX_NAME_BYTES, MAX_NAME_CHARS
from petitions.uploads.names import name_with_extension, sanitise_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Кассациялық шағым.pdf", "Кассациялық шағым.pdf"),
        ("Әділет ғұмыры — өтініш (қосымша №2).docx", "Әділет ғұмыры — өтініш (қосымша №2).docx"),
        ("Жалоба в Верховный суд.pdf", "Жалоба в Верховный суд.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/absolute/path/иск.pdf", "иск.pdf"),
        ("folder/", "folder"),
        ("../", "document"),
        ("", "document"),
        ("...", "document"),
        ("   ", "document"),
        (".htaccess", "htaccess"),
        ("-rf .pdf", "rf.pdf"),
        ("report.pdf. . .", "report.pdf"),
        ("Иск... итог .pdf", "Иск. итог.pdf"),
        ("line\r\nbreak\x00\x07.pdf", "line break.pdf"),
        ("tab\tand\u00a0nbsp\u2028sep.pdf", "tab and nbsp sep.pdf"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("\u2066isolate\u2069\u200fmark\u200b\ufeff.pdf", "isolatemark.pdf"),
        ('a<b>c:d"e|f?g*h.txt', "a_b_c_d_e_f_g_h.txt"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt1.tar.gz", "_Lpt1.tar.gz"),
        ("COM¹.pdf", "_COM¹.pdf"),
        ("aux", "_aux"),
        ("console.pdf", "console.pdf"),
        ("и\u0306", "й"),  # NFC: the decomposed form becomes the composed letter
    ],
)
def test_it_cleans_names(name, expected):
    assert sanitise_name(name) == expected


def test_a_long_name_is_shortened_keeping_its_extension():
    name = sanitise_name("ә" * 300 + ".docx")

    assert name == "ә" * (MAX_NAME_CHARS - 5) + ".docx"


def test_a_long_name_of_wide_characters_is_shortened_by_bytes():
    name = sanitise_name("😀" * 300 + ".pdf")

    assert name.endswith(".pdf")
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert len(name.encode()) > MAX_NAME_BYTES - 4  # cut at the last whole character


def test_a_long_extensionless_name_is_cut_without_trailing_dots_or_spaces():
    assert sanitise_name("а" * (MAX_NAME_CHARS - 1) + " .bbbbbbbbbbbbbbbbbbbbbb") == "а" * (
        MAX_NAME_CHARS - 1
    )


@pytest.mark.parametrize(
    ("name", "extension", "expected"),
    [
        ("scan.jpeg", "jpg", "scan.jpg"),
        ("virus.pdf.exe", "pdf", "virus.pdf"),
        ("Договор от 12.03.2024", "pdf", "Договор от 12.03.2024.pdf"),
        ("boot.ini", "txt", "boot.ini.txt"),
        ("pdf", "pdf", "pdf.pdf"),
        (".pdf", "pdf", "pdf.pdf"),
        ("", "docx", "document.docx"),
        ("con.pdf", "pdf", "_con.pdf"),
        ("ә" * 300 + ".pdf", "docx", "ә" * (MAX_NAME_CHARS - 5) + ".docx"),
    ],
)
def test_the_extension_is_the_one_the_content_says(name, extension, expected):
    assert name_with_extension(name, extension) == expected


names = st.text(st.characters(codec="utf-8", exclude_categories=()), max_size=400) | st.text(
    st.sampled_from("./\\ .-_aәЖ\u202e\u0306\x00\r\n:CONLPT1\u00a0\u200b"), max_size=60
)


@given(names)
@example("a" * 119 + " .ab")
@example("a" * 118 + ". .ab")
@example("con .txt")
@example("\u0301x")
def test_sanitised_names_are_safe_labels(name):
    clean = sanitise_name(name)

    assert clean
    assert "/" not in clean
    assert "\\" not in clean
    assert not any(unicodedata.category(char).startswith("C") for char in clean)
    assert not clean.startswith((".", " ", "-"))
    assert not clean.endswith((".", " "))
    assert len(clean) <= MAX_NAME_CHARS
    assert len(clean.encode()) <= MAX_NAME_BYTES
    assert unicodedata.is_normalized("NFC", clean)
    assert sanitise_name(clean) == clean


@given(names, st.sampled_from(["pdf", "docx", "xls", "jpg", "tif", "txt", "odt"]))
def test_named_files_always_end_in_their_detected_extension(name, extension):
    named = name_with_extension(name, extension)

    assert named.endswith("." + extension)
    assert sanitise_name(named) == named

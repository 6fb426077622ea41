"""signing.web.cms: the CMS text a browser posts, decoded and verified alike for every caller.

The decoder is fed what an untrusted form field may hold: nothing, blanks, too much, not
base64, PEM armour, line breaks of every kind and characters from outside ASCII.
"""

import base64
import textwrap

import pytest

from core.refusal import Refusal
from signing.web import crl
from signing.web.cms import CmsTexts, cms_decode, cms_verify
from signing.web.demo import demo_sign

TEXTS = CmsTexts(missing="No signature arrived.", unreadable="The signature is unreadable.")
DER = bytes(range(256)) * 4  # stands for a CMS: the decoder does not parse it
B64 = base64.b64encode(DER).decode()  # 1368 characters
DATA = b'{"petition": "manifest"}'


def decode(value: str, max_chars: int = 10_000) -> bytes:
    return cms_decode(value, max_chars=max_chars, texts=TEXTS)


def refused(value: str, max_chars: int = 10_000) -> tuple[str, str]:
    with pytest.raises(Refusal) as refusal:
        decode(value, max_chars)
    assert refusal.value.report is None
    return refusal.value.code, refusal.value.message


def pem(body: str, *, width: int = 64, newline: str = "\n") -> str:
    lines = ["-----BEGIN CMS-----", *textwrap.wrap(body, width), "-----END CMS-----", ""]
    return newline.join(lines)


# --- what is read ------------------------------------------------------------------------------


def test_plain_base64_as_ncalayer_returns_it():
    assert decode(B64) == DER


@pytest.mark.parametrize("width", [64, 76])
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_pem_armour_and_line_breaks_are_dropped(width, newline):
    assert decode(pem(B64, width=width, newline=newline)) == DER
    assert decode(newline.join(textwrap.wrap(B64, width))) == DER


def test_other_armour_labels_indented_armour_and_surrounding_blanks_are_dropped():
    body = "\n".join(textwrap.wrap(B64, 64))
    value = f"\n\n  -----BEGIN PKCS7-----\n{body}\n\t-----END PKCS7-----  \n\n"
    assert decode(value) == DER


def test_spaces_tabs_and_unicode_line_separators_inside_the_text_are_dropped():
    chunks = textwrap.wrap(B64, 100)
    assert decode(" ".join(chunks)) == DER
    assert decode("\t".join(chunks)) == DER
    assert decode("\u2028".join(chunks)) == DER
    assert decode("\xa0".join(chunks)) == DER  # no-break space is whitespace to str.split


# --- the size limit: base64 characters, armour and line breaks not counted ----------------------


def test_exactly_at_the_limit_is_read():
    assert decode(B64, max_chars=len(B64)) == DER


def test_one_character_over_the_limit_is_refused_before_decoding():
    assert refused(B64, max_chars=len(B64) - 1) == ("signature_missing", TEXTS.missing)


def test_armour_and_line_breaks_do_not_count_towards_the_limit():
    value = pem(B64, newline="\r\n")
    assert len(value) > len(B64)
    assert decode(value, max_chars=len(B64)) == DER


def test_a_huge_value_is_refused_as_too_long_not_decoded():
    assert refused("A" * 2_000_004, max_chars=2_000_000) == ("signature_missing", TEXTS.missing)


# --- nothing to read ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["", " ", "   \n\t\r\n  ", "\u2028\u3000\xa0", "-----BEGIN CMS-----\n-----END CMS-----\n"],
)
def test_empty_blank_or_armour_only_is_missing(value):
    assert refused(value) == ("signature_missing", TEXTS.missing)


def test_a_body_on_the_armour_line_is_armour_and_never_guessed_at():
    value = "-----BEGIN CMS-----" + B64 + "-----END CMS-----"
    assert refused(value) == ("signature_missing", TEXTS.missing)


# --- unreadable --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "not base64!!",
        "AAA",  # incomplete quantum
        "====",  # padding only
        "AA=A",  # padding in the middle
        B64.replace("+", "-").replace("/", "_") + "-_",  # URL-safe alphabet
        "АААА",  # Cyrillic capital A, four times
        "ＡＡＡＡ",  # fullwidth Latin
        "AA\u200bAA",  # zero-width space is not whitespace
        "AAAA\x00",
        "AAAA🙂",
        "\ufeff" + B64,  # a byte-order mark
        "<script>alert(1)</script>",
    ],
)
def test_text_that_is_not_strict_base64_is_unreadable(value):
    assert refused(value) == ("signature_unreadable", TEXTS.unreadable)


def test_each_caller_keeps_its_own_words():
    other = CmsTexts(missing="Sign in again.", unreadable="Sign the petition again.")
    with pytest.raises(Refusal) as missing:
        cms_decode("", max_chars=10, texts=other)
    with pytest.raises(Refusal) as unreadable:
        cms_decode("!!!!", max_chars=10, texts=other)
    assert (missing.value.message, unreadable.value.message) == (other.missing, other.unreadable)


# --- verification ------------------------------------------------------------------------------


@pytest.fixture
def crls(demo_pki, settings, tmp_path):
    settings.SIGNING_CRL_CACHE_DIR = str(tmp_path / "crl")
    crl.crl_refresh_all()


def _never(report):
    raise AssertionError(f"refusal_for called for a report that passed: {report.to_dict()}")


@pytest.mark.usefixtures("crls")
def test_a_cms_that_verifies_returns_its_report():
    cms = demo_sign(iin="900101300017", full_name="Әсел Серікова", data=DATA)
    report = cms_verify(cms=cms, content=DATA, purpose="petition", texts=TEXTS, refusal_for=_never)
    assert report.passed
    assert report.signers[0].iin == "900101300017"


@pytest.mark.usefixtures("crls")
def test_a_cms_that_does_not_verify_gets_the_callers_refusal_with_the_report():
    cms = demo_sign(iin="900101300017", full_name="Әсел Серікова", data=DATA)
    seen = []

    def refusal_for(report):
        seen.append(report)
        return Refusal(f"signature_{report.sub_indication.lower()}", "Not over this.", report)

    with pytest.raises(Refusal) as refusal:
        cms_verify(
            cms=cms, content=DATA + b" ", purpose="petition", texts=TEXTS, refusal_for=refusal_for
        )
    assert (refusal.value.code, refusal.value.message) == (
        "signature_hash_failure",
        "Not over this.",
    )
    assert refusal.value.report is seen[0]
    assert not seen[0].passed


@pytest.mark.usefixtures("crls")
@pytest.mark.parametrize("cms", [b"", b"junk", DER, b"\x30\x03\x02\x01\x01"])
def test_bytes_that_are_not_a_cms_are_unreadable(cms):
    with pytest.raises(Refusal) as refusal:
        cms_verify(cms=cms, content=DATA, purpose="auth", texts=TEXTS, refusal_for=_never)
    assert (refusal.value.code, refusal.value.message) == (
        "signature_unreadable",
        TEXTS.unreadable,
    )

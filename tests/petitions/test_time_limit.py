"""The engine's citations shown as each language writes them; the stored answer keeps the codes."""

import pytest
from django.utils import translation

import deadlines
from petitions.time_limit import citation_text, ground_text


@pytest.mark.parametrize(
    ("language", "code", "shown"),
    [
        ("kk", "CPC 436.1", "АПК 436-бабының 1-бөлігі"),
        ("kk", "CrPC 487.2", "ҚПК 487-бабының 2-бөлігі"),
        ("kk", "Law 136-VIII", "№ 136-VIII Заң"),
        ("ru", "CPC 438.6", "ч. 6 ст. 438 ГПК"),
        ("ru", "CrPC 487.1", "ч. 1 ст. 487 УПК"),
        ("ru", "Law 136-VIII", "Закон № 136-VIII"),
        ("en", "CPC 434.1", "CPC article 434 part 1"),
        ("en", "CrPC 487.2", "CrPC article 487 part 2"),
        ("en", "Law 136-VIII", "Law No. 136-VIII"),
        # The Supreme Court's review (CPC ch. 54-1, CrPC ch. 52-1): hyphenated articles, and
        # articles cited whole.
        ("kk", "CrPC 498-1.3", "ҚПК 498-1-бабының 3-бөлігі"),
        ("ru", "CPC 454-1.1", "ч. 1 ст. 454-1 ГПК"),
        ("kk", "CPC 454-2", "АПК 454-2-бабы"),
        ("ru", "CrPC 498-2", "ст. 498-2 УПК"),
        ("en", "CPC 454-2", "CPC article 454-2"),
    ],
)
def test_a_citation_reads_in_the_language_of_the_page(language, code, shown):
    with translation.override(language):
        assert citation_text(code) == shown


@pytest.mark.parametrize("code", ["CPC 43x", "Constitution 76", "CPC 436.1.2", "CPC 454-", ""])
def test_an_unknown_form_is_shown_as_it_is(code):
    with translation.override("kk"):
        assert citation_text(code) == code


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("kk", "(АПК 454-1-бабының 1-бөлігі)"),
        ("ru", "(ч. 1 ст. 454-1 ГПК)"),
        ("en", "(CPC article 454-1 part 1)"),
    ],
)
def test_an_exceptional_ground_reads_with_its_citation_in_the_language(language, shown):
    ground = deadlines.exceptional_grounds("civil")[0]
    text = ground_text(ground, language)
    assert text.startswith(getattr(ground, language))
    assert text.endswith(shown)

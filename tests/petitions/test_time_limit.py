"""The engine's citations shown as each language writes them; the stored answer keeps the codes."""

import pytest
from django.utils import translation

from petitions.time_limit import citation_text


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
    ],
)
def test_a_citation_reads_in_the_language_of_the_page(language, code, shown):
    with translation.override(language):
        assert citation_text(code) == shown


@pytest.mark.parametrize("code", ["CPC 436", "Constitution 76", "CPC 436.1.2", ""])
def test_an_unknown_form_is_shown_as_it_is(code):
    with translation.override("kk"):
        assert citation_text(code) == code

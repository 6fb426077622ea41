"""Refusals carry a stable code and a whole translatable sentence, shown in the active language."""

import pytest
from django.utils import translation
from django.utils.functional import Promise

from petitions.uploads.errors import MESSAGES, RejectionCode, UploadRejected


@pytest.mark.parametrize("code", list(RejectionCode))
def test_every_code_has_a_lazy_sentence(code):
    message = MESSAGES[code]

    assert isinstance(message, Promise)  # translated when shown, not at import
    with translation.override("en"):
        assert str(message).endswith(".")


def test_the_size_limit_is_put_into_the_sentence_when_shown():
    with translation.override("en"):
        assert str(UploadRejected(RejectionCode.TOO_LARGE).message).startswith(
            "The file is larger than 20 MB."
        )


def test_the_detail_is_for_logs_and_the_code_for_programs():
    refused = UploadRejected(RejectionCode.MACROS, "VBA project storage")

    assert refused.code == "macros"
    assert refused.detail == "VBA project storage"
    assert str(refused) == "macros: VBA project storage"
    assert str(UploadRejected(RejectionCode.EMPTY)) == "empty"

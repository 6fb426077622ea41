"""A refusal: its code, its message, the report (for a signature); it survives pickling."""

import pickle
import subprocess
import sys

import pytest

from core.refusal import Refusal


def test_a_refusal_is_read_by_code_and_shown_by_message():
    with pytest.raises(Refusal) as refused:
        raise Refusal("out_of_time", "The time limit has passed.")
    assert (refused.value.code, refused.value.message, refused.value.report) == (
        "out_of_time",
        "The time limit has passed.",
        None,
    )
    assert str(refused.value) == "The time limit has passed."
    assert isinstance(refused.value, Exception)


def test_the_report_is_kept_as_evidence():
    report = object()
    assert Refusal("signature_revoked", "Revoked.", report).report is report
    assert Refusal("signature_revoked", "Revoked.", report=report).report is report


def test_a_refusal_crosses_a_process_boundary_whole():
    again = pickle.loads(pickle.dumps(Refusal("no_iin", "No IIN.", {"indication": "TOTAL_FAILED"})))
    assert (type(again), again.code, again.message, again.report, str(again)) == (
        Refusal,
        "no_iin",
        "No IIN.",
        {"indication": "TOTAL_FAILED"},
        "No IIN.",
    )


def test_core_does_not_import_signing_to_define_it():
    code = "import sys, core.refusal; print(any(m.startswith('signing') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"

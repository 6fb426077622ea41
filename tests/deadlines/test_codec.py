"""Input validation (``facts_from_dict`` and ``CaseFacts`` itself) and the output object."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from deadlines import (
    OUTPUT_KEYS,
    ActKind,
    Appeal,
    CaseFacts,
    DeadlinesInputError,
    Procedure,
    Regime,
    assess,
    assessment_to_dict,
    facts_from_dict,
)

CIVIL: dict[str, Any] = {
    "procedure": "civil",
    "act_kind": "appellate",
    "in_force_on": "2025-10-31",
    "appeal": "decided_on_appeal",
    "regime": "supreme_court",  # pinned: the answers below are that regime's
}


def test_valid_input_with_nulls_for_optional_keys() -> None:
    facts = facts_from_dict(
        {**CIVIL, "regime": None, "filed_at": None, "today": None, "direction": None,
         "art438_part6": None}
    )  # fmt: skip
    assert facts == CaseFacts(
        Procedure.CIVIL, ActKind.APPELLATE, date(2025, 10, 31), Appeal.DECIDED_ON_APPEAL
    )
    assert facts.regime is Regime.AUTO  # chosen by the filing day when assessed


def test_all_keys_parsed() -> None:
    facts = facts_from_dict(
        {**CIVIL, "regime": "cassation_courts", "filed_at": "2026-04-30T18:59:59Z",
         "today": "2026-04-01", "art438_part6": False}
    )  # fmt: skip
    assert facts.regime is Regime.CASSATION_COURTS
    assert facts.filed_at == datetime(2026, 4, 30, 18, 59, 59, tzinfo=UTC)
    assert facts.today == date(2026, 4, 1)


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"colour": "red"}, "unknown_key", "colour"),
        ({"procedure": None}, "missing", "procedure"),
        ({"act_kind": None}, "missing", "act_kind"),
        ({"in_force_on": None}, "missing", "in_force_on"),
        ({"appeal": None}, "missing", "appeal"),
        ({"procedure": "administrative"}, "invalid_choice", "procedure"),
        ({"procedure": 1}, "invalid_type", "procedure"),
        ({"regime": "supreme"}, "invalid_choice", "regime"),
        ({"regime": ""}, "invalid_choice", "regime"),
        ({"act_kind": "conviction"}, "inconsistent", "act_kind"),
        ({"direction": "improves"}, "inconsistent", "direction"),
        ({"appeal": "not_appealed"}, "inconsistent", "appeal"),
        ({"art438_part6": 1}, "invalid_type", "art438_part6"),
        ({"art438_part6": "true"}, "invalid_type", "art438_part6"),
        ({"in_force_on": "2026-02-30"}, "invalid_date", "in_force_on"),
        ({"in_force_on": "2025-13-01"}, "invalid_date", "in_force_on"),
        ({"in_force_on": "20251031"}, "invalid_type", "in_force_on"),
        ({"in_force_on": "2025-10-31T00:00"}, "invalid_type", "in_force_on"),
        ({"in_force_on": 20251031}, "invalid_type", "in_force_on"),
        ({"in_force_on": "1999-12-31"}, "out_of_range", "in_force_on"),
        ({"in_force_on": "2060-01-01"}, "out_of_range", "in_force_on"),
        ({"today": "2026-04-31"}, "invalid_date", "today"),
        ({"today": "2061-01-01"}, "out_of_range", "today"),
        ({"filed_at": "2026-04-30T23:59:59"}, "invalid_type", "filed_at"),
        ({"filed_at": "2026-04-30"}, "invalid_type", "filed_at"),
        ({"filed_at": "2026-04-30T24:00:00+05:00"}, "invalid_date", "filed_at"),
        ({"filed_at": "2026-04-30T23:00:00+25:00"}, "invalid_date", "filed_at"),
        ({"filed_at": "2070-04-30T23:00:00+05:00"}, "out_of_range", "filed_at"),
        ({"filed_at": True}, "invalid_type", "filed_at"),
    ],
)
def test_bad_civil_input(change: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(DeadlinesInputError) as err:
        facts_from_dict({**CIVIL, **change})
    assert (err.value.code, err.value.field) == (code, field)
    assert err.value.to_dict() == {"error": err.value.message, "code": code, "field": field}


@pytest.mark.parametrize(
    ("payload", "code", "field"),
    [
        ({"procedure": "criminal", "act_kind": "conviction", "in_force_on": "2025-01-01"},
         "missing", "direction"),
        ({"procedure": "criminal", "act_kind": "conviction", "in_force_on": "2025-01-01",
          "direction": "worsens", "appeal": "decided_on_appeal"}, "inconsistent", "appeal"),
        ({"procedure": "criminal", "act_kind": "conviction", "in_force_on": "2025-01-01",
          "direction": "worsens", "art438_part6": True}, "inconsistent", "art438_part6"),
        ({"procedure": "criminal", "act_kind": "appellate", "in_force_on": "2025-01-01",
          "direction": "worsens"}, "inconsistent", "act_kind"),
        ({"procedure": "criminal", "act_kind": "acquittal", "in_force_on": "2025-01-01",
          "direction": "better"}, "invalid_choice", "direction"),
    ],
)  # fmt: skip
def test_bad_criminal_input(payload: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(DeadlinesInputError) as err:
        facts_from_dict(payload)
    assert (err.value.code, err.value.field) == (code, field)


@pytest.mark.parametrize("payload", [[], "civil", None, 3])
def test_input_must_be_an_object(payload: object) -> None:
    with pytest.raises(DeadlinesInputError, match="JSON object"):
        facts_from_dict(payload)


def test_criminal_input_may_carry_art438_false_and_collegium_needs_no_appeal() -> None:
    criminal = {"procedure": "criminal", "act_kind": "termination", "in_force_on": "2025-01-01",
                "direction": "worsens", "art438_part6": False}  # fmt: skip
    assert facts_from_dict(criminal).art438_part6 is False
    collegium = {"procedure": "civil", "act_kind": "supreme_court_collegium",
                 "in_force_on": "2025-01-01"}  # fmt: skip
    assert facts_from_dict(collegium).appeal is None


def test_case_facts_accept_strings_and_refuse_impossible_values() -> None:
    facts = CaseFacts("civil", "appellate", date(2025, 1, 1), "decided_on_appeal")  # type: ignore[arg-type]
    assert facts.procedure is Procedure.CIVIL
    assert facts.regime is Regime.AUTO
    bad: list[tuple[dict[str, Any], str]] = [
        ({"in_force_on": datetime(2025, 1, 1, tzinfo=UTC)}, "invalid_type"),
        ({"in_force_on": "2025-01-01"}, "invalid_type"),
        ({"today": datetime(2025, 1, 1, tzinfo=UTC)}, "invalid_type"),
        ({"filed_at": datetime(2025, 1, 1)}, "invalid_type"),  # naive
        ({"filed_at": date(2025, 1, 1)}, "invalid_type"),
        ({"art438_part6": 1}, "invalid_type"),
    ]
    base: dict[str, Any] = {
        "procedure": Procedure.CIVIL,
        "act_kind": ActKind.APPELLATE,
        "in_force_on": date(2025, 1, 1),
        "appeal": Appeal.DECIDED_ON_APPEAL,
    }
    for change, code in bad:
        with pytest.raises(DeadlinesInputError) as err:
            CaseFacts(**{**base, **change})
        assert err.value.code == code, change
    assert CaseFacts(**{**base, "regime": None}).regime is Regime.AUTO
    assert CaseFacts(**{**base, "regime": "auto"}).regime is Regime.AUTO


def test_output_has_exactly_the_contract_keys() -> None:
    answer = assess(facts_from_dict(CIVIL), today=date(2026, 1, 15))
    out = assessment_to_dict(answer)
    assert tuple(out) == OUTPUT_KEYS
    assert out["deadline"] == "2026-04-30"
    assert set(out["explanation"]) == {"kk", "ru", "en"}
    unlimited = facts_from_dict({**CIVIL, "art438_part6": True})
    assert assessment_to_dict(assess(unlimited, today=date(2026, 1, 15)))["deadline"] is None

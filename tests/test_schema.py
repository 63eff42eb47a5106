"""JSON Schema of cases and documents, validated with a JSON Schema validator against real data."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import jsonschema
import pytest

import hrd_mechanisms as hm

from .conftest import ON

CASE_FILE = {
    "country": "MX",
    "violations": ["arbitrary-detention", "sexual-violence"],
    "risk": "imminent",
    "events_on": "2026-11-20",
    "defender": {"gender": "woman", "work": ["land-and-environment"], "name": "Berta Example"},
    "remedies": {"status": "not-tried", "final_decision_on": None},
    "other_procedures": [{"procedure": "iachr-precautionary-measures", "status": "pending"}],
    "consent": {"to_state": True, "to_public": False},
}


def validator(kind: str) -> jsonschema.Draft202012Validator:
    schema = hm.json_schema(kind)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_a_real_case_file_is_valid_and_builds_the_same_case() -> None:
    validator("case").validate(CASE_FILE)
    case = hm.case_from_dict(json.loads(json.dumps(CASE_FILE)))
    assert case.events_on == dt.date(2026, 11, 20)
    assert case.defender is not None and case.defender.work == {hm.Work.LAND_AND_ENVIRONMENT}
    assert hm.route(case, on=ON).options


@pytest.mark.parametrize(
    "bad",
    [
        {**CASE_FILE, "violations": ["tortue"]},
        {**CASE_FILE, "risk": "soon"},
        {**CASE_FILE, "events_on": "30/11/2026"},
        {**CASE_FILE, "colour": "red"},
        {key: value for key, value in CASE_FILE.items() if key != "country"},
        {**CASE_FILE, "defender": {"gender": "female"}},
    ],
)
def test_the_schema_and_the_library_refuse_the_same_bad_cases(bad: dict[str, object]) -> None:
    assert not validator("case").is_valid(bad)
    with pytest.raises(hm.UnknownValueError):
        hm.case_from_dict(bad)


@pytest.mark.parametrize(
    "kind",
    ["urgent-appeal", "allegation-letter", "precautionary-measures-request", "interim-measures-request", "complaint"],
)
def test_documents_made_from_real_cases_validate_against_their_schema(kind: str) -> None:
    cls = {
        c.template: c
        for c in (
            hm.UrgentAppeal,
            hm.AllegationLetter,
            hm.PrecautionaryMeasuresRequest,
            hm.InterimMeasuresRequest,
            hm.Complaint,
        )
    }[kind]
    case = hm.case_from_dict({**CASE_FILE, "risk": "past" if kind == "allegation-letter" else "imminent"})
    procedure = {
        "urgent-appeal": "un-sp-urgent-appeal",
        "allegation-letter": "un-sp-allegation-letter",
        "precautionary-measures-request": "iachr-precautionary-measures",
        "interim-measures-request": "iacthr-provisional-measures",
        "complaint": "iachr-petition",
    }[kind]
    document = cls.from_case(case, hm.route(case, on=ON).option(procedure))
    document = attrs.evolve(document, perpetrators=(hm.Perpetrator("state police", state_agent=True),))
    check = validator(kind)
    check.validate(document.to_dict())
    assert not check.is_valid({**document.to_dict(), "lang": 3})

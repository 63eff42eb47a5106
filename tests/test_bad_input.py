"""Bad input gets a clear error naming the field, the value and the closest valid ones."""

from __future__ import annotations

import pytest

import hrd_mechanisms as hm

from .conftest import ON


def test_unknown_country_names_the_closest_states() -> None:
    with pytest.raises(hm.UnknownValueError) as info:
        hm.route(hm.Case(country="Mexcio"), on=ON)
    assert info.value.field == "Case.country"
    assert info.value.value == "Mexcio"
    assert "Mexico" in info.value.closest
    assert "did you mean 'Mexico'" in str(info.value)


def test_unknown_violation_is_refused_when_the_case_is_built() -> None:
    with pytest.raises(hm.UnknownValueError) as info:
        hm.Case(country="MX", violations={"tortue"})
    assert info.value.field == "Case.violations"
    assert info.value.closest == ("torture",)


def test_a_bare_string_is_one_violation_not_its_letters() -> None:
    assert hm.Case(country="MX", violations="torture").violations == {hm.Violation.TORTURE}


def test_unknown_procedure_id() -> None:
    with pytest.raises(hm.UnknownValueError) as info:
        hm.check_eligibility(hm.Case(country="MX"), "iachr-precautionary-measure", on=ON)
    assert info.value.field == "procedure"
    assert info.value.closest[0] == "iachr-precautionary-measures"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"risk": "iminent"}, "Case.risk"),
        ({"events_on": "30/11/2026"}, "Case.events_on"),
        ({"remedies": "exhausted-ish"}, "Case.remedies"),
        ({"defender": "a woman"}, "Case.defender"),
        ({"country": ""}, "Case.country"),
    ],
)
def test_each_bad_case_field_is_named(kwargs: dict[str, object], field: str) -> None:
    base: dict[str, object] = {"country": "MX"}
    with pytest.raises(hm.UnknownValueError) as info:
        hm.Case(**{**base, **kwargs})  # type: ignore[arg-type]
    assert info.value.field == field


def test_bad_gender_and_work_are_named() -> None:
    with pytest.raises(hm.UnknownValueError, match=r"Defender\.gender"):
        hm.Defender(gender="female")
    with pytest.raises(hm.UnknownValueError, match="did you mean 'journalism'"):
        hm.Defender(work={"journalsim"})


def test_errors_are_library_errors_and_value_errors() -> None:
    with pytest.raises(hm.HrdMechanismsError):
        hm.Case(country="MX", risk="soon")
    with pytest.raises(ValueError):
        hm.Case(country="MX", risk="soon")

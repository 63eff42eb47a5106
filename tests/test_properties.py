"""Property-based tests: any valid case, any state, any date: the functions answer and never raise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrd_mechanisms as hm
from hrd_mechanisms import Effect, Status

DS = hm.load()
CODES = [s.code for s in DS.states]
NAMES = [s.names.en for s in DS.states] + [s.names.es for s in DS.states if s.names.es]
PROCEDURES = [p.id for p in DS.procedures]
PATHS = {
    "risk",
    "events_on",
    "violations",
    "remedies.status",
    "remedies.final_decision_on",
    "defender.child",
    "defender.disability",
}

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2035, 12, 31))
defenders = st.builds(
    hm.Defender,
    gender=st.sampled_from([*hm.Gender, None]),
    work=st.frozensets(st.sampled_from(list(hm.Work))),
    child=st.sampled_from([True, False, None]),
    disability=st.sampled_from([True, False, None]),
    name=st.one_of(st.none(), st.text(max_size=20)),
)
remedies = st.builds(
    hm.Remedies,
    status=st.sampled_from(list(hm.RemediesStatus)),
    final_decision_on=st.one_of(st.none(), dates),
)
others = st.lists(
    st.builds(hm.OtherProcedure, procedure=st.sampled_from(PROCEDURES), status=st.sampled_from(["pending", "decided"])),
    max_size=2,
)
cases = st.builds(
    hm.Case,
    country=st.one_of(st.sampled_from(CODES), st.sampled_from(NAMES)),
    violations=st.frozensets(st.sampled_from(list(hm.Violation)), max_size=4),
    risk=st.sampled_from([*hm.Risk, None]),
    events_on=st.one_of(st.none(), dates),
    defender=st.one_of(st.none(), defenders),
    remedies=st.one_of(st.none(), remedies),
    other_procedures=others,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases, on=dates)
def test_route_answers_every_procedure_once_and_consistently(case: hm.Case, on: dt.date) -> None:
    plan = hm.route(case, on=on)
    seen = [o.procedure.id for o in (*plan.options, *plan.later, *plan.ruled_out)]
    assert sorted(seen) == sorted(PROCEDURES)
    for option in plan.options:
        assert option.status is not Status.NOT_ELIGIBLE
        assert not option.eligibility.blocking()
    for option in (*plan.later, *plan.ruled_out):
        assert option.status is Status.NOT_ELIGIBLE
        assert option.eligibility.blocking()
        assert option.eligibility.reasons[0] in option.eligibility.blocking()
    for option in plan.later:
        assert {r.effect for r in option.eligibility.blocking()} == {Effect.BLOCKS_FOR_NOW}
    for option in (*plan.options, *plan.later, *plan.ruled_out):
        e = option.eligibility
        assert set(e.missing) <= PATHS
        if e.status is Status.ELIGIBLE:
            assert not e.missing
        assert all(r.sources for r in e.reasons)


@settings(max_examples=200, deadline=None)
@given(case=cases, procedure=st.sampled_from(PROCEDURES), on=dates)
def test_check_eligibility_equals_the_plans_answer(case: hm.Case, procedure: str, on: dt.date) -> None:
    e = hm.check_eligibility(case, procedure, on=on)
    plan = hm.route(case, on=on)
    (option,) = [o for o in (*plan.options, *plan.later, *plan.ruled_out) if o.procedure.id == procedure]
    assert option.eligibility == e


@settings(max_examples=200, deadline=None)
@given(value=st.text(min_size=1, max_size=30))
def test_unknown_vocabulary_raises_our_error_naming_the_field(value: str) -> None:
    if value in {v.value for v in hm.Violation}:
        return
    with pytest.raises(hm.UnknownValueError) as info:
        hm.Case(country="MX", violations={value})
    assert info.value.field == "Case.violations"
    assert info.value.value == value


@settings(max_examples=150, deadline=None)
@given(value=st.text(min_size=1, max_size=30))
def test_unknown_country_raises_our_error_naming_the_field(value: str) -> None:
    if DS.get_state(value) is not None:
        return
    with pytest.raises(hm.UnknownValueError) as info:
        hm.route(hm.Case(country=value) if value.strip() else hm.Case(country="MX", risk=value))
    assert info.value.field in ("Case.country", "Case.risk")


yaml_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=12), st.dates()
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=yaml_scalars,
    regions=st.one_of(yaml_scalars, st.lists(yaml_scalars, max_size=3)),
    extra=st.dictionaries(st.sampled_from(["webiste", "note", "mechanisms"]), yaml_scalars, max_size=2),
)
def test_user_files_load_or_raise_a_data_error(
    tmp_path: Path, name: object, regions: object, extra: dict[str, object]
) -> None:
    import yaml

    record = {
        "id": "a-local-group",
        "name": name,
        "website": "https://example.org",
        "regions": regions,
        "sources": [{"url": "https://example.org", "title": "t", "checked": dt.date(2026, 1, 1)}],
        **extra,
    }
    path = tmp_path / "org.yaml"
    path.write_text(yaml.safe_dump({"organizations": [record]}), encoding="utf-8")
    try:
        ds = hm.load(path)
    except hm.DataError as exc:
        assert "org.yaml" in str(exc)
    else:
        org = ds.organization("a-local-group")
        assert isinstance(org.name, str) and all(isinstance(r, str) for r in org.regions)


def test_user_files_are_read_with_a_safe_loader(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    path = tmp_path / "evil.yaml"
    path.write_text(f'organizations: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(hm.DataError, match="not valid YAML"):
        hm.load(path)
    assert not marker.exists()


def test_many_threads_route_the_same_case_to_the_same_plan() -> None:
    from concurrent.futures import ThreadPoolExecutor

    case = hm.Case(country="CO", violations={"death-threats", "stigmatization"}, risk="ongoing")
    on = dt.date(2026, 11, 30)
    with ThreadPoolExecutor(max_workers=8) as pool:
        plans = list(pool.map(lambda _: hm.route(case, on=on), range(64)))
    assert all(p == plans[0] for p in plans)

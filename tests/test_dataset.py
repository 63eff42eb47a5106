"""The bundled dataset: contract ids, counts, lookups, and sourcing of every record."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
import yaml

import hrd_mechanisms as hm

DATA = Path(hm.__file__).parent / "data"

#: The ids ../shared/DESIGN.md fixes for the systems this release covers.
CONTRACT_PROCEDURES = {
    "un-sp-urgent-appeal",
    "un-sp-allegation-letter",
    "wgad-opinion",
    "ccpr-complaint",
    "cat-complaint",
    "iachr-petition",
    "iachr-precautionary-measures",
    "iacthr-provisional-measures",
    "achpr-communication",
    "achpr-provisional-measures",
    "achpr-urgent-appeal",
    "eu-hrd-guidelines-action",
}
CONTRACT_MANDATES = {
    "sr-human-rights-defenders",
    "sr-torture",
    "sr-violence-against-women",
    "wg-arbitrary-detention",
    "sr-freedom-of-expression",
    "sr-executions",
    "achpr-sr-human-rights-defenders",
    "iachr-rapporteurship-human-rights-defenders",
}


def test_contract_ids_exist(ds: hm.Dataset) -> None:
    assert {p.id for p in ds.procedures} >= CONTRACT_PROCEDURES
    assert {m.id for m in ds.mandates} >= CONTRACT_MANDATES
    assert ds.mandate("sr-human-rights-defenders").title.en == (
        "Special Rapporteur on the situation of human rights defenders"
    )


def test_un_members_and_observers(ds: hm.Dataset) -> None:
    un = [m for m in ds.memberships if m.organization == "un"]
    assert len([m for m in un if m.role == "member"]) == 193
    assert {m.state for m in un if m.role == "observer"} == {"PS", "VA"}
    assert {m.state for m in un} <= {s.code for s in ds.states}


def test_current_regional_memberships(ds: hm.Dataset) -> None:
    def current(org: str) -> set[str]:
        return {m.state for m in ds.memberships if m.organization == org and m.until is None and m.role == "member"}

    assert len(current("oas")) == 34  # 35 members, Nicaragua out since 19 November 2023
    assert len(current("au")) == 55
    assert len(current("eu")) == 27
    assert len(current("coe")) == 46  # Russia expelled on 16 March 2022
    assert "RU" not in current("coe") and "GB" not in current("eu") and "NI" not in current("oas")


def test_state_lookup_by_code_and_names(ds: hm.Dataset) -> None:
    mx = ds.state("MX")
    assert ds.state("MEX") is mx
    assert ds.state("Mexico") is mx
    assert ds.state("méxico") is mx
    assert ds.state("Mexique") is mx
    assert ds.state("Côte d'Ivoire").code == "CI"
    assert ds.state("COTE D'IVOIRE").code == "CI"
    assert ds.state("Estados Unidos de América").code == "US"
    assert ds.state("Bolivia").code == "BO"
    assert ds.state("NO").names.en == "Norway"


def test_every_yaml_code_is_quoted() -> None:
    # YAML 1.1 reads bare NO as false; every code in every file must be quoted.
    pattern = re.compile(r"^\s*-?\s*(state|code|alpha3):\s*[A-Z]{2,3}\s*$")
    for path in DATA.rglob("*.yaml"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not pattern.match(line), f"{path.name}:{number}: quote the code: {line.strip()}"


def test_every_record_is_sourced_and_dated(ds: hm.Dataset) -> None:
    groups = (
        ds.states,
        ds.memberships,
        ds.instruments,
        ds.mechanisms,
        ds.mandates,
        ds.procedures,
        ds.organizations,
    )
    for group in groups:
        for record in group:
            assert record.sources, record
            for s in record.sources:
                assert s.url.startswith(("https://", "http://"))
                assert dt.date(2026, 1, 1) <= s.checked <= dt.date.today()
    for inst in ds.instruments:
        for a in inst.acceptances:
            assert a.sources


def test_acceptances_are_in_order(ds: hm.Dataset) -> None:
    for inst in ds.instruments:
        for a in inst.acceptances:
            if a.start and a.until:
                assert a.start <= a.until, (inst.id, a.state)
            if a.deposited and a.start:
                assert a.start >= inst.in_force


@pytest.mark.parametrize(
    ("instrument", "state", "start"),
    [
        # ICCPR-OP1 art. 9(2): three months after deposit; Mexico deposited 15 March 2002.
        ("iccpr-op1", "MX", dt.date(2002, 6, 15)),
        # Parties before entry into force: bound from 23 March 1976 (Colombia ratified in 1969).
        ("iccpr-op1", "CO", dt.date(1976, 3, 23)),
        # Canada acceded on 19 May 1976, after entry into force: bound three months later.
        ("iccpr-op1", "CA", dt.date(1976, 8, 19)),
        # ACHR art. 74(2): in force on deposit; Mexico adhered 24 March 1981.
        ("achr", "MX", dt.date(1981, 3, 24)),
    ],
)
def test_effective_dates_follow_each_treaty(ds: hm.Dataset, instrument: str, state: str, start: dt.date) -> None:
    (a,) = ds.acceptances_of(instrument, state)
    assert a.start == start


def test_yaml_files_parse_with_the_safe_loader() -> None:
    for path in DATA.rglob("*.yaml"):
        assert yaml.safe_load(path.read_text(encoding="utf-8")) is not None, path


def test_repr_of_dataset_gives_counts(ds: hm.Dataset) -> None:
    assert repr(ds).startswith(f"<Dataset: {len(ds.states)} states")


#: Urgent requests made in or with a communication, application or reference, and that procedure.
FOLLOWS = {
    "ccpr-interim-measures": "ccpr-complaint",
    "cat-interim-measures": "cat-complaint",
    "cedaw-interim-measures": "cedaw-complaint",
    "cescr-interim-measures": "cescr-complaint",
    "crc-interim-measures": "crc-complaint",
    "crpd-interim-measures": "crpd-complaint",
    "ced-interim-measures": "ced-complaint",
    "cerd-interim-measures": "cerd-complaint",
    "afchpr-provisional-measures": "afchpr-application",
    "ecowas-court-interim-measures": "ecowas-court-application",
    "eacj-interim-orders": "eacj-reference",
}


def _without_sources(rule: object) -> object:
    return attrs.evolve(rule, sources=()) if attrs.has(type(rule)) else rule


@pytest.mark.parametrize("request_id", sorted(FOLLOWS))
def test_interim_measures_keep_the_rules_of_their_communication(ds: hm.Dataset, request_id: str) -> None:
    # The data repeats the communication's rules in each request: a correction to one must reach the other.
    request, communication = ds.procedure(request_id), ds.procedure(FOLLOWS[request_id])
    assert request.mechanism == communication.mechanism
    assert request.urgent and not communication.urgent
    for name in ("jurisdiction", "violations", "exhaustion", "time_limit", "duplication"):
        # (Sources aside: a rule without its own takes its procedure's.)
        assert _without_sources(getattr(request, name)) == _without_sources(getattr(communication, name)), name
    if communication.scope is not None:
        # (Where the communication has no scope of its own, the request's is the urgency it needs.)
        assert (request.scope, request.scope_fits) == (communication.scope, communication.scope_fits)

"""Notebook display and plain records; the command line's other commands."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import hrd_mechanisms as hm

from .conftest import ON


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hrd_mechanisms", *args], capture_output=True, text=True)


def test_plan_records_are_plain_and_complete() -> None:
    case = hm.Case(
        country="HN", violations={"death-threats"}, risk="ongoing", defender=hm.Defender(work={"journalism"})
    )
    plan = hm.route(case, on=ON)
    records = plan.to_records()
    assert len(records) == len(hm.load().procedures)
    assert records[0]["group"] == "option" and records[0]["urgent"] is True
    assert {type(v) for r in records for v in r.values()} <= {str, int, bool, type(None), type(ON)}


def test_dataset_records_for_each_kind() -> None:
    ds = hm.load()
    assert len(ds.to_records("states")) == len(ds.states)
    assert len(ds.to_records("acceptances")) == sum(len(i.acceptances) for i in ds.instruments)
    mx = next(r for r in ds.to_records("states") if r["code"] == "MX")
    assert mx["name_es"] == "México" and mx["regions"] == "latin-america"
    # The limits a State attached to its acceptance are columns too.
    limits = {(r["instrument"], r["state"]): r for r in ds.to_records("acceptances")}
    assert limits["cat-art22", "GT"]["events_from"] == dt.date(2003, 9, 26)
    assert limits["iccpr-op1", "FR"]["past_examination"] == "bars"


def test_html_displays_escape_and_show_the_answer() -> None:
    plan = hm.route(hm.Case(country="MX", risk="imminent"), on=ON)
    html = plan._repr_html_()
    assert html.startswith('<table class="hrd-mechanisms">') and "un-sp-urgent-appeal" in html
    assert "<script" not in html
    e = plan.option("iachr-precautionary-measures").eligibility
    assert "iachr-precautionary-measures: eligible" in e._repr_html_()
    assert (
        "Special Rapporteur on the situation of human rights defenders"
        in hm.load().mechanism("un-special-procedures")._repr_html_()
    )
    assert "procedures" in hm.load()._repr_html_()


def test_cli_draft_from_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(
        'country: "Guatemala"\nviolations: [judicial-harassment]\nrisk: ongoing\n'
        'defender: {gender: woman, name: "Maria Example"}\nconsent: {to_state: false}\n',
        encoding="utf-8",
    )
    result = run("draft", "un-sp-urgent-appeal", "--case", str(path), "--lang", "es", "--on", "2026-11-30")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Llamamiento urgente")
    assert "Maria" not in result.stdout
    as_json = run("draft", "un-sp-urgent-appeal", "--case", str(path), "--json", "--on", "2026-11-30")
    document = hm.Document.from_json(as_json.stdout)
    assert isinstance(document, hm.UrgentAppeal) and document.country == "GT"


def test_cli_bad_case_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("country: MX\nviolation: [torture]\n", encoding="utf-8")
    result = run("draft", "un-sp-urgent-appeal", "--case", str(path))
    assert result.returncode == 2
    assert "Case.violation" in result.stderr and "did you mean 'violations'" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_schema_mandates_and_json_route() -> None:
    schema = json.loads(run("schema", "case").stdout)
    assert schema["title"] == "hrd_mechanisms case"
    mandates = run("mandates", "--theme", "human-rights-defenders").stdout
    assert "sr-human-rights-defenders" in mandates and "achpr-sr-human-rights-defenders" in mandates
    plan = json.loads(run("route", "--country", "MX", "--risk", "imminent", "--json", "--on", "2026-11-30").stdout)
    assert plan["options"][0]["urgent"] is True
    french = run("route", "--country", "MX", "--risk", "imminent", "--lang", "fr", "--on", "2026-11-30").stdout
    assert "Appel urgent aux procédures spéciales" in french


def test_cli_output_piped_into_a_reader_that_stops_early() -> None:
    # `hrd-mechanisms states | head -1`: the reader closes the pipe; no traceback, no complaint at exit.
    child = subprocess.Popen(
        [sys.executable, "-m", "hrd_mechanisms", "states"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    err = child.stderr.read().decode()
    assert child.wait() == 0
    assert "Traceback" not in err and "BrokenPipeError" not in err


def test_cli_child_and_disability_decide_the_committees_scope() -> None:
    args = ("route", "--country", "ES", "--violation", "torture", "--json", "--on", "2026-11-30")
    plan = json.loads(run(*args, "--disability", "yes", "--child", "no").stdout)
    groups = {o["procedure"]: group for group in ("options", "later", "ruled_out") for o in plan[group]}
    assert groups["crc-complaint"] == "ruled_out"
    assert groups["crpd-complaint"] != "ruled_out"


def test_cli_decided_procedure_meets_a_states_reservation() -> None:
    # France's reservation to the ICCPR's Optional Protocol bars a matter the European Court has decided.
    args = ("route", "--country", "FR", "--violation", "torture", "--remedies", "exhausted", "--json")
    args += ("--events-on", "2024-01-01", "--final-decision-on", "2025-06-01", "--on", "2026-11-30")
    groups = {}
    for extra in ((), ("--decided-procedure", "ecthr-application")):
        plan = json.loads(run(*args, *extra).stdout)
        groups[extra] = {o["procedure"]: g for g in ("options", "later", "ruled_out") for o in plan[g]}
    assert groups[()]["ccpr-complaint"] == "options"
    assert groups[("--decided-procedure", "ecthr-application")]["ccpr-complaint"] == "ruled_out"


def test_cli_marks_urgent_only_what_a_current_danger_puts_first() -> None:
    # The Commissioner's and the Special Procedures' urgent requests are urgent by nature; the plan
    # puts them first only when the danger is imminent or ongoing, and the text says so only then.
    args = ("route", "--country", "FR", "--violation", "death-threats", "--on", "2026-11-30")
    calm = run(*args).stdout
    current = run(*args, "--risk", "imminent").stdout
    assert "URGENT" not in calm
    first = current.split("Act now:\n", 1)[1].splitlines()[0]
    assert "URGENT" in first

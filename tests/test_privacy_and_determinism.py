"""People's data stays out of reprs; the same input gives the same plan."""

from __future__ import annotations

import os
import subprocess
import sys

import hrd_mechanisms as hm

from .conftest import ON


def test_names_and_contacts_never_appear_in_reprs() -> None:
    case = hm.Case(
        country="MX",
        risk="imminent",
        defender=hm.Defender(name="Berta Example", contact="+52 55 0000 0000", organization="Colectivo X"),
    )
    text = repr(case) + repr(hm.route(case, on=ON))
    for secret in ("Berta", "+52", "Colectivo"):
        assert secret not in text


def test_route_is_deterministic_across_hash_seeds() -> None:
    code = (
        "import hrd_mechanisms as hm, datetime as d;"
        "c=hm.Case(country='MX',violations={'arbitrary-detention','torture','sexual-violence','death-threats'},"
        "risk='imminent',defender=hm.Defender(gender='woman',work={'journalism','women-rights'}));"
        "p=hm.route(c,on=d.date(2026,11,30));"
        "print([(o.procedure.id,[m.id for m in o.mandates]) for o in p.options+p.later+p.ruled_out])"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(
            subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
        )
    assert len(outputs) == 1


def test_cli_routes_the_readme_case() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "hrd_mechanisms",
            "route",
            "--country",
            "MX",
            "--violation",
            "arbitrary-detention",
            "--risk",
            "imminent",
            "--gender",
            "woman",
            "--on",
            "2026-11-30",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Urgent appeal to the UN Special Procedures" in result.stdout
    assert "Working Group on Arbitrary Detention" in result.stdout


def test_cli_bad_input_is_one_line_and_exit_2() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hrd_mechanisms", "route", "--country", "Mexco"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0
    assert "did you mean 'Mexico'" in result.stderr
    assert "Traceback" not in result.stderr


def test_redact_removes_personal_data_and_routes_the_same() -> None:
    case = hm.Case(
        country="GT",
        violations={"threats-and-harassment"},
        risk="ongoing",
        defender=hm.Defender(gender="woman", work={"indigenous-peoples"}, name="María X", contact="+502 0000"),
    )
    clean = hm.redact(case)
    assert clean.defender is not None
    assert (clean.defender.name, clean.defender.contact, clean.defender.organization) == (None, None, None)
    assert clean.defender.gender == case.defender.gender  # type: ignore[union-attr]
    assert hm.route(clean, on=ON).options == hm.route(case, on=ON).options


def test_stale_sources_are_listed_oldest_first() -> None:
    import datetime as dt

    ds = hm.load()
    assert ds.stale(dt.date(2026, 11, 30)) == ()
    rows = ds.stale(dt.date(2026, 12, 1))
    assert rows and all(checked == dt.date(2026, 11, 30) for _, _, checked in rows)
    result = subprocess.run(
        [sys.executable, "-m", "hrd_mechanisms", "stale", "--days", "0", "--on", "2026-12-01"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.count("\n") == len(rows)

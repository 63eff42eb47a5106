"""Importing the package is cheap, and every public name is still there when used."""

from __future__ import annotations

import subprocess
import sys

import hrd_mechanisms as hm


def test_import_loads_nothing_heavy_until_a_name_is_used() -> None:
    code = (
        "import sys, hrd_mechanisms as hm;"
        "print(sorted(m for m in ('attr', 'cattrs', 'yaml', 'hrd_mechanisms.model') if m in sys.modules));"
        "hm.Case;"
        "print('hrd_mechanisms.case' in sys.modules, 'hrd_mechanisms.documents' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "True False"


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in hm.__all__:
        assert getattr(hm, name) is not None, name
    assert set(hm.__all__) <= set(dir(hm))
    namespace: dict[str, object] = {}
    exec("from hrd_mechanisms import *", namespace)
    assert {"route", "Case", "UrgentAppeal", "json_schema"} <= set(namespace)


def test_submodules_are_reachable_as_attributes() -> None:
    assert hm.vocabulary.OtherProcedureStatus.PENDING.value == "pending"
    assert callable(hm.routing.route)

"""The compiled copy of the data is the YAML's, exactly; a stale one is never used silently."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import hrd_mechanisms as hm
from hrd_mechanisms import loading


def test_compiled_copy_is_fresh() -> None:
    stored = Path(loading.COMPILED).read_bytes().partition(b"\n")[0].decode()
    assert stored == loading.fingerprint(), "the data or model changed: run `python tools/compile_data.py`"


def test_compiled_copy_equals_the_yaml() -> None:
    compiled = loading._load_compiled()
    assert compiled is not None
    parsed = loading.load_yaml()
    for group in ("states", "memberships", "instruments", "mechanisms", "organizations"):
        assert getattr(compiled, group) == getattr(parsed, group), group
    assert dict(compiled.membership_names) == dict(parsed.membership_names)
    assert compiled.data_as_of == parsed.data_as_of


def test_a_stale_compiled_copy_is_ignored_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stale = tmp_path / "stale.pickle"
    stale.write_bytes(b"0-00000000\n" + Path(loading.COMPILED).read_bytes().partition(b"\n")[2])
    monkeypatch.setattr(loading, "COMPILED", str(stale))
    with pytest.warns(RuntimeWarning, match="compile_data.py"):
        assert loading._load_compiled() is None
    # A corrupt file is ignored too (and load() parses the YAML instead).
    stale.write_bytes(loading.fingerprint().encode() + b"\nnot a pickle")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert loading._load_compiled() is None


def test_answers_are_the_same_from_either_copy() -> None:
    case = hm.Case(country="TT", violations={"torture"}, risk="past", remedies="exhausted")
    compiled, parsed = loading._load_compiled(), loading.load_yaml()
    assert compiled is not None
    assert hm.route(case, dataset=compiled) == hm.route(case, dataset=parsed)

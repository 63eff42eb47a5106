"""The loader: strict parsing, whole-dataset validation, overlays, thread-safe caching."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import hrd_mechanisms as hm

from .conftest import ON

GOOD_ORG = """
organizations:
  - id: red-local-de-defensoras
    name: "Red local de defensoras"
    website: "https://example.org"
    regions: [latin-america]
    mechanisms: [iachr]
    sources:
      - {url: "https://example.org/about", title: "About us", checked: 2026-11-01}
"""


def write(tmp_path: Path, text: str, name: str = "overlay.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_dataset_is_loaded_once_and_shared() -> None:
    assert hm.load() is hm.load()


def test_first_use_from_many_threads_gives_one_dataset() -> None:
    from hrd_mechanisms import loading

    saved = loading._bundled
    loading._bundled = None
    try:
        results: list[hm.Dataset] = []
        barrier = threading.Barrier(8)

        def worker() -> None:
            barrier.wait()
            results.append(hm.load())

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(results) == 8
        assert all(r is results[0] for r in results)
    finally:
        loading._bundled = saved


def test_overlay_adds_a_local_organization(tmp_path: Path) -> None:
    ds = hm.load(write(tmp_path, GOOD_ORG))
    org = ds.organization("red-local-de-defensoras")
    assert org.name == "Red local de defensoras"
    assert ds.organization("Red local de defensoras") is org
    # The bundled dataset is untouched.
    with pytest.raises(hm.UnknownValueError):
        hm.load().organization("red-local-de-defensoras")
    # route() names it for procedures of the mechanisms it engages.
    plan = hm.route(hm.Case(country="MX", risk="imminent"), dataset=ds, on=ON)
    pm = next(o for o in plan.options if o.procedure.id == "iachr-precautionary-measures")
    assert org in pm.organizations


def test_unquoted_norway_is_refused_with_a_hint(tmp_path: Path) -> None:
    text = GOOD_ORG.replace("regions: [latin-america]", "regions: [NO]")
    with pytest.raises(hm.DataError) as info:
        hm.load(write(tmp_path, text))
    message = str(info.value)
    assert "overlay.yaml" in message
    assert "organizations[0]" in message and "regions" in message
    assert "quote it" in message


def test_a_number_is_not_a_string_and_a_string_is_not_a_list(tmp_path: Path) -> None:
    with pytest.raises(hm.DataError, match="expected a string"):
        hm.load(write(tmp_path, GOOD_ORG.replace('name: "Red local de defensoras"', "name: 1.9")))
    with pytest.raises(hm.DataError, match="expected a list"):
        hm.load(write(tmp_path, GOOD_ORG.replace("regions: [latin-america]", "regions: latin-america")))


def test_unknown_keys_are_refused_not_dropped(tmp_path: Path) -> None:
    with pytest.raises(hm.DataError, match="extra fields found \\(webiste\\)"):
        hm.load(write(tmp_path, GOOD_ORG.replace("    website:", "    webiste: x\n    website:")))


def test_a_record_without_sources_is_refused(tmp_path: Path) -> None:
    text = GOOD_ORG.split("    sources:")[0]
    with pytest.raises(hm.DataError, match="no sources"):
        hm.load(write(tmp_path, text))


def test_sources_and_websites_must_be_https(tmp_path: Path) -> None:
    with pytest.raises(hm.DataError, match=r"source url 'http://example.org/about' is not an https:// address"):
        hm.load(write(tmp_path, GOOD_ORG.replace("https://example.org/about", "http://example.org/about")))
    with pytest.raises(hm.DataError, match=r"\.website: 'http://example.org' is not an https:// address"):
        hm.load(write(tmp_path, GOOD_ORG.replace('"https://example.org"', '"http://example.org"')))


def test_references_must_resolve(tmp_path: Path) -> None:
    with pytest.raises(hm.DataError, match="'iachrr' is not a mechanism"):
        hm.load(write(tmp_path, GOOD_ORG.replace("mechanisms: [iachr]", "mechanisms: [iachrr]")))


def test_reusing_a_bundled_id_needs_override(tmp_path: Path) -> None:
    text = GOOD_ORG.replace("red-local-de-defensoras", "front-line-defenders")
    with pytest.raises(hm.DataError, match="already defined"):
        hm.load(write(tmp_path, text))
    ds = hm.load(
        write(
            tmp_path,
            text.replace("  - id: front-line-defenders", "  - id: front-line-defenders\n    override: true"),
        )
    )
    assert ds.organization("front-line-defenders").name == "Red local de defensoras"


def test_membership_with_unknown_state(tmp_path: Path) -> None:
    text = """
id: test-org
name: {en: "Test organization"}
sources: [{url: "https://example.org", title: "t", checked: 2026-01-01}]
members:
  - {state: "XX", from: 2020-01-01}
"""
    with pytest.raises(hm.DataError, match="'XX' is not a state"):
        hm.load(write(tmp_path, text))


def test_missing_path_and_unreadable_yaml(tmp_path: Path) -> None:
    with pytest.raises(hm.DataError, match="no such file"):
        hm.load(tmp_path / "nope.yaml")
    with pytest.raises(hm.DataError, match="not valid YAML"):
        hm.load(write(tmp_path, "organizations: [\n"))


def test_a_reservation_only_on_an_accepted_record_and_from_the_vocabulary(tmp_path: Path) -> None:
    text = """
id: test-protocol
name: {en: "Test protocol"}
kind: protocol
in_force: 2000-01-01
unlisted: unknown
after_end: closed-to-new
sources: [{url: "https://example.org", title: "t", checked: 2026-01-01}]
acceptances:
  - {state: "FR", status: not-accepted, as_of: 2020-01-01, past_examination: bars}
"""
    with pytest.raises(hm.DataError, match="past_examination: only an accepted record can carry a reservation"):
        hm.load(write(tmp_path, text))
    misspelt = text.replace(
        "status: not-accepted, as_of: 2020-01-01, past_examination: bars",
        "deposited: 2001-01-01, past_examination: bar",
    )
    with pytest.raises(hm.DataError, match=r"'bar'.*bars"):
        hm.load(write(tmp_path, misspelt))

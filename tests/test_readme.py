"""The figures the README and docs state are the data's own."""

from __future__ import annotations

import re
from pathlib import Path

import hrd_mechanisms as hm

ROOT = Path(__file__).resolve().parent.parent


def test_readme_figures_match_the_data(ds: hm.Dataset) -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    figures = dict(
        (label, int(number))
        for number, label in re.findall(
            r"\*\*(\d+)\*\* (states|instruments|mechanisms|mandates|procedures|organizations)", text
        )
    )
    assert figures == {
        "states": len(ds.states),
        "instruments": len(ds.instruments),
        "mechanisms": len(ds.mechanisms),
        "mandates": len(ds.mandates),
        "procedures": len(ds.procedures),
        "organizations": len(ds.organizations),
    }


def test_cat_article_22_coverage_stated_in_readme_and_docs(ds: hm.Dataset) -> None:
    recorded = len({a.state for a in ds.instrument("cat-art22").acceptances})
    assert f"recorded for {recorded} states so far" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"only {recorded} States are recorded" in (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert f"{recorded} States' article 22 declarations" in (ROOT / "docs" / "data.md").read_text(encoding="utf-8")


def test_iccpr_op1_reservation_figures_stated_in_docs(ds: hm.Dataset) -> None:
    kinds = [a.past_examination for a in ds.instrument("iccpr-op1").acceptances if a.past_examination]
    bars, check = kinds.count("bars"), kinds.count("check")
    data = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")
    assert f"recorded for {bars + check} States ({bars} `bars`, Austria `check`)" in data
    assert f"the reservations of {bars + check} parties" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{bars} parties to the ICCPR's Optional Protocol" in (ROOT / "docs" / "eligibility.md").read_text(
        encoding="utf-8"
    )
    for a in ds.instrument("iccpr-op1").acceptances:
        if a.past_examination == "unknown":
            assert ds.state(a.state).name in data, a.state


def test_iccpr_op1_party_count_stated_in_docs(ds: hm.Dataset) -> None:
    inst = ds.instrument("iccpr-op1")
    current = {a.state for a in inst.acceptances if a.until is None}
    assert f"{len(current)} parties to the first Optional Protocol" in (ROOT / "docs" / "data.md").read_text(
        encoding="utf-8"
    )


def test_special_procedures_mandate_count_stated_in_docs(ds: hm.Dataset) -> None:
    count = len(ds.mechanism("un-special-procedures").mandates)
    assert f"| {count} mandates: every current" in (ROOT / "docs" / "data.md").read_text(encoding="utf-8")


def test_declaration_and_title_figures_stated_in_docs(ds: hm.Dataset) -> None:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")

    def recorded(instrument: str) -> int:
        return len({a.state for a in ds.instrument(instrument).acceptances})

    assert f"{recorded('cerd-art14')} States' article 14 (CERD)" in text
    assert f"{recorded('ced-art31')} States' article 31 (CED)" in text
    assert f"article 14 ({recorded('cerd-art14')} recorded)" in text
    mandates = ds.mechanism("un-special-procedures").mandates
    french = sum(1 for m in mandates if m.title.fr)
    spanish = sum(1 for m in mandates if m.title.es)
    assert f"French titles for {french} and Spanish for {spanish}" in text
    assert f"({french} French, {spanish}\n  Spanish of {len(mandates)})" in text
    without_page = sum(1 for m in mandates if m.page is None)
    words = dict(enumerate(["No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]))
    assert f"{words.get(without_page, str(without_page))} mandates\n  have no OHCHR page address" in text


def test_dated_party_figures_stated_in_docs(ds: hm.Dataset) -> None:
    text = (ROOT / "docs" / "data.md").read_text(encoding="utf-8")

    def dated(instrument: str) -> tuple[int, int]:
        records = ds.instrument(instrument).acceptances
        states = {a.state for a in records}
        undated = {a.state for a in records if a.start is None}
        return len(states - undated), len(undated)

    echr_dated, _ = dated("echr")
    assert f"{echr_dated} with the date of entry into force" in text
    charter_dated, charter_known_by = dated("african-charter")
    assert f"{charter_dated} with a date" in text
    assert f"{charter_known_by} parties have `known_by`" in text
    court_dated, court_known_by = dated("afchpr-protocol")
    assert f"{court_dated} with the date it took effect" in text
    assert f"has {court_known_by} parties with `known_by`" in text

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


def test_iccpr_op1_party_count_stated_in_docs(ds: hm.Dataset) -> None:
    inst = ds.instrument("iccpr-op1")
    current = {a.state for a in inst.acceptances if a.until is None}
    assert f"{len(current)} parties to the first Optional Protocol" in (ROOT / "docs" / "data.md").read_text(
        encoding="utf-8"
    )


def test_special_procedures_mandate_count_stated_in_docs(ds: hm.Dataset) -> None:
    count = len(ds.mechanism("un-special-procedures").mandates)
    assert f"| {count} mandates: every current" in (ROOT / "docs" / "data.md").read_text(encoding="utf-8")

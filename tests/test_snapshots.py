"""Snapshots of route() for a spread of real cases: any change in the data or the rules shows its
effect on real answers in review.

After an intended change, refresh them with ``UPDATE_SNAPSHOTS=1 pytest tests/test_snapshots.py`` and
read the diff of tests/snapshots/ before committing it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

import hrd_mechanisms as hm

HERE = Path(__file__).parent / "snapshots"
ON = dt.date(2026, 11, 30)

CASES = {
    "mx-whrd-detained-tonight": dict(
        country="MX",
        violations={"arbitrary-detention", "sexual-violence"},
        risk="imminent",
        events_on=ON,
        defender=hm.Defender(gender="woman", work={"land-and-environment"}),
        remedies=hm.Remedies(status="not-tried"),
    ),
    "hn-journalist-death-threats": dict(
        country="HN",
        violations={"death-threats"},
        risk="ongoing",
        defender=hm.Defender(work={"journalism"}),
    ),
    "us-defender-detained-remedies-exhausted": dict(
        country="US",
        violations={"arbitrary-detention"},
        risk="ongoing",
        events_on=dt.date(2026, 3, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 10, 1)),
    ),
    "tt-torture-1995": dict(
        country="TT",
        violations={"torture"},
        risk="past",
        events_on=dt.date(1995, 1, 10),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(1995, 6, 1)),
    ),
    "ru-detention-2022": dict(
        country="RU",
        violations={"arbitrary-detention", "judicial-harassment"},
        risk="past",
        events_on=dt.date(2022, 3, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 9, 1)),
    ),
    "gh-disappearance": dict(
        country="GH",
        violations={"enforced-disappearance"},
        risk="ongoing",
        events_on=dt.date(2026, 10, 1),
    ),
    "th-lgbti-defender-harassed": dict(
        country="TH",
        violations={"judicial-harassment", "stigmatization"},
        risk="ongoing",
        defender=hm.Defender(gender="non-binary", work={"lgbti-rights"}),
    ),
    "eg-reprisal-after-un-visit": dict(
        country="EG",
        violations={"reprisal-for-cooperation", "arbitrary-detention"},
        risk="imminent",
        defender=hm.Defender(gender="woman", work={"women-rights"}),
    ),
    "ni-defender-2026": dict(country="NI", violations={"threats-and-harassment"}, risk="ongoing"),
    "by-country-mandate": dict(country="BY", violations={"arbitrary-detention"}, risk="ongoing"),
    "ke-unknown-remedies": dict(country="KE", violations={"killing"}, risk="past", events_on=dt.date(2025, 8, 1)),
}


def summary(plan: hm.Plan) -> dict[str, object]:
    def row(o: hm.Option) -> dict[str, object]:
        e = o.eligibility
        return {
            "procedure": o.procedure.id,
            "status": e.status.value,
            "codes": [r.code for r in e.reasons if r.effect.value != "note"],
            "missing": list(e.missing),
            "deadline": e.deadline.on.isoformat() if e.deadline else None,
            "mandates": [m.id for m in o.mandates],
        }

    return {
        "options": [row(o) for o in plan.options],
        "later": [row(o) for o in plan.later],
        "ruled_out": [row(o) for o in plan.ruled_out],
        "organizations": [o.id for o in plan.organizations],
    }


@pytest.mark.parametrize("name", sorted(CASES))
def test_route_snapshot(name: str) -> None:
    plan = hm.route(hm.Case(**CASES[name]), on=ON)  # type: ignore[arg-type]
    got = json.dumps(summary(plan), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    path = HERE / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1" or not path.exists():
        path.write_text(got, encoding="utf-8")
        if os.environ.get("UPDATE_SNAPSHOTS") != "1":
            pytest.fail(f"{path.name} was missing and has been written: review and commit it")
    assert got == path.read_text(encoding="utf-8"), f"route() changed for {name}: see the diff, then UPDATE_SNAPSHOTS=1"

"""Memoisation is invisible: a memo that starts afresh, or was never filled, changes no answer."""

from __future__ import annotations

import datetime as dt
import random

import pytest

import hrd_mechanisms as hm
from hrd_mechanisms import eligibility, routing


def _cases(ds: hm.Dataset, n: int) -> list[tuple[hm.Case, dt.date]]:
    rng = random.Random(6)
    codes = [s.code for s in ds.states]
    ids = [p.id for p in ds.procedures]
    days = [dt.date(2026, 11, 30), dt.date(2001, 5, 5), dt.date(2023, 6, 1)]
    out = []
    for _ in range(n):
        events = dt.date(rng.randint(1985, 2026), rng.randint(1, 12), rng.randint(1, 28))
        out.append(
            (
                hm.Case(
                    # (France, Austria and Brazil: reservations on matters examined elsewhere)
                    country=rng.choice([*codes[:40], "FR", "AT", "BR"]),
                    violations=rng.sample(list(hm.Violation), rng.randint(0, 3)),
                    risk=rng.choice([*hm.Risk, None]),
                    events_on=events if rng.random() < 0.7 else None,
                    defender=hm.Defender(gender=rng.choice([*hm.Gender, None]), work=rng.sample(list(hm.Work), 1)),
                    remedies=hm.Remedies(
                        status=rng.choice(list(hm.RemediesStatus)),
                        final_decision_on=events + dt.timedelta(days=rng.randint(10, 900)),
                    ),
                    other_procedures=[hm.OtherProcedure(rng.choice(ids), status=rng.choice(["pending", "decided"]))]
                    if rng.random() < 0.3
                    else [],
                ),
                rng.choice(days),
            )
        )
    return out


def test_memos_started_afresh_give_the_same_plans(ds: hm.Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases(ds, 400)
    ds._memo.clear()
    ds._answers.clear()
    expected = [hm.route(case, dataset=ds, on=on) for case, on in cases]
    checks = [hm.check_eligibility(case, "ccpr-complaint", dataset=ds, on=on) for case, on in cases]
    # Tiny bounds: every memo is emptied again and again while the same cases are routed.
    for module, name in (
        (eligibility, "_MEMO_LIMIT"),
        (eligibility, "_SHAPES_LIMIT"),
        (eligibility, "_ANSWERS_LIMIT"),
        (routing, "_OPTIONS_LIMIT"),
        (routing, "_TABLES_LIMIT"),
    ):
        monkeypatch.setattr(module, name, 3)
    ds._memo.clear()
    ds._answers.clear()
    for (case, on), plan, check in zip(cases, expected, checks, strict=True):
        assert hm.route(case, dataset=ds, on=on) == plan
        assert hm.check_eligibility(case, "ccpr-complaint", dataset=ds, on=on) == check
    ds._memo.clear()
    ds._answers.clear()

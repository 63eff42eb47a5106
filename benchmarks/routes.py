"""10,000 varied route() calls in one process: the workload of routing a whole case database.

The cases are generated from a fixed seed, so every run routes the same 10,000 cases: every
state, every risk, violations, defenders, remedies and dates drawn at random.
"""

from __future__ import annotations

import datetime as dt
import random
import sys

import hrd_mechanisms as hm


def cases(n: int = 10_000, seed: int = 20261130) -> list[hm.Case]:
    rng = random.Random(seed)
    ds = hm.load()
    codes = [s.code for s in ds.states]
    violations, works = list(hm.Violation), list(hm.Work)
    out = []
    for _ in range(n):
        events = dt.date(rng.randint(1990, 2026), rng.randint(1, 12), rng.randint(1, 28))
        final = events + dt.timedelta(days=rng.randint(30, 2000))
        out.append(
            hm.Case(
                country=rng.choice(codes),
                violations=rng.sample(violations, rng.randint(0, 3)),
                risk=rng.choice([*hm.Risk, None]),
                events_on=events if rng.random() < 0.7 else None,
                defender=hm.Defender(gender=rng.choice([*hm.Gender, None]), work=rng.sample(works, rng.randint(0, 2))),
                remedies=hm.Remedies(
                    status=rng.choice(list(hm.RemediesStatus)), final_decision_on=final if rng.random() < 0.5 else None
                ),
            )
        )
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    on = dt.date(2026, 11, 30)
    for case in cases(n):
        hm.route(case, on=on)


if __name__ == "__main__":
    main()

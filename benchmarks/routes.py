"""10,000 varied route() calls in one process: the workload of routing a whole case database.

The cases are generated from a fixed seed, so every run routes the same 10,000 cases: every
state, every risk, violations, defenders, remedies and dates drawn at random.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from typing import TypeVar

import hrd_mechanisms as hm

T = TypeVar("T")


def cases(n: int = 10_000, seed: int = 20261130) -> list[hm.Case]:
    rng = random.Random(seed)
    draw, sample = rng.random, rng.sample
    ds = hm.load()
    codes = [s.code for s in ds.states]
    violations, works = list(hm.Violation), list(hm.Work)
    risks, genders, statuses = [*hm.Risk, None], [*hm.Gender, None], list(hm.RemediesStatus)
    first = dt.date(1990, 1, 1).toordinal()
    span = dt.date(2026, 12, 28).toordinal() - first

    def pick(values: list[T]) -> T:
        return values[int(draw() * len(values))]

    out = []
    for _ in range(n):
        events = dt.date.fromordinal(first + int(draw() * span))
        final = events + dt.timedelta(days=30 + int(draw() * 1971))
        out.append(
            hm.Case(
                country=pick(codes),
                violations=sample(violations, int(draw() * 4)),
                risk=pick(risks),
                events_on=events if draw() < 0.7 else None,
                defender=hm.Defender(gender=pick(genders), work=sample(works, int(draw() * 3))),
                remedies=hm.Remedies(status=pick(statuses), final_decision_on=final if draw() < 0.5 else None),
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

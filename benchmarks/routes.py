"""10,000 varied route() calls in one process: the workload of routing a whole case database.

The cases are generated from a fixed seed, so every run routes the same 10,000 cases: every
state, every risk, violations, defenders, remedies and dates drawn at random.

    python benchmarks/routes.py [N] [--states K] [--years Y]

``--states K`` draws the cases from K states only (a fixed random choice) and ``--years Y`` puts
the events in the last Y years: a database concentrated as many protection programmes' are. The
default, every state and events from 1990, is the issue's benchmark.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from typing import TypeVar

import hrd_mechanisms as hm

T = TypeVar("T")


def cases(n: int = 10_000, seed: int = 20261130, states: int | None = None, years: int | None = None) -> list[hm.Case]:
    rng = random.Random(seed)
    draw, sample = rng.random, rng.sample
    ds = hm.load()
    codes = [s.code for s in ds.states]
    if states is not None:
        # (A generator of its own, so that the cases' draws stay those of the default workload.)
        codes = random.Random(seed + 1).sample(codes, states)
    violations, works = list(hm.Violation), list(hm.Work)
    risks, genders, statuses = [*hm.Risk, None], [*hm.Gender, None], list(hm.RemediesStatus)
    last = dt.date(2026, 12, 28).toordinal()
    first = dt.date(1990, 1, 1).toordinal() if years is None else last - 365 * years
    span = last - first

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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--states", type=int, help="draw the cases from this many states only")
    parser.add_argument("--years", type=int, help="events in the last this many years only")
    args = parser.parse_args()
    on = dt.date(2026, 11, 30)
    for case in cases(args.n, states=args.states, years=args.years):
        hm.route(case, on=on)


if __name__ == "__main__":
    main()

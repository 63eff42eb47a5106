"""Where the time of the 10,000 routes goes: start-up, making the cases, a first and a second pass.

    python benchmarks/passes.py            # CPU seconds of each phase, in one process
    python benchmarks/passes.py --no-gc    # the same with the cyclic garbage collector off

The second pass routes the same cases again, when every part of every answer has been judged: what
is left is the cost of looking answers up and assembling the plans. The difference between the two
passes is the cost of judging for the first time (and of collecting garbage, which ``--no-gc``
shows). CPU time, not wall time: this machine's cores are shared.
"""

from __future__ import annotations

import time

start = time.process_time()

import datetime as dt  # noqa: E402
import gc  # noqa: E402
import sys  # noqa: E402

from routes import cases  # noqa: E402

import hrd_mechanisms as hm  # noqa: E402


def main() -> None:
    on = dt.date(2026, 11, 30)
    hm.route(hm.Case(country="MX"), on=on)
    loaded = time.process_time()
    made = cases()
    generated = time.process_time()
    if "--no-gc" in sys.argv:
        gc.disable()
    for case in made:
        hm.route(case, on=on)
    first = time.process_time()
    for case in made:
        hm.route(case, on=on)
    second = time.process_time()
    print(
        f"start-up, load, first route {loaded - start:.3f} s; 10,000 cases made {generated - loaded:.3f} s; "
        f"first pass {first - generated:.3f} s; second pass {second - first:.3f} s"
    )


if __name__ == "__main__":
    main()

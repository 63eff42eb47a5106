"""Start-up, first answer, throughput and memory, each measured beside a bare interpreter start.

    pip install ".[bench]"
    python benchmarks/bench.py -o benchmarks/results.json      # pyperf: spawns, calibrates, repeats
    python benchmarks/report.py benchmarks/results.json         # the ratios, against the targets

Each benchmark is a whole command run by pyperf (``bench_command``), so cold start-up is included
and the bare ``python -c pass`` is measured in the same run, on the same machine.
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

import pyperf

HERE = Path(__file__).resolve().parent
FIRST_ROUTE = (
    "import hrd_mechanisms as hm; "
    "hm.route(hm.Case(country='MX', violations={'arbitrary-detention'}, risk='imminent', "
    "defender=hm.Defender(gender='woman')))"
)


def main() -> None:
    # An installed package has its bytecode compiled (pip does it); so must the package measured here,
    # or the timings would include compiling it (PYTHONDONTWRITEBYTECODE keeps imports from caching it).
    compileall.compile_dir(str(HERE.parent / "src" / "hrd_mechanisms"), quiet=1)
    runner = pyperf.Runner()
    python = sys.executable
    runner.bench_command("bare-python", [python, "-c", "pass"])
    runner.bench_command("import", [python, "-c", "import hrd_mechanisms"])
    runner.bench_command("import-load-first-route", [python, "-c", FIRST_ROUTE])
    runner.bench_command("routes-10000", [python, str(HERE / "routes.py"), "10000"])
    # Not a target: the same routes over a database concentrated as many are (20 states, 3 years).
    concentrated = [python, str(HERE / "routes.py"), "10000", "--states", "20", "--years", "3"]
    runner.bench_command("routes-10000-concentrated", concentrated)
    runner.bench_command("baseline-import-attrs-cattrs-yaml", [python, "-c", "import attrs, cattrs, yaml"])


if __name__ == "__main__":
    main()

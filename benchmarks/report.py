"""Read a pyperf results file from bench.py and print each figure as a ratio, against its target.

python benchmarks/report.py benchmarks/results.json
"""

from __future__ import annotations

import sys

import pyperf

#: (benchmark, compared with, what is compared, target ratio)
TARGETS = [
    ("import", "bare-python", "time", 6.5),
    ("import-load-first-route", "bare-python", "time", 9.0),
    ("routes-10000", "bare-python", "time", 50.0),
    ("routes-10000", "baseline-import-attrs-cattrs-yaml", "peak RSS", 1.5),
    ("import-load-first-route", "baseline-import-attrs-cattrs-yaml", "peak RSS", 1.5),
]


def _peak_rss(bench: pyperf.Benchmark) -> float:
    """The largest peak RSS of the command over all runs (pyperf records it per run)."""
    peaks = [run.get_metadata().get("command_max_rss") for run in bench.get_runs()]
    return float(max(p for p in peaks if p))


def main(path: str) -> int:
    suite = pyperf.BenchmarkSuite.load(path)
    by_name = {b.get_name(): b for b in suite.get_benchmarks()}

    def value(name: str, what: str) -> float:
        bench = by_name[name]
        if what == "time":
            return float(bench.median())
        return _peak_rss(bench)

    failed = 0
    print(f"{'benchmark':28} {'vs':36} {'what':9} {'ratio':>7} {'target':>7}")
    for name, base, what, target in TARGETS:
        ratio = value(name, what) / value(base, what)
        ok = ratio <= target
        failed += not ok
        print(f"{name:28} {base:36} {what:9} {ratio:7.2f} {target:7.1f} {'ok' if ok else 'OVER'}")
    if "routes-10000-concentrated" in by_name:
        # Not a target: the same routes over a concentrated database, for comparison.
        ratio = value("routes-10000-concentrated", "time") / value("bare-python", "time")
        print(f"{'routes-10000-concentrated':28} {'bare-python':36} {'time':9} {ratio:7.2f} {'-':>7} (information)")
    for name, bench in by_name.items():
        print(f"  {name}: median {bench.median() * 1000:.1f} ms, peak RSS {_peak_rss(bench) / 1024:.0f} KiB")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

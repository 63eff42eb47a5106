"""Write src/hrd_mechanisms/_compiled.pickle from the YAML under src/hrd_mechanisms/data/.

The YAML is the source of truth; this compiled copy only makes ``hm.load()`` fast. Run it after
changing any data file or the model, and commit the result: tests/test_compiled.py fails while the
compiled copy is stale or differs from the YAML.

    python tools/compile_data.py
"""

from __future__ import annotations

from hrd_mechanisms.loading import COMPILED, compile_bundled, fingerprint


def main() -> None:
    compile_bundled()
    print(f"wrote {COMPILED} for data {fingerprint()}")


if __name__ == "__main__":
    main()

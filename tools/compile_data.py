"""Write src/hrd_mechanisms/_compiled.pickle from the YAML under src/hrd_mechanisms/data/.

The YAML is the source of truth; this compiled copy only makes ``hm.load()`` fast. Run it after
changing any data file or the model, and commit the result: tests/test_compiled.py fails while the
compiled copy is stale or differs from the YAML.

    python tools/compile_data.py
"""

from __future__ import annotations

import os
import sys

from hrd_mechanisms.loading import COMPILED, compile_bundled, fingerprint


def main() -> None:
    # Frozensets pickle in hash order: fix the hash seed so the same data gives the same bytes.
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    compile_bundled()
    print(f"wrote {COMPILED} for data {fingerprint()}")


if __name__ == "__main__":
    main()

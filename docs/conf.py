"""Sphinx configuration for the hrd_mechanisms documentation.

Build (warnings are errors)::

    pip install -e ".[docs]"
    python -m sphinx -W --keep-going -b html docs docs/_build/html

The pages under ``reference/`` are generated from the bundled data on every build by the local
extension ``_ext/reference.py``; they are git-ignored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import hrd_mechanisms

sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))

project = "hrd_mechanisms"
author = "hrd_mechanisms contributors"
copyright = "hrd_mechanisms contributors"
release = hrd_mechanisms.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "reference",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
nitpicky = False

# MyST: ::: fences for directives, and definition lists (used by the generated reference pages).
myst_enable_extensions = ["colon_fence", "deflist"]

# autodoc: members in source order; type hints in the signature, as written.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = True

# intersphinx is loaded but maps nothing: a mapping would fetch inventories over the network at
# build time, and the build must work offline.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

html_theme = "furo"
html_title = f"hrd_mechanisms {release}"

"""Small text helpers: accent-folding keys and 'did you mean' suggestions."""

from __future__ import annotations

from collections.abc import Iterable


def fold(text: str) -> str:
    """Return a lookup key: no accents, no case, no punctuation, single spaces.

    >>> fold("  Côte d’Ivoire ")
    'cote d ivoire'
    >>> fold("MÉXICO")
    'mexico'
    """
    if text.isascii():
        cleaned = "".join(c if c.isalnum() else " " for c in text.lower())
        return " ".join(cleaned.split())
    import unicodedata  # only for text with accents: it costs memory on every start otherwise

    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.casefold())
    return " ".join(cleaned.split())


def closest(value: str, candidates: Iterable[str], *, n: int = 3) -> list[str]:
    """The candidates closest to ``value``, best first (difflib's ratio, accent-folded).

    >>> closest("arbitrary-detension", ["arbitrary-detention", "torture"])
    ['arbitrary-detention']
    """
    import difflib  # only when there is an error to explain

    by_key: dict[str, str] = {}
    for candidate in candidates:
        by_key.setdefault(fold(candidate), candidate)
    matches = difflib.get_close_matches(fold(value), list(by_key), n=n, cutoff=0.6)
    return [by_key[m] for m in matches]

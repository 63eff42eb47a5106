"""The library's own exceptions.

Every error names the field, the bad value and what would have been accepted, so that
the person reading it can fix the input without opening the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = ["DataError", "HrdMechanismsError", "UnknownValueError"]


class HrdMechanismsError(Exception):
    """Base class for every error this library raises on purpose."""


class UnknownValueError(HrdMechanismsError, ValueError, LookupError):
    """A value is not one of the known ones: an unknown country, violation or id.

    >>> raise UnknownValueError("Case.violations", "tortue", closest=["torture"])
    Traceback (most recent call last):
    ...
    hrd_mechanisms.errors.UnknownValueError: Case.violations: 'tortue' is not known; did you mean 'torture'?
    """

    def __init__(
        self,
        field: str,
        value: object,
        *,
        closest: Sequence[str] = (),
        allowed: Iterable[str] | None = None,
    ) -> None:
        self.field = field
        self.value = value
        self.closest = tuple(closest)
        self.allowed = tuple(allowed) if allowed is not None else None
        message = f"{field}: {value!r} is not known"
        if self.closest:
            message += "; did you mean " + " or ".join(repr(c) for c in self.closest) + "?"
        elif self.allowed is not None and len(self.allowed) <= 20:
            message += "; allowed: " + ", ".join(self.allowed)
        super().__init__(message)


class DataError(HrdMechanismsError, ValueError):
    """A data file (bundled or a user's overlay) is malformed or inconsistent.

    The message names the file, the record and the field.
    """

    def __init__(self, file: str, problems: Sequence[str]) -> None:
        self.file = file
        self.problems = tuple(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{file}: {len(self.problems)} problem(s)\n{lines}")

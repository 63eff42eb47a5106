"""The input: a defender's case, as a frozen, validated value.

Strings are accepted wherever an enum is expected; unknown values raise
:class:`~hrd_mechanisms.errors.UnknownValueError` naming the field and the closest values.
Names and contact details never appear in a repr.

>>> case = Case(country="MX", violations={"arbitrary-detention"}, risk="imminent",
...             defender=Defender(gender="woman", name="Ana"))
>>> case.risk
<Risk.IMMINENT: 'imminent'>
>>> "Ana" in repr(case)
False
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen

from .errors import UnknownValueError
from .vocabulary import Gender, OtherProcedureStatus, RemediesStatus, Risk, StrEnum, Violation, Work

__all__ = ["Case", "Consent", "Defender", "OtherProcedure", "Remedies"]


def _enum_set(enum: type[StrEnum], field_name: str) -> Any:
    def convert(values: Iterable[object] | str | None) -> frozenset[Any]:
        if values is None:
            return frozenset()
        if isinstance(values, str):
            # A bare string is one value, not a set of characters.
            values = (values,)
        return frozenset(enum.parse(v, field_name) for v in values)

    return convert


def _optional_enum(enum: type[StrEnum], field_name: str) -> Any:
    def convert(value: object) -> Any:
        return None if value is None else enum.parse(value, field_name)

    return convert


def _optional_date(field_name: str) -> Any:
    def convert(value: object) -> dt.date | None:
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise UnknownValueError(field_name, value, allowed=["a date, as datetime.date or 'YYYY-MM-DD'"])

    return convert


def _optional_bool(field_name: str) -> Any:
    def convert(value: object) -> bool | None:
        if value is None or isinstance(value, bool):
            return value
        raise UnknownValueError(field_name, value, allowed=["True", "False", "None"])

    return convert


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@frozen
class Remedies:
    """Domestic remedies: where the case stands at home.

    ``final_decision_on`` is the date the final domestic decision was notified; time limits
    that run "from the final decision" are counted from it.
    """

    status: RemediesStatus = field(
        default=RemediesStatus.UNKNOWN, converter=_optional_enum(RemediesStatus, "Remedies.status")
    )
    final_decision_on: dt.date | None = field(
        default=None, converter=_optional_date("Remedies.final_decision_on")
    )


@frozen
class Consent:
    """The two consent answers the UN Special Procedures ask for (``None``: not yet asked)."""

    to_state: bool | None = field(default=None, converter=_optional_bool("Consent.to_state"))
    to_public: bool | None = field(default=None, converter=_optional_bool("Consent.to_public"))


@frozen
class Defender:
    """Who the defender is. ``name`` and ``contact`` are never shown in reprs."""

    gender: Gender | None = field(default=None, converter=_optional_enum(Gender, "Defender.gender"))
    work: frozenset[Work] = field(default=frozenset(), converter=_enum_set(Work, "Defender.work"))
    name: str | None = field(default=None, repr=_redacted)
    contact: str | None = field(default=None, repr=_redacted)
    organization: str | None = field(default=None, repr=_redacted)


@frozen
class OtherProcedure:
    """The same matter before another international procedure (by procedure id)."""

    procedure: str
    status: OtherProcedureStatus = field(
        default=OtherProcedureStatus.PENDING,
        converter=_optional_enum(OtherProcedureStatus, "OtherProcedure.status"),
    )


def _other_procedures(values: Iterable[object] | None) -> tuple[OtherProcedure, ...]:
    if values is None:
        return ()
    if isinstance(values, (str, OtherProcedure)):
        values = (values,)
    out = []
    for v in values:
        if isinstance(v, OtherProcedure):
            out.append(v)
        elif isinstance(v, str):
            out.append(OtherProcedure(procedure=v))
        else:
            raise UnknownValueError(
                "Case.other_procedures", v, allowed=["a procedure id", "an OtherProcedure"]
            )
    return tuple(out)


def _country(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise UnknownValueError("Case.country", value, allowed=["an ISO 3166 code or a state's name"])
    return value.strip()


def _defender(value: object) -> Defender | None:
    if value is None or isinstance(value, Defender):
        return value
    raise UnknownValueError("Case.defender", value, allowed=["a Defender"])


def _remedies(value: object) -> Remedies | None:
    if value is None or isinstance(value, Remedies):
        return value
    if isinstance(value, str):
        return Remedies(status=RemediesStatus.parse(value, "Case.remedies"))
    raise UnknownValueError("Case.remedies", value, allowed=["a Remedies", "a remedies status"])


def _consent(value: object) -> Consent | None:
    if value is None or isinstance(value, Consent):
        return value
    raise UnknownValueError("Case.consent", value, allowed=["a Consent"])


@frozen
class Case:
    """Where, what, when and who: everything eligibility is decided on.

    ``country`` is the state responsible (an ISO code or a name; it is checked against the
    dataset when the case is routed). ``events_on`` is the date of the events (for an ongoing
    situation, the latest); missing information never raises, it makes answers "uncertain".
    """

    country: str = field(converter=_country)
    violations: frozenset[Violation] = field(
        default=frozenset(), converter=_enum_set(Violation, "Case.violations")
    )
    risk: Risk | None = field(default=None, converter=_optional_enum(Risk, "Case.risk"))
    events_on: dt.date | None = field(default=None, converter=_optional_date("Case.events_on"))
    defender: Defender | None = field(default=None, converter=_defender)
    remedies: Remedies | None = field(default=None, converter=_remedies)
    other_procedures: tuple[OtherProcedure, ...] = field(default=(), converter=_other_procedures)
    consent: Consent | None = field(default=None, converter=_consent)

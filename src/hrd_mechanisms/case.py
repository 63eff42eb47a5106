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
from typing import TypeVar

import attrs
from attrs import field, frozen

from ._dates import parse_date
from .errors import UnknownValueError
from .vocabulary import Gender, OtherProcedureStatus, RemediesStatus, Risk, StrEnum, Violation, Work

__all__ = ["Case", "Consent", "Defender", "OtherProcedure", "Remedies", "case_from_dict", "redact"]

E = TypeVar("E", bound=StrEnum)


def _enum_set(enum: type[E], field_name: str, values: Iterable[object] | str | None) -> frozenset[E]:
    if values is None:
        return frozenset()
    if isinstance(values, str):
        # A bare string is one value, not a set of characters.
        values = (values,)
    elif isinstance(values, (frozenset, set, list, tuple)):
        # The common case, members already: no need to parse them one by one.
        try:
            members = frozenset(values) if type(values) is not frozenset else values
        except TypeError:
            pass  # an unhashable value: parsed below, which names it
        else:
            if all(type(v) is enum for v in members):
                return members
    return frozenset(enum.parse(v, field_name) for v in values)


def _optional_enum(enum: type[E], field_name: str, value: object) -> E | None:
    return None if value is None else enum.parse(value, field_name)


def _optional_date(field_name: str, value: object) -> dt.date | None:
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise UnknownValueError(field_name, value, allowed=["a date, as datetime.date or 'YYYY-MM-DD'"])
    return day


def _optional_bool(field_name: str, value: object) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise UnknownValueError(field_name, value, allowed=["True", "False", "None"])


# attrs wants named functions as converters (so does mypy's attrs plugin): one per field.
def _remedies_status(value: object) -> RemediesStatus:
    return RemediesStatus.UNKNOWN if value is None else RemediesStatus.parse(value, "Remedies.status")


def _final_decision_on(value: object) -> dt.date | None:
    return _optional_date("Remedies.final_decision_on", value)


def _to_state(value: object) -> bool | None:
    return _optional_bool("Consent.to_state", value)


def _to_public(value: object) -> bool | None:
    return _optional_bool("Consent.to_public", value)


def _gender(value: object) -> Gender | None:
    return _optional_enum(Gender, "Defender.gender", value)


def _work(values: Iterable[object] | str | None) -> frozenset[Work]:
    return _enum_set(Work, "Defender.work", values)


def _child(value: object) -> bool | None:
    return _optional_bool("Defender.child", value)


def _disability(value: object) -> bool | None:
    return _optional_bool("Defender.disability", value)


def _other_status(value: object) -> OtherProcedureStatus:
    return OtherProcedureStatus.parse(value, "OtherProcedure.status")


def _violations(values: Iterable[object] | str | None) -> frozenset[Violation]:
    return _enum_set(Violation, "Case.violations", values)


def _risk(value: object) -> Risk | None:
    return _optional_enum(Risk, "Case.risk", value)


def _events_on(value: object) -> dt.date | None:
    return _optional_date("Case.events_on", value)


def _redacted(value: object) -> str:
    return "None" if value is None else "<redacted>"


@frozen
class Remedies:
    """Domestic remedies: where the case stands at home.

    ``final_decision_on`` is the date the final domestic decision was notified; time limits
    that run "from the final decision" are counted from it.
    """

    status: RemediesStatus = field(default=RemediesStatus.UNKNOWN, converter=_remedies_status)
    final_decision_on: dt.date | None = field(default=None, converter=_final_decision_on)


@frozen
class Consent:
    """The two consent answers the UN Special Procedures ask for (``None``: not yet asked)."""

    to_state: bool | None = field(default=None, converter=_to_state)
    to_public: bool | None = field(default=None, converter=_to_public)


@frozen
class Defender:
    """Who the defender is. ``name`` and ``contact`` are never shown in reprs.

    ``child``: the defender was under 18 at the time of the events; ``disability``: the defender is a
    person with a disability (``None``: not said). Some procedures examine only such cases (the
    Committees on the Rights of the Child and of Persons with Disabilities), and some mandates are
    addressed for them.
    """

    gender: Gender | None = field(default=None, converter=_gender)
    work: frozenset[Work] = field(default=frozenset(), converter=_work)
    child: bool | None = field(default=None, converter=_child)
    disability: bool | None = field(default=None, converter=_disability)
    name: str | None = field(default=None, repr=_redacted)
    contact: str | None = field(default=None, repr=_redacted)
    organization: str | None = field(default=None, repr=_redacted)


@frozen
class OtherProcedure:
    """The same matter before another international procedure (by procedure id)."""

    procedure: str
    status: OtherProcedureStatus = field(default=OtherProcedureStatus.PENDING, converter=_other_status)


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
            raise UnknownValueError("Case.other_procedures", v, allowed=["a procedure id", "an OtherProcedure"])
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
    violations: frozenset[Violation] = field(default=frozenset(), converter=_violations)
    risk: Risk | None = field(default=None, converter=_risk)
    events_on: dt.date | None = field(default=None, converter=_events_on)
    defender: Defender | None = field(default=None, converter=_defender)
    remedies: Remedies | None = field(default=None, converter=_remedies)
    other_procedures: tuple[OtherProcedure, ...] = field(default=(), converter=_other_procedures)
    consent: Consent | None = field(default=None, converter=_consent)


def redact(case: Case) -> Case:
    """The same case without the defender's name, contact details or organization, for export.

    Everything eligibility needs is kept, so a redacted case routes exactly like the original.

    >>> case = Case(country="MX", risk="imminent", defender=Defender(name="Ana", contact="ana@example.org"))
    >>> redact(case).defender
    Defender(gender=None, work=frozenset(), child=None, disability=None, name=None, contact=None, organization=None)
    """
    if case.defender is None:
        return case
    defender = attrs.evolve(case.defender, name=None, contact=None, organization=None)
    return attrs.evolve(case, defender=defender)


def _known_keys(data: object, cls: type, where: str) -> dict[str, object]:
    if not isinstance(data, dict):
        raise UnknownValueError(where, data, allowed=[f"a mapping of {cls.__name__} fields"])
    allowed = [f.name for f in attrs.fields(cls)]
    for key in data:
        if key not in allowed:
            from ._text import closest

            raise UnknownValueError(f"{where}.{key}", key, closest=closest(str(key), allowed), allowed=allowed)
    return dict(data)


def case_from_dict(data: object) -> Case:
    """A case from plain data (a parsed JSON or YAML case file); unknown keys are refused, not dropped.

    >>> case_from_dict({"country": "MX", "violations": ["torture"], "remedies": {"status": "exhausted"}}).remedies
    Remedies(status=<RemediesStatus.EXHAUSTED: 'exhausted'>, final_decision_on=None)
    """
    fields = _known_keys(data, Case, "Case")
    if isinstance(fields.get("defender"), dict):
        fields["defender"] = Defender(**_known_keys(fields["defender"], Defender, "Case.defender"))  # type: ignore[arg-type]
    if isinstance(fields.get("remedies"), dict):
        fields["remedies"] = Remedies(**_known_keys(fields["remedies"], Remedies, "Case.remedies"))
    if isinstance(fields.get("consent"), dict):
        fields["consent"] = Consent(**_known_keys(fields["consent"], Consent, "Case.consent"))
    others = fields.get("other_procedures")
    if isinstance(others, list):
        fields["other_procedures"] = [
            OtherProcedure(**_known_keys(o, OtherProcedure, "Case.other_procedures")) if isinstance(o, dict) else o  # type: ignore[arg-type]
            for o in others
        ]
    if "country" not in fields:
        raise UnknownValueError("Case.country", None, allowed=["an ISO 3166 code or a state's name"])
    return Case(**fields)  # type: ignore[arg-type]

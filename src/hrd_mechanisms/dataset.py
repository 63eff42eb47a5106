"""The loaded dataset: immutable records, indexes, and lookups by id or name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from ._text import closest, fold
from .errors import UnknownValueError
from .model import Acceptance, Instrument, Mandate, Mechanism, Membership, Names, Organization, Procedure, State

__all__ = ["Dataset"]

T = TypeVar("T")


def _display(record: object) -> str:
    names = getattr(record, "name", None) or getattr(record, "title", None)
    return names.en if isinstance(names, Names) else str(names)


class Dataset:
    """Every state, instrument, mechanism, mandate, procedure and organization, indexed.

    Build it with :func:`hrd_mechanisms.load`. It is immutable and safe to share between threads.

    >>> import hrd_mechanisms as hm
    >>> ds = hm.load()
    >>> ds.state("Mexico") == ds.state("MX") == ds.state("MEX") == ds.state("méxico")
    True
    >>> ds.mandate("sr-human-rights-defenders").title.en
    'Special Rapporteur on the situation of human rights defenders'
    """

    __slots__ = (
        "_acceptances",
        "_answers",
        "_by_id",
        "_memberships",
        "_memo",
        "_names",
        "_state_keys",
        "_states",
        "data_as_of",
        "instruments",
        "mandates",
        "mechanisms",
        "membership_names",
        "memberships",
        "organizations",
        "procedures",
        "states",
    )

    def __init__(
        self,
        *,
        states: Iterable[State],
        memberships: Iterable[Membership],
        membership_names: Mapping[str, str],
        instruments: Iterable[Instrument],
        mechanisms: Iterable[Mechanism],
        organizations: Iterable[Organization],
    ) -> None:
        self.states: tuple[State, ...] = tuple(sorted(states, key=lambda s: s.code))
        self.memberships: tuple[Membership, ...] = tuple(memberships)
        #: organization id -> English name, for every membership file (un, oas, au, eu, coe...)
        self.membership_names: Mapping[str, str] = dict(membership_names)
        self.instruments: tuple[Instrument, ...] = tuple(instruments)
        self.mechanisms: tuple[Mechanism, ...] = tuple(mechanisms)
        self.mandates: tuple[Mandate, ...] = tuple(m for mech in self.mechanisms for m in mech.mandates)
        self.procedures: tuple[Procedure, ...] = tuple(p for mech in self.mechanisms for p in mech.procedures)
        self.organizations: tuple[Organization, ...] = tuple(organizations)

        #: memoised rule conclusions (see eligibility.py): pure values, safe to share between threads
        self._memo: dict[object, Any] = {}
        #: memoised whole answers (see eligibility.py), bounded separately from the memo above
        self._answers: dict[object, Any] = {}
        self._states = {s.code: s for s in self.states}
        self._state_keys: dict[str, str] = {}
        for s in self.states:
            for key in (s.code, s.alpha3, s.names.en, s.names.fr, s.names.es, *s.aliases):
                if key:
                    self._state_keys.setdefault(fold(key), s.code)
        self._by_id: dict[str, object] = {}
        for group in (self.instruments, self.mechanisms, self.mandates, self.procedures, self.organizations):
            for record in group:
                self._by_id[record.id] = record
        # Name indexes, built once: lookups by name must not rebuild them on a hot path.
        self._names: dict[type, dict[str, object]] = {
            Mechanism: {fold(m.name.en): m for m in self.mechanisms},
            Mandate: {fold(m.title.en): m for m in self.mandates},
            Procedure: {fold(p.name.en): p for p in self.procedures},
            Organization: {fold(o.name): o for o in self.organizations},
            Instrument: {fold(i.name.en): i for i in self.instruments},
        }
        self._memberships: dict[tuple[str, str], tuple[Membership, ...]] = {}
        for m in self.memberships:
            member_key = (m.organization, m.state)
            self._memberships[member_key] = (*self._memberships.get(member_key, ()), m)
        self._acceptances: dict[tuple[str, str], tuple[Acceptance, ...]] = {}
        for inst in self.instruments:
            for a in inst.acceptances:
                acceptance_key = (a.instrument, a.state)
                self._acceptances[acceptance_key] = (*self._acceptances.get(acceptance_key, ()), a)
        checked = [
            src.checked
            for group in (
                self.states,
                self.memberships,
                self.instruments,
                self.mechanisms,
                self.organizations,
            )
            for record in group
            for src in record.sources
        ]
        #: the most recent date on which a source of this dataset was checked
        self.data_as_of: dt.date | None = max(checked) if checked else None

    def __getstate__(self) -> dict[str, object]:
        # The memo holds answers computed for cases: never pickle it.
        return {name: getattr(self, name) for name in self.__slots__ if name not in ("_memo", "_answers")}

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        self._memo = {}
        self._answers = {}

    def __repr__(self) -> str:
        return (
            f"<Dataset: {len(self.states)} states, {len(self.instruments)} instruments, "
            f"{len(self.mechanisms)} mechanisms, {len(self.mandates)} mandates, "
            f"{len(self.procedures)} procedures, {len(self.organizations)} organizations; "
            f"data as of {self.data_as_of}>"
        )

    # -- lookups -------------------------------------------------------------------------

    def state(self, key: str) -> State:
        """A state by ISO alpha-2 or alpha-3 code or by name (en, fr, es), ignoring accents and case."""
        code = self._state_keys.get(fold(key)) if isinstance(key, str) else None
        if code is None:
            names = [s.names.en for s in self.states] + [s.code for s in self.states]
            raise UnknownValueError("state", key, closest=closest(str(key), names))
        return self._states[code]

    def get_state(self, key: str) -> State | None:
        """Like :meth:`state`, but ``None`` when nothing matches."""
        code = self._state_keys.get(fold(key))
        return None if code is None else self._states[code]

    def _get(self, kind: type[T], label: str, key: str) -> T:
        record = self._by_id.get(key)
        if isinstance(record, kind):
            return record
        by_name = self._names[kind]
        if isinstance(key, str):
            named = by_name.get(fold(key))
            if isinstance(named, kind):
                return named
        ids = [r_id for r_id, r in self._by_id.items() if isinstance(r, kind)]
        candidates = ids + [_display(r) for r in by_name.values()]
        raise UnknownValueError(label, key, closest=closest(str(key), candidates))

    def mechanism(self, key: str) -> Mechanism:
        """A mechanism by id or English name."""
        return self._get(Mechanism, "mechanism", key)

    def mandate(self, key: str) -> Mandate:
        """A mandate by id or English title."""
        return self._get(Mandate, "mandate", key)

    def procedure(self, key: str) -> Procedure:
        """A procedure by id or English name."""
        return self._get(Procedure, "procedure", key)

    def organization(self, key: str) -> Organization:
        """An organization by id or name."""
        return self._get(Organization, "organization", key)

    def instrument(self, key: str) -> Instrument:
        """An instrument (treaty, protocol or declaration) by id or English name."""
        return self._get(Instrument, "instrument", key)

    # -- notebooks -------------------------------------------------------------------------

    def to_records(self, kind: str = "procedures") -> list[dict[str, object]]:
        """Plain dicts for ``pandas.DataFrame``: ``kind`` is states, mandates, procedures,
        organizations or acceptances (one row per state and instrument)."""
        if kind == "states":
            return [
                {
                    "code": s.code,
                    "alpha3": s.alpha3,
                    "name": s.names.en,
                    "name_fr": s.names.fr,
                    "name_es": s.names.es,
                    "regions": ", ".join(s.regions),
                }
                for s in self.states
            ]
        if kind == "mandates":
            return [
                {
                    "id": m.id,
                    "mechanism": m.mechanism,
                    "title": m.title.en,
                    "type": m.type,
                    "established": m.established,
                    "country": m.country,
                    "themes": ", ".join(m.themes),
                }
                for m in self.mandates
            ]
        if kind == "procedures":
            return [
                {
                    "id": p.id,
                    "mechanism": p.mechanism,
                    "name": p.name.en,
                    "kind": p.kind,
                    "urgent": p.urgent,
                    "exhaustion": p.exhaustion.required,
                    "time_limit_months": p.time_limit.months if p.time_limit else None,
                }
                for p in self.procedures
            ]
        if kind == "organizations":
            return [
                {
                    "id": o.id,
                    "name": o.name,
                    "website": o.website,
                    "regions": ", ".join(o.regions),
                    "responses": ", ".join(o.responses),
                    "mechanisms": ", ".join(o.mechanisms),
                }
                for o in self.organizations
            ]
        if kind == "acceptances":
            return [
                {
                    "instrument": a.instrument,
                    "state": a.state,
                    "status": a.status.value,
                    "deposited": a.deposited,
                    "from": a.start,
                    "known_by": a.known_by,
                    "until": a.until,
                    "ended_by": a.ended_by,
                    "events_from": a.events_from,
                    "past_examination": a.past_examination.value if a.past_examination else None,
                }
                for i in self.instruments
                for a in i.acceptances
            ]
        kinds = ["states", "mandates", "procedures", "organizations", "acceptances"]
        raise UnknownValueError("kind", kind, closest=closest(kind, kinds), allowed=kinds)

    def _repr_html_(self) -> str:
        from ._html import table

        counts = [
            ("states", len(self.states)),
            ("instruments", len(self.instruments)),
            ("mechanisms", len(self.mechanisms)),
            ("mandates", len(self.mandates)),
            ("procedures", len(self.procedures)),
            ("organizations", len(self.organizations)),
        ]
        return table(("records", "count"), counts, f"hrd_mechanisms data as of {self.data_as_of}")

    # -- maintenance ---------------------------------------------------------------------

    def stale(self, before: dt.date) -> tuple[tuple[str, str, dt.date], ...]:
        """Every source checked before ``before``: (record, url, checked), oldest first.

        Maintainers re-verify these first (``hrd-mechanisms stale --days 365`` on the command line).

        >>> import hrd_mechanisms as hm, datetime as dt
        >>> hm.load().stale(dt.date(2000, 1, 1))
        ()
        """
        found: dict[tuple[str, str, dt.date], None] = {}

        def visit(label: str, record: object) -> None:
            for source in getattr(record, "sources", ()):
                if source.checked < before:
                    found[(label, source.url, source.checked)] = None

        for s in self.states:
            visit(f"state {s.code}", s)
        for m in self.memberships:
            visit(f"membership {m.organization}/{m.state}", m)
        for i in self.instruments:
            visit(f"instrument {i.id}", i)
            for a in i.acceptances:
                visit(f"acceptance {i.id}/{a.state}", a)
        for mech in self.mechanisms:
            visit(f"mechanism {mech.id}", mech)
            for mandate in mech.mandates:
                visit(f"mandate {mandate.id}", mandate)
            for p in mech.procedures:
                visit(f"procedure {p.id}", p)
        for o in self.organizations:
            visit(f"organization {o.id}", o)
        return tuple(sorted(found, key=lambda row: (row[2], row[0])))

    # -- relations -----------------------------------------------------------------------

    def memberships_of(self, organization: str, state: str) -> tuple[Membership, ...]:
        """A state's membership records for one organization (empty if never a member)."""
        return self._memberships.get((organization, state), ())

    def acceptances_of(self, instrument: str, state: str) -> tuple[Acceptance, ...]:
        """A state's acceptance records for an instrument, oldest first.

        Usually one; more when a state denounced and later accepted again (Trinidad and Tobago
        and the ICCPR's first Optional Protocol). Empty when the data lists none: what that means
        is the instrument's ``unlisted`` (not accepted, or unknown).
        """
        return self._acceptances.get((instrument, state), ())

    def procedures_of(self, mechanism: str) -> tuple[Procedure, ...]:
        """The procedures of one mechanism."""
        return self.mechanism(mechanism).procedures

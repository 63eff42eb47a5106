"""Routing: the ranked plan of what to send now, to whom jointly, what later, what is ruled out."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from .case import Case
from .dataset import Dataset
from .eligibility import (
    _COUNTER,
    _FLAGS,
    _Atoms,
    _atoms,
    _decided,
    _eligibility,
    _events_on,
    _fit_matches,
    _Part,
    _row,
    resolve_state,
)
from .loading import load
from .model import Mandate, Mechanism, Organization, Procedure, State
from .results import Option, Plan
from .vocabulary import Effect, Risk, Status

__all__ = ["fitting_mandates", "route"]

_FAR = dt.date.max


def fitting_mandates(case: Case, mandates: tuple[Mandate, ...], state: str | None = None) -> tuple[Mandate, ...]:
    """The mandates that fit the case's violations and defender, in data order.

    ``state`` is the case's resolved ISO code, for country mandates.

    >>> import hrd_mechanisms as hm
    >>> ds = hm.load()
    >>> case = hm.Case(country="MX", violations={"arbitrary-detention"})
    >>> [m.id for m in fitting_mandates(case, ds.mechanism("un-special-procedures").mandates)]
    ['sr-human-rights-defenders', 'wg-arbitrary-detention']
    """
    return tuple(
        m
        for m in mandates
        if m.always or (m.country is not None and m.country == state) or any(_fit_matches(f, case) for f in m.fits)
    )


def route(case: Case, *, dataset: Dataset | None = None, on: dt.date | None = None) -> Plan:
    """Every procedure in the dataset, judged for ``case`` on ``on`` (default: today), ranked.

    Urgent protective requests come first when the danger is imminent or ongoing; then eligible
    before uncertain; then the nearest deadline; then the data's own priority. Special Procedures
    communications are addressed jointly to every mandate that fits the case. ``later`` and
    ``ruled_out`` follow the data's priority; in ``ruled_out``, procedures that could reach the
    state but not this case come before those that cannot reach the state at all.

    >>> import hrd_mechanisms as hm
    >>> from datetime import date
    >>> case = hm.Case(country="MX", violations={"arbitrary-detention"}, risk="imminent",
    ...                defender=hm.Defender(gender="woman"))
    >>> plan = hm.route(case, on=date(2026, 11, 30))
    >>> plan.options[0].procedure.urgent
    True
    """
    ds = dataset if dataset is not None else load()
    day = on or dt.date.today()
    state = resolve_state(case, ds)
    table = _table(ds, state, day)
    events = _events_on(case, day)
    closed, open_entries = table.split(case, events)
    current = case.risk is Risk.IMMINENT or case.risk is Risk.ONGOING
    options: list[tuple[int, tuple[object, ...], Option]] = []
    later: list[Option] = []
    ruled_out: list[Option] = []
    # Each procedure's answer joins two memoised parts: jurisdiction (decided for the whole table
    # by ``split``) and the case's shape, whose keys are computed and numbered once per recipe of
    # case fields. The option for a number is looked up in one step; only a new one is judged.
    joint: dict[str, tuple[tuple[Mandate, ...], tuple[str, ...], int]] = {}
    numbered: dict[int, tuple[int, tuple[object, ...]]] = {}
    atoms = _atoms(case)
    for entry, j, memo in open_entries:
        shapes = entry.shapes
        got = numbered.get(shapes.recipe)
        if got is None:
            got = numbered[shapes.recipe] = shapes.numbered(case, day, atoms)
        if entry.joint:
            fitting = joint.get(entry.mechanism.id)
            if fitting is None:
                fitting = joint[entry.mechanism.id] = _fitting(ds, case, atoms, entry.mechanism, state.code)
            key: object = (got[0], fitting[2])
            found = memo.get(key)
            if found is None:
                found = entry.judged(memo, key, j, got, fitting, case, state, day)
        else:
            found = memo.get(got[0])
            if found is None:
                found = entry.judged(memo, got[0], j, got, None, case, state, day)
        group, rank, option = found
        if group == 0:
            options.append((0 if current and entry.urgent else 1, rank, option))
        elif group == 1:
            later.append(option)
        else:
            ruled_out.append(option)
    options.sort()
    return Plan(
        case=case,
        on=day,
        options=tuple(o for _, _, o in options),
        later=tuple(later),
        # Ruled out for the case first, then those closed to the state, in the data's priority order.
        ruled_out=(*ruled_out, *closed),
        organizations=table.organizations,
    )


#: Bounds on the routing memos for long runs over varied cases (past one, it starts afresh).
_OPTIONS_LIMIT = 2_000
_TABLES_LIMIT = 1_000

#: a procedure, its mechanism, its own mandate and the organizations that help file it
_Listing = tuple[Procedure, Mechanism, tuple[Mandate, ...], tuple[Organization, ...]]


#: an option in a plan: its group (0 options, 1 later, 2 ruled out for the case), its rank and itself
_Found = tuple[int, tuple[object, ...], Option]


class _Entry:
    """One procedure in the routing table of one state on one date: its judge and its memos of options."""

    __slots__ = (
        "by_number",
        "by_parts",
        "closed",
        "joint",
        "mandates",
        "mechanism",
        "opened",
        "organizations",
        "procedure",
        "row",
        "shapes",
        "urgent",
    )

    def __init__(self, ds: Dataset, row: _Listing, state: State, day: dt.date) -> None:
        self.procedure, self.mechanism, self.mandates, helpers = row
        self.joint = self.procedure.joint
        self.urgent = self.procedure.urgent
        self.row = _row(ds, self.procedure, state, day)
        self.shapes = self.row.shapes
        self.organizations = _serving(ds, self.procedure.mechanism, helpers, state)
        #: options by the numbers of their parts: (jurisdiction, shape), and the fitting mandates when joint
        self.by_parts: dict[tuple[int, ...], _Found]
        #: for each jurisdiction part, options by the number of the case's keys (and of the fitting
        #: mandates when joint): what routing looks up first
        self.by_number: dict[_Part, dict[object, _Found]]
        if self.row.free:
            # The row is shared by every State (see _row): so are its options, within one region
            # (the organizations that help file them are the region's).
            key = ("options", self.procedure.id, day, frozenset(("global", *state.regions)))
            self.by_parts, self.by_number = ds._memo.setdefault(key, ({}, {}))
        else:
            self.by_parts, self.by_number = {}, {}
        self.closed: dict[_Part, Option] = {}
        #: this entry as a table's split lists it, once per jurisdiction part
        self.opened: dict[_Part, _Open] = {}

    def opened_for(self, j: _Part) -> _Open:
        """This entry, left open by the jurisdiction part ``j``, with its memo of options by number."""
        found = self.opened.get(j)
        if found is None:
            memo = self.by_number.get(j)
            if memo is None:
                memo = self.by_number.setdefault(j, {})
            found = self.opened[j] = (self, j, memo)
        return found

    def closed_option(self, j: _Part) -> Option:
        found = self.closed.get(j)
        if found is None:
            found = self.closed[j] = Option(
                self.procedure, self.row.closed_answer(j), self.mandates, self.organizations
            )
        return found

    def judged(
        self,
        memo: dict[object, _Found],
        key: object,
        j: _Part,
        got: tuple[int, tuple[object, ...]],
        fitting: tuple[tuple[Mandate, ...], tuple[str, ...], int] | None,
        case: Case,
        state: State,
        day: dt.date,
    ) -> _Found:
        """The option for a case whose number (``key``) is new to ``memo``: from its parts, judged
        only if they are new too; memoised under ``key``."""
        shape = self.shapes.part_for(*got, case, state, day)
        parts = (j.number, shape.number) if fitting is None else (j.number, shape.number, fitting[2])
        found = self.by_parts.get(parts)
        if found is None:
            found = self._option(parts, j, shape, self.mandates if fitting is None else fitting[0])
        if len(memo) > _OPTIONS_LIMIT:
            memo.clear()
        memo[key] = found
        return found

    def _option(self, parts: tuple[int, ...], j: _Part, shape: _Part, mandates: tuple[Mandate, ...]) -> _Found:
        if len(self.by_parts) > _OPTIONS_LIMIT:
            self.by_parts.clear()
        # Not through the row's memo of answers: this memo, keyed the same way, serves routing.
        eligibility = _eligibility(self.procedure.id, j, shape)
        option = Option(self.procedure, eligibility, mandates, self.organizations)
        found: _Found
        if eligibility.status is not Status.NOT_ELIGIBLE:
            p = self.procedure
            deadline = eligibility.deadline.on if eligibility.deadline else _FAR
            found = (0, (0 if eligibility.status is Status.ELIGIBLE else 1, deadline, p.priority, p.id), option)
        # Reasons come blocking-first: the first is a curable block only if none is final.
        elif eligibility.reasons[0].effect is Effect.BLOCKS_FOR_NOW:
            found = (1, (), option)
        else:
            found = (2, (), option)
        self.by_parts[parts] = found
        return found


#: a procedure left to judge: its entry, its jurisdiction part and the memo of options for that part
_Open = tuple[_Entry, _Part, dict[object, _Found]]


class _Table:
    """Every procedure for one state on one filing date, in the data's priority order.

    Jurisdiction depends on the events' date only through where it falls between the dates the
    data holds for the state, so the table splits the procedures once per such interval: those
    closed to the state (the same options every time) and those left to judge, with their
    jurisdiction already decided. Where a State's reservation bars matters already examined
    elsewhere, jurisdiction also reads which other procedures have decided the matter.
    """

    __slots__ = ("bounds", "entries", "organizations", "reserved", "splits", "state")

    def __init__(self, ds: Dataset, state: State, day: dt.date) -> None:
        self.state = state
        self.entries = tuple(_Entry(ds, row, state, day) for row in _procedures(ds))
        self.bounds = tuple(sorted({d for e in self.entries for d in e.row.bounds}))
        self.organizations = _serving(ds, "*", ds.organizations, state)
        #: whether a procedure's jurisdiction here reads the case's other procedures (a reservation)
        self.reserved = any(e.row.reserved for e in self.entries)
        self.splits: dict[object, tuple[tuple[Option, ...], tuple[_Open, ...]]] = {}

    def split(self, case: Case, events: dt.date | None) -> tuple[tuple[Option, ...], tuple[_Open, ...]]:
        key = (
            None if events is None else bisect_right(self.bounds, events),
            case.risk is Risk.ONGOING,
            _decided(case) if self.reserved else None,
        )
        found = self.splits.get(key)
        if found is None:
            closed: list[Option] = []
            open_entries: list[_Open] = []
            for entry in self.entries:
                j = entry.row.jurisdiction(case, events)
                if j.worst == 0 and not j.for_case:
                    closed.append(entry.closed_option(j))
                else:
                    open_entries.append(entry.opened_for(j))
            found = self.splits[key] = (tuple(closed), tuple(open_entries))
        return found


def _table(ds: Dataset, state: State, day: dt.date) -> _Table:
    key = ("table", state.code, day)
    found = ds._answers.get(key)
    if found is None:
        if len(ds._answers) > _TABLES_LIMIT:
            ds._answers.clear()
        found = ds._answers[key] = _Table(ds, state, day)
    return found


def _fitting(
    ds: Dataset, case: Case, atoms: _Atoms, mechanism: Mechanism, state: str
) -> tuple[tuple[Mandate, ...], tuple[str, ...], int]:
    """fitting_mandates(), memoised, with the mandates' ids and a number for them (which key the
    memos of options).

    An index of which mandates each violation, work or state can bring in means that only a
    handful of candidates are checked.
    """
    defender = case.defender
    key = ("mandate-index", mechanism.id)
    index = ds._memo.get(key)
    if index is None:
        by_value: dict[object, set[int]] = {}
        always: set[int] = set()
        for position, m in enumerate(mechanism.mandates):
            if m.always:
                always.add(position)
            if m.country is not None:
                by_value.setdefault(("country", m.country), set()).add(position)
            for f in m.fits:
                # A fit needs a match in each part it has; any of its values can bring it in.
                values: frozenset[object] = f.violations or f.work or f.gender
                if not values:
                    # (Tagged: the vocabularies are string enums, which a bare "child" would equal.)
                    values = frozenset(("flag", flag) for flag in _FLAGS if getattr(f, flag))
                for v in values:
                    by_value.setdefault(v, set()).add(position)
        index = ds._memo[key] = (by_value, always)
    by_value, always = index
    # A state matters only when it has a country mandate of its own.
    # The case's violations and defender, as their numbers among the case's atoms (see eligibility._atoms).
    memo_key = ("fitting", mechanism.id, state if ("country", state) in by_value else None, atoms[1], atoms[2])
    found = ds._memo.get(memo_key)
    if found is None:
        candidates = set(always)
        for value in (*case.violations, *(defender.work if defender else ()), ("country", state)):
            candidates |= by_value.get(value, set())
        if defender is not None:
            if defender.gender is not None:
                candidates |= by_value.get(defender.gender, set())
            for flag in _FLAGS:
                if getattr(defender, flag):
                    candidates |= by_value.get(("flag", flag), set())
        mandates = fitting_mandates(case, tuple(mechanism.mandates[i] for i in sorted(candidates)), state)
        ids = tuple(m.id for m in mandates)
        # One number per set of fitting mandates, for good: see eligibility._NUMBERS.
        number = _FITTING_NUMBERS.get(ids)
        if number is None:
            number = _FITTING_NUMBERS.setdefault(ids, next(_COUNTER))
        found = ds._memo[memo_key] = (mandates, ids, number)
    return found


#: the numbers of the sets of mandates found to fit (a few hundred at most: never cleared)
_FITTING_NUMBERS: dict[tuple[str, ...], int] = {}


def _serving(ds: Dataset, mechanism: str, helpers: tuple[Organization, ...], state: State) -> tuple[Organization, ...]:
    """The organizations that engage this mechanism and serve the state's region (or the world)."""
    key = ("serving", mechanism, state.code)
    found: tuple[Organization, ...] | None = ds._memo.get(key)
    if found is None:
        wanted = frozenset(("global", *state.regions))
        # The same tuple for every State of a region, so that shared options name the same organizations.
        found = ds._memo.setdefault(
            ("serving-region", mechanism, wanted), tuple(o for o in helpers if wanted & set(o.regions))
        )
        ds._memo[key] = found
    return found


def _procedures(ds: Dataset) -> tuple[_Listing, ...]:
    """Each procedure with its mechanism, its own mandate and the organizations that help file it."""
    found = ds._memo.get("procedures")
    if found is None:
        rows = []
        for mechanism in ds.mechanisms:
            for procedure in mechanism.procedures:
                own = tuple(m for m in mechanism.mandates if m.id == procedure.mandate)
                helpers = tuple(o for o in ds.organizations if mechanism.id in o.mechanisms)
                rows.append((procedure, mechanism, own, helpers))
        # In priority order, so that the plan's lists need no sorting but the options'.
        rows.sort(key=lambda row: (row[0].priority, row[0].id))
        found = ds._memo["procedures"] = tuple(rows)
    return found

"""Routing: the ranked plan of what to send now, to whom jointly, what later, what is ruled out."""

from __future__ import annotations

import datetime as dt

from .case import Case
from .dataset import Dataset
from .eligibility import _boundaries, _fit_matches, _judge, resolve_state
from .loading import load
from .model import Mandate, Mechanism, Organization, Procedure, State
from .results import Eligibility, Option, Plan
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
    options: list[Option] = []
    later: list[Option] = []
    for_case: list[Option] = []
    elsewhere: list[Option] = []
    joint: dict[str, tuple[Mandate, ...]] = {}
    answers = ds._answers
    static, rows = _closed_to_state(ds, case, state, day)
    for row in rows:
        procedure, mechanism, own_mandates, helpers = row
        eligibility, closed = _judge(case, procedure, state, ds, day)
        if closed is not None:
            # Closed to this state whatever the case: the same option every time.
            option_key = ("option", closed)
            option = answers.get(option_key)
            if option is None:
                option = answers[option_key] = _closed_option(ds, row, eligibility, state)
            elsewhere.append(option)
            continue
        if procedure.joint:
            mandates = joint.get(mechanism.id)
            if mandates is None:
                mandates = joint[mechanism.id] = _fitting(ds, case, mechanism, state.code)
        else:
            mandates = own_mandates
        option = Option(
            procedure=procedure,
            eligibility=eligibility,
            mandates=mandates,
            organizations=_serving(ds, procedure.mechanism, helpers, state),
        )
        if eligibility.status is not Status.NOT_ELIGIBLE:
            options.append(option)
        elif eligibility.reasons[0].effect is Effect.BLOCKS_FOR_NOW:
            # Reasons come blocking-first: the first is a curable block only if none is final.
            later.append(option)
        else:
            for_case.append(option)
    current = case.risk in (Risk.IMMINENT, Risk.ONGOING)
    options.sort(key=lambda o: _rank(o, current))
    if static:
        elsewhere = sorted((*elsewhere, *static), key=lambda o: (o.procedure.priority, o.procedure.id))
    return Plan(
        case=case,
        on=day,
        options=tuple(options),
        later=tuple(later),
        ruled_out=(*for_case, *elsewhere),
        organizations=_serving(ds, "*", ds.organizations, state),
    )


def _fitting(ds: Dataset, case: Case, mechanism: Mechanism, state: str) -> tuple[Mandate, ...]:
    """fitting_mandates(), through an index of which mandates each violation, work or state can
    bring in, so that only a handful of candidates are checked."""
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
                values = f.violations or f.work or f.gender
                for v in values:
                    by_value.setdefault(v, set()).add(position)
        index = ds._memo[key] = (by_value, always)
    by_value, always = index
    candidates = set(always)
    defender = case.defender
    for value in (*case.violations, *(defender.work if defender else ()), ("country", state)):
        candidates |= by_value.get(value, set())
    if defender is not None and defender.gender is not None:
        candidates |= by_value.get(defender.gender, set())
    mandates = mechanism.mandates
    return fitting_mandates(case, tuple(mandates[i] for i in sorted(candidates)), state)


Row = tuple[Procedure, Mechanism, tuple[Mandate, ...], tuple[Organization, ...]]


def _closed_to_state(ds: Dataset, case: Case, state: State, day: dt.date) -> tuple[tuple[Option, ...], tuple[Row, ...]]:
    """The options closed to this state whatever the case, and the procedures left to judge.

    A procedure is closed whatever the case when the data holds no date at all for the state (no
    membership or acceptance record, so nothing about the events' date can matter) and jurisdiction
    blocks: the state is not a member, or has not accepted the instrument.
    """
    key = ("closed-to-state", state.code, day)
    found = ds._answers.get(key)
    if found is None:
        static: list[Option] = []
        rows: list[Row] = []
        for row in _procedures(ds):
            procedure = row[0]
            if not procedure.jurisdiction.any_state and not _boundaries(ds, procedure, state):
                eligibility, closed = _judge(case, procedure, state, ds, day)
                if closed is not None:
                    static.append(_closed_option(ds, row, eligibility, state))
                    continue
            rows.append(row)
        found = ds._answers[key] = (tuple(static), tuple(rows))
    return found


def _closed_option(ds: Dataset, row: Row, eligibility: Eligibility, state: State) -> Option:
    """The option for a procedure jurisdiction closes to this state (its own mandates only)."""
    procedure, _, own_mandates, helpers = row
    return Option(
        procedure=procedure,
        eligibility=eligibility,
        mandates=own_mandates,
        organizations=_serving(ds, procedure.mechanism, helpers, state),
    )


def _serving(ds: Dataset, mechanism: str, helpers: tuple[Organization, ...], state: State) -> tuple[Organization, ...]:
    """The organizations that engage this mechanism and serve the state's region (or the world)."""
    key = ("serving", mechanism, state.code)
    found = ds._memo.get(key)
    if found is None:
        wanted = {"global", *state.regions}
        found = ds._memo[key] = tuple(o for o in helpers if wanted & set(o.regions))
    return found


def _procedures(ds: Dataset) -> tuple[Row, ...]:
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


def _rank(option: Option, current: bool) -> tuple[int, int, dt.date, int, str]:
    p: Procedure = option.procedure
    urgent_first = 0 if (current and p.urgent) else 1
    status = 0 if option.eligibility.status is Status.ELIGIBLE else 1
    deadline = option.eligibility.deadline.on if option.eligibility.deadline else _FAR
    return (urgent_first, status, deadline, p.priority, p.id)

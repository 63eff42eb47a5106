"""Routing: the ranked plan of what to send now, to whom jointly, what later, what is ruled out."""

from __future__ import annotations

import datetime as dt

from .case import Case
from .dataset import Dataset
from .eligibility import _evaluate, resolve_state
from .loading import load
from .model import Fit, Mandate, Procedure
from .results import Eligibility, Option, Plan
from .vocabulary import Effect, Risk, Status

__all__ = ["fitting_mandates", "route"]

_FAR = dt.date.max


def _fit_matches(fit: Fit, case: Case) -> bool:
    defender = case.defender
    if fit.violations and not (fit.violations & case.violations):
        return False
    if fit.work and not (defender is not None and fit.work & defender.work):
        return False
    return not (fit.gender and not (defender is not None and defender.gender in fit.gender))


def fitting_mandates(case: Case, mandates: tuple[Mandate, ...]) -> tuple[Mandate, ...]:
    """The mandates that fit the case's violations and defender, in data order.

    >>> import hrd_mechanisms as hm
    >>> ds = hm.load()
    >>> case = hm.Case(country="MX", violations={"arbitrary-detention"})
    >>> [m.id for m in fitting_mandates(case, ds.mechanism("un-special-procedures").mandates)]
    ['sr-human-rights-defenders', 'wg-arbitrary-detention']
    """
    return tuple(m for m in mandates if m.always or any(_fit_matches(f, case) for f in m.fits))


def route(case: Case, *, dataset: Dataset | None = None, on: dt.date | None = None) -> Plan:
    """Every procedure in the dataset, judged for ``case`` on ``on`` (default: today), ranked.

    Urgent protective requests come first when the danger is imminent or ongoing; then eligible
    before uncertain; then the nearest deadline; then the data's own priority. Special Procedures
    communications are addressed jointly to every mandate that fits the case.

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
    ruled_out: list[Option] = []
    by_mechanism = {m.id: m for m in ds.mechanisms}
    for procedure in ds.procedures:
        eligibility = _evaluate(case, procedure, state, ds, day)
        mandates: tuple[Mandate, ...] = ()
        mechanism = by_mechanism[procedure.mechanism]
        if procedure.joint:
            mandates = fitting_mandates(case, mechanism.mandates)
        elif procedure.mandate is not None:
            mandates = tuple(m for m in mechanism.mandates if m.id == procedure.mandate)
        organizations = tuple(o for o in ds.organizations if procedure.mechanism in o.mechanisms)
        option = Option(procedure=procedure, eligibility=eligibility, mandates=mandates, organizations=organizations)
        if eligibility.status is not Status.NOT_ELIGIBLE:
            options.append(option)
        elif _curable(eligibility):
            later.append(option)
        else:
            ruled_out.append(option)
    current = case.risk in (Risk.IMMINENT, Risk.ONGOING)
    options.sort(key=lambda o: _rank(o, current))
    later.sort(key=lambda o: (o.procedure.priority, o.procedure.id))
    ruled_out.sort(key=lambda o: (o.procedure.priority, o.procedure.id))
    return Plan(case=case, on=day, options=tuple(options), later=tuple(later), ruled_out=tuple(ruled_out))


def _curable(eligibility: Eligibility) -> bool:
    blocking = {r.effect for r in eligibility.reasons if r.effect in (Effect.BLOCKS, Effect.BLOCKS_FOR_NOW)}
    return blocking == {Effect.BLOCKS_FOR_NOW}


def _rank(option: Option, current: bool) -> tuple[int, int, dt.date, int, str]:
    p: Procedure = option.procedure
    urgent_first = 0 if (current and p.urgent) else 1
    status = 0 if option.eligibility.status is Status.ELIGIBLE else 1
    deadline = option.eligibility.deadline.on if option.eligibility.deadline else _FAR
    return (urgent_first, status, deadline, p.priority, p.id)

"""Eligibility: can this case go to this procedure, and why or why not.

A small set of generic rules runs over each procedure's requirements, which are data.
Each rule returns reasons; the answer is the worst effect among them:
any ``blocks`` → not eligible; else any ``uncertain`` → uncertain; else eligible.
See ``docs/eligibility.md`` for the rules one by one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import attrs

from ._dates import add_months
from .case import Case
from .dataset import Dataset
from .errors import UnknownValueError
from .loading import load
from .model import (
    Acceptance,
    Duplication,
    Exhaustion,
    Fit,
    Jurisdiction,
    Membership,
    Procedure,
    Source,
    State,
    TimeLimit,
)
from .results import Deadline, Eligibility, Reason
from .vocabulary import (
    AcceptanceStatus,
    AfterEnd,
    DuplicationBar,
    Effect,
    OtherProcedureStatus,
    PastExamination,
    RemediesStatus,
    Risk,
    Status,
    TimeLimitKind,
    Unlisted,
    Violation,
)

__all__ = ["check_eligibility", "resolve_state"]

_CURRENT = (Risk.IMMINENT, Risk.ONGOING)


def resolve_state(case: Case, dataset: Dataset) -> State:
    """The case's state, looked up by code or name; raises an error naming ``Case.country``."""
    known = dataset._memo.get(("state", case.country))
    if known is not None:
        return known  # type: ignore[no-any-return]
    try:
        state = dataset._memo[("state", case.country)] = dataset.state(case.country)
        return state
    except LookupError as exc:
        closest = getattr(exc, "closest", ())
        raise UnknownValueError("Case.country", case.country, closest=closest) from None


def check_eligibility(
    case: Case, procedure_id: str, *, dataset: Dataset | None = None, on: dt.date | None = None
) -> Eligibility:
    """Decide whether ``case`` can go to the procedure ``procedure_id`` on the date ``on``.

    ``on`` is the date of filing (default: today); jurisdiction is judged on it and on the date of
    the events. A valid but incomplete case never raises: missing information makes the answer
    ``uncertain`` and is named in ``missing``.

    >>> import hrd_mechanisms as hm
    >>> from datetime import date
    >>> case = hm.Case(country="US", violations={"arbitrary-detention"}, risk="imminent")
    >>> hm.check_eligibility(case, "ccpr-complaint", on=date(2026, 11, 30)).status
    <Status.NOT_ELIGIBLE: 'not-eligible'>
    >>> hm.check_eligibility(case, "un-sp-urgent-appeal", on=date(2026, 11, 30)).status
    <Status.ELIGIBLE: 'eligible'>
    """
    ds = dataset if dataset is not None else load()
    procedure = ds.procedure(procedure_id)
    state = resolve_state(case, ds)
    return _row(ds, procedure, state, on or dt.date.today()).answer(case)


class _Context:
    """What a rule reads: the case, the procedure, the state, the filing date; and what it notes."""

    __slots__ = ("case", "deadline", "ds", "missing", "on", "procedure", "read_events", "read_others", "state")

    def __init__(self, case: Case, procedure: Procedure, state: State, ds: Dataset, on: dt.date) -> None:
        self.case, self.procedure, self.state, self.ds, self.on = case, procedure, state, ds, on
        self.missing: list[str] = []
        self.deadline: Deadline | None = None
        #: whether a rule read the events' date: a jurisdiction part that did not holds for any events
        self.read_events = False
        #: whether a rule read the other procedures (a State's reservation on matters examined elsewhere)
        self.read_others = False

    def need(self, path: str) -> None:
        if path not in self.missing:
            self.missing.append(path)

    @property
    def events_on(self) -> dt.date | None:
        """The date the events are judged on: given, or today for a current danger.

        Jurisdiction rules read the events' date (and the risk, which matters only with a date)
        through here alone, so that ``read_events`` tells whether their conclusion depends on it.
        """
        self.read_events = True
        return _events_on(self.case, self.on)


def _decided(case: Case) -> tuple[str, ...]:
    """The other procedures the case says have decided the same matter, in the case's order."""
    return tuple(o.procedure for o in case.other_procedures if o.status is OtherProcedureStatus.DECIDED)


def _events_on(case: Case, on: dt.date) -> dt.date | None:
    if case.events_on is not None:
        return case.events_on
    if case.risk in _CURRENT:
        return on
    return None


class _Part:
    """What some rules concluded: their reasons, grouped by effect (blocking first), what they
    found missing, the deadline they computed, and the worst effect (0 blocks ... 9 none)."""

    __slots__ = ("buckets", "deadline", "early", "for_case", "missing", "number", "worst")

    def __init__(
        self,
        buckets: tuple[tuple[Reason, ...], ...],
        missing: tuple[str, ...],
        deadline: Deadline | None,
        worst: int,
        early: bool = False,
    ) -> None:
        self.buckets, self.missing, self.deadline, self.worst = buckets, missing, deadline, worst
        #: a block by one of the first rules (situation, violations, scope), which ends the judgement
        self.early = early
        #: a jurisdiction block that rests on the case, not on the State alone (a reservation on
        #: matters examined elsewhere): the procedure can reach the State, not this case
        self.for_case = False
        #: this part's own number (never given twice), for memo keys that hash fast and that the
        #: garbage collector need not track
        self.number = next(_COUNTER)


_ORDER = {Effect.BLOCKS: 0, Effect.BLOCKS_FOR_NOW: 1, Effect.UNCERTAIN: 2, Effect.SUPPORTS: 3, Effect.NOTE: 4}
_STATUS = (Status.NOT_ELIGIBLE, Status.NOT_ELIGIBLE, Status.UNCERTAIN) + (Status.ELIGIBLE,) * 7
#: Bounds on the memos, for very long runs over varied cases: past one, that memo starts afresh.
_SHAPES_LIMIT = 20_000
_ANSWERS_LIMIT = 2_000
_MEMO_LIMIT = 100_000
#: The recipes of case fields that procedures read, numbered once per process (never renumbered, so that
#: a memo started afresh cannot give two recipes the same number).
_RECIPES: dict[tuple[object, ...], int] = {}
#: For each recipe, the keys seen so far and their numbers. Memos are keyed by these small numbers,
#: which hash at once, where the keys (tuples of numbers, dates and tuples) would be hashed again at
#: every look-up.
#: Numbers come from one counter and are never given twice, so a table started afresh cannot make an
#: old number mean new keys.
_NUMBERS: dict[int, dict[tuple[object, ...], int]] = {}
_COUNTER = itertools.count()
_K = TypeVar("_K")


#: For each recipe, its rules' projections of the case's atoms, numbered (see ``_Shapes.keys``).
_PROJECTIONS: dict[int, _Projections] = {}
#: The numbers of the atoms of cases: sets of violations, defenders as the scope reads them, lists
#: of other procedures. Sets of violations and defenders are bounded by the closed vocabularies they
#: are made of; lists of other procedures are not, so that table is bounded like the memos.
_VIOLATION_SETS: dict[frozenset[object], int] = {}
_DEFENDERS: dict[object, int] = {}
_OTHERS: dict[tuple[object, ...], int] = {(): -1}
_RISKS: dict[object, int] = {None: -1, **{r: i for i, r in enumerate(Risk)}}
_STATUSES: dict[object, int] = {None: -1, **{s: i for i, s in enumerate(RemediesStatus)}}
#: a case's atoms: its risk, violations, defender (as the scope reads it), remedies status and
#: other procedures, each as a number
_Atoms = tuple[int, int, int, int, int]


class _Projections:
    """What one recipe's rules make of a case's atoms, as numbers, memoised by the atoms' numbers.

    The violations rule reads the case's violations among the procedure's (and whether it names
    any); the scope rule reads only the violations, kinds of work, gender and yes/no fields that
    the scope's fits name, so its memo is keyed by those alone and serves most cases at once.
    """

    __slots__ = (
        "by_scope",
        "fit_flags",
        "fit_gender",
        "fit_violations",
        "fit_work",
        "fits",
        "numbers",
        "scope_defender",
        "scope_violations",
        "subject",
        "violations",
    )

    def __init__(self, violations: frozenset[Violation], fits: tuple[Fit, ...]) -> None:
        self.violations, self.fits = violations, fits
        self.fit_violations = frozenset().union(*(f.violations for f in fits))
        self.fit_work = frozenset().union(*(f.work for f in fits))
        self.fit_gender = any(f.gender for f in fits)
        self.fit_flags = tuple(flag for flag in _FLAGS if any(getattr(f, flag) for f in fits))
        #: the numbers of the projections below (one table: they never meet in one key position)
        self.numbers: dict[object, int] = {}
        #: by the number of the case's violations: the number of what the violations rule reads
        self.subject: dict[int, int] = {}
        #: by the numbers of the case's violations and defender: what the scope's fits read of them
        self.scope_violations: dict[int, int] = {}
        self.scope_defender: dict[int, int] = {}
        #: by those two numbers: the number of the scope rule's conclusion (_scope_key)
        self.by_scope: dict[tuple[int, int], int] = {}

    def new_subject(self, case: Case, violations: int) -> int:
        found = self.subject[violations] = _number(
            self.numbers, (case.violations & self.violations, bool(case.violations))
        )
        return found

    def scope(self, case: Case, violations: int, defender: int) -> int:
        v = self.scope_violations.get(violations)
        if v is None:
            v = self.scope_violations[violations] = _number(self.numbers, case.violations & self.fit_violations)
        d = self.scope_defender.get(defender)
        if d is None:
            who = case.defender
            read = (
                None
                if who is None
                else (
                    who.gender if self.fit_gender else None,
                    who.work & self.fit_work,
                    *(getattr(who, flag) for flag in self.fit_flags),
                )
            )
            d = self.scope_defender[defender] = _number(self.numbers, ("defender", read))
        found = self.by_scope.get((v, d))
        if found is None:
            found = self.by_scope[(v, d)] = _number(self.numbers, ("scope", _scope_key(self.fits, case)))
        return found


def _number(table: dict[_K, int], value: _K) -> int:
    """``value``'s number in ``table``, given once from the shared counter (never reused)."""
    found = table.get(value)
    if found is None:
        found = table.setdefault(value, next(_COUNTER))
    return found


def _atoms(case: Case) -> _Atoms:
    """The case's fields that the rules after jurisdiction read, as numbers (dates aside)."""
    violations = _VIOLATION_SETS.get(case.violations)
    if violations is None:
        violations = _number(_VIOLATION_SETS, case.violations)
    d = case.defender
    who = None if d is None else (d.gender, d.work, d.child, d.disability)
    defender = _DEFENDERS.get(who)
    if defender is None:
        defender = _number(_DEFENDERS, who)
    others = _OTHERS.get(case.other_procedures)
    if others is None:
        if len(_OTHERS) > _SHAPES_LIMIT:
            _OTHERS.clear()
            _OTHERS[()] = -1
        others = _number(_OTHERS, case.other_procedures)
    remedies = case.remedies
    return (
        _RISKS[case.risk],
        violations,
        defender,
        _STATUSES[None if remedies is None else remedies.status],
        others,
    )


def _row(ds: Dataset, procedure: Procedure, state: State, on: dt.date) -> _Row:
    # A procedure whose jurisdiction names no organization or instrument judges every State alike
    # (the Special Procedures, the Human Rights Council...): one row serves them all.
    shared = procedure.jurisdiction.alike_for_every_state
    key = ("row", procedure.id, None if shared else state.code, on)
    row = ds._memo.get(key)
    if row is None:
        if len(ds._memo) > _MEMO_LIMIT:
            # Rows are kept per filing date: a long run over many dates starts afresh.
            ds._memo.clear()
        row = ds._memo[key] = _Row(ds, procedure, state, on)
    return row


class _Row:
    """One procedure judged for one state on one filing date, for any case (for every state at once
    when the procedure's jurisdiction names no organization or instrument).

    The answer is split in two parts that are memoised apart: jurisdiction, which depends on the
    state and, through the events' date, only on where that date falls between the data's own
    dates (accessions, denunciations, memberships), and, where a State's reservation bars a matter
    already examined elsewhere, on which other procedures decided it; and the case's "shape" (risk, violations,
    scope, remedies, time limit, other procedures), which does not depend on the state. Both have
    few distinct values, so routing a whole database mostly joins parts already judged.
    """

    __slots__ = (
        "answers",
        "bounds",
        "closed",
        "ds",
        "fixed",
        "free",
        "jurisdictions",
        "on",
        "procedure",
        "reserved",
        "shapes",
        "state",
        "temporis",
    )

    def __init__(self, ds: Dataset, procedure: Procedure, state: State, on: dt.date) -> None:
        self.ds, self.procedure, self.state, self.on = ds, procedure, state, on
        j = procedure.jurisdiction
        self.free = j.alike_for_every_state
        self.bounds = () if self.free else _boundaries(ds, procedure, state)
        self.shapes = _shapes(ds, procedure)
        # The risk matters to jurisdiction only to see a continuing violation: under the procedure's
        # ratione temporis rule, or a limit a State attached to its acceptance (events_from).
        self.temporis = j.ratione_temporis or (
            not self.free and any(a.events_from for inst in j.acceptance for a in ds.acceptances_of(inst, state.code))
        )
        # A reservation on matters examined elsewhere makes jurisdiction read the other procedures.
        self.reserved = not self.free and any(
            a.past_examination for inst in j.acceptance for a in ds.acceptances_of(inst, state.code)
        )
        self.jurisdictions: dict[object, _Part] = {}
        #: the jurisdiction part, once a judgement shows that it does not depend on the events
        self.fixed: _Part | None = None
        self.answers: dict[tuple[_Part, _Part], Eligibility] = {}
        self.closed: dict[_Part, Eligibility] = {}

    def jurisdiction(self, case: Case, events: dt.date | None) -> _Part:
        """The jurisdiction part; ``events`` is the date the events are judged on."""
        if self.fixed is not None:
            return self.fixed
        if self.free:
            key: object = None
        else:
            key = (
                None if events is None else bisect_right(self.bounds, events),
                self.temporis and case.risk is Risk.ONGOING,
                _decided(case) if self.reserved else None,
            )
        part = self.jurisdictions.get(key)
        if part is None:
            ctx = _Context(case, self.procedure, self.state, self.ds, self.on)
            part = self.jurisdictions[key] = _run((_jurisdiction,), ctx)
            if part.worst == 0 and any(r.code.startswith("duplication.") for r in part.buckets[0]):
                part.for_case = True
            if not ctx.read_events and not ctx.read_others:
                # Nothing read the events' date or the other procedures: the same part holds for any case.
                self.fixed = part
        return part

    def answer(self, case: Case) -> Eligibility:
        j = self.jurisdiction(case, _events_on(case, self.on))
        if j.worst == 0 and not j.for_case:
            # Jurisdiction closes the procedure to the state: nothing about the case can reopen it.
            return self.closed_answer(j)
        return self.joined(j, self.shapes.part(case, self.state, self.on))

    def closed_answer(self, j: _Part) -> Eligibility:
        found = self.closed.get(j)
        if found is None:
            found = self.closed[j] = _eligibility(self.procedure.id, j, None)
        return found

    def joined(self, j: _Part, shape: _Part) -> Eligibility:
        key = (j, shape)
        found = self.answers.get(key)
        if found is None:
            if len(self.answers) > _ANSWERS_LIMIT:
                self.answers.clear()
            found = self.answers[key] = _eligibility(self.procedure.id, j, shape)
        return found


def _shapes(ds: Dataset, procedure: Procedure) -> _Shapes:
    key = ("shapes", procedure.id)
    shapes = ds._memo.get(key)
    if shapes is None:
        shapes = ds._memo[key] = _Shapes(ds, procedure)
    return shapes


class _Shapes:
    """The rules after jurisdiction for one procedure, joined and memoised by the few case fields
    each reads: they do not depend on the state, so one memo serves every state.

    When the situation, the violations or the scope do not fit (the first rules), the part is that
    alone: nothing else about the case matters.
    """

    __slots__ = (
        "ds",
        "exhaustion",
        "fits",
        "memo",
        "numbers",
        "procedure",
        "projections",
        "recipe",
        "risk",
        "rules",
        "scope",
        "time",
        "violations",
    )

    def __init__(self, ds: Dataset, procedure: Procedure) -> None:
        self.ds, self.procedure = ds, procedure
        self.risk = bool(procedure.risk)
        self.violations = procedure.violations
        # The scope rule's answer depends only on whether one of the fits matches.
        self.scope = procedure.scope is not None and procedure.takes_cases
        self.fits = procedure.scope_fits
        self.exhaustion = procedure.exhaustion.required
        t = procedure.time_limit
        self.time = 0 if t is None else 1 if t.counted_from == "events" else 2
        # Procedures that read the same case fields get the same keys: one number per such
        # recipe, so that routing computes the keys once per recipe, not once per procedure.
        self.recipe: int = _RECIPES.setdefault(
            (self.risk, self.violations, self.scope, self.fits, self.exhaustion, self.time), len(_RECIPES)
        )
        self.numbers = _NUMBERS.setdefault(self.recipe, {})
        #: what this recipe's rules make of the case's atoms (shared by the procedures of the recipe)
        projections = _PROJECTIONS.get(self.recipe)
        if projections is None:
            projections = _PROJECTIONS.setdefault(self.recipe, _Projections(self.violations, self.fits))
        self.projections = projections
        #: the part for each number of keys
        self.memo: dict[int, _Part] = {}
        #: parts by rule key ``(index, key)``; joined, by the keys of the rules before the time limit
        #: (four) and after it (one); and blocks by the first rules, marked, by ``("early", rule key)``
        self.rules: dict[tuple[object, ...], _Part] = {}

    def keys(self, case: Case, on: dt.date, atoms: _Atoms) -> tuple[object, ...]:
        """One key per rule after jurisdiction, in the order of ``_RULES``: what each rule reads.

        Keys are made of numbers and dates only (``atoms``, and numbers for what a rule makes of
        them), so that they hash fast and the garbage collector stops tracking them once it has
        seen them: the memos hold hundreds of thousands of keys over a long run.
        """
        risk, violations, defender, status, others = atoms
        projections = self.projections
        if self.violations:
            seen = projections.subject.get(violations)
            if seen is None:
                seen = projections.new_subject(case, violations)
        else:
            seen = None
        scoped = projections.scope(case, violations, defender) if self.scope else None
        remedies = case.remedies
        if self.time == 1:
            time_key: object = (case.events_on, risk, on)
        elif self.time == 0 or remedies is None:
            time_key = None
        elif remedies.status is RemediesStatus.EXHAUSTED:
            time_key = (remedies.final_decision_on, on)
        else:
            time_key = status
        return (
            risk if self.risk else None,
            seen,
            scoped,
            status if self.exhaustion else None,
            time_key,
            others,
        )

    def numbered(self, case: Case, on: dt.date, atoms: _Atoms) -> tuple[int, tuple[object, ...]]:
        """The case's keys and their number (the same for every procedure of this recipe)."""
        keys = self.keys(case, on, atoms)
        numbers = self.numbers
        number = numbers.get(keys)
        if number is None:
            if len(numbers) > _SHAPES_LIMIT:
                numbers.clear()
            number = numbers.setdefault(keys, next(_COUNTER))
        return number, keys

    def part(self, case: Case, state: State, on: dt.date) -> _Part:
        number, keys = self.numbered(case, on, _atoms(case))
        return self.part_for(number, keys, case, state, on)

    def part_for(self, number: int, keys: tuple[object, ...], case: Case, state: State, on: dt.date) -> _Part:
        """The part for a case already numbered (routing numbers a case once per recipe)."""
        found = self.memo.get(number)
        if found is None:
            found = self.judge(number, keys, case, state, on)
        return found

    def judge(self, number: int, keys: tuple[object, ...], case: Case, state: State, on: dt.date) -> _Part:
        if len(self.memo) > _SHAPES_LIMIT:
            self.memo.clear()
            self.rules.clear()
        # The rules before the time limit, the time limit, and those after it: each group memoised
        # apart, as dated keys (a deadline) make most new shapes differ in the time limit alone.
        rules = self.rules
        before = rules.get(keys[:4])
        if before is None:
            before = rules[keys[:4]] = self._judged(range(4), keys, case, state, on)
        if before.worst == 0 and before.early:
            # The situation, the violations or the scope do not fit: nothing else matters.
            self.memo[number] = before
            return before
        time = rules.get((4, keys[4]))
        if time is None:
            time = self._judged(range(4, 5), keys, case, state, on)
        after = rules.get(keys[5:])
        if after is None:
            after = rules[keys[5:]] = self._judged(range(5, len(_RULES)), keys, case, state, on)
        parts = (before, time, after)
        found = self.memo[number] = _join(parts)
        return found

    def _judged(self, indexes: range, keys: tuple[object, ...], case: Case, state: State, on: dt.date) -> _Part:
        """The rules at ``indexes`` joined, each memoised by its key; an early block ends the judgement."""
        ctx: _Context | None = None
        parts = []
        for index in indexes:
            rule_key = (index, keys[index] if index < len(keys) else None)
            part = self.rules.get(rule_key)
            if part is None:
                if ctx is None:
                    ctx = _Context(case, self.procedure, state, self.ds, on)
                part = self.rules[rule_key] = _run((_RULES[index],), ctx)
            if part.worst == 0 and index < _EARLY:
                # One marked copy per rule conclusion, so that cases it ends alike share one shape.
                early = self.rules.get(("early", rule_key))
                if early is None:
                    early = self.rules[("early", rule_key)] = _Part(
                        part.buckets, part.missing, part.deadline, part.worst, early=True
                    )
                return early
            parts.append(part)
        return _join(parts)


def _run(rules: tuple[Callable[[_Context], Iterator[Reason]], ...], ctx: _Context) -> _Part:
    ctx.missing, ctx.deadline = [], None
    buckets: tuple[list[Reason], ...] = ([], [], [], [], [])
    for rule in rules:
        for reason in rule(ctx):
            buckets[_ORDER[reason.effect]].append(reason)
    worst = next((i for i, b in enumerate(buckets) if b), 9)
    return _Part(tuple(tuple(b) for b in buckets), tuple(ctx.missing), ctx.deadline, worst)


def _join(parts: Sequence[_Part]) -> _Part:
    """Parts in rule order joined into one: reasons blocking-first, and in rule order within an effect."""
    if len(parts) == 1:
        return parts[0]
    lists: tuple[list[Reason], ...] = ([], [], [], [], [])
    missing: tuple[str, ...] = ()
    deadline = None
    worst = 9
    for p in parts:
        for bucket, reasons in zip(lists, p.buckets, strict=True):
            if reasons:
                bucket.extend(reasons)
        if p.missing:
            missing += tuple(m for m in p.missing if m not in missing)
        if deadline is None:
            deadline = p.deadline
        if p.worst < worst:
            worst = p.worst
    return _Part(tuple(tuple(b) for b in lists), missing, deadline, worst)


def _eligibility(procedure: str, j: _Part, shape: _Part | None) -> Eligibility:
    jb = j.buckets
    if shape is None:
        reasons = jb[0] + jb[1] + jb[2] + jb[3] + jb[4]
        return Eligibility(procedure, _STATUS[j.worst], reasons, j.missing, j.deadline)
    sb = shape.buckets
    reasons = jb[0] + sb[0] + jb[1] + sb[1] + jb[2] + sb[2] + jb[3] + sb[3] + jb[4] + sb[4]
    missing = j.missing + tuple(m for m in shape.missing if m not in j.missing) if j.missing else shape.missing
    return Eligibility(procedure, _STATUS[min(j.worst, shape.worst)], reasons, missing, j.deadline or shape.deadline)


# -- memo keys: the inputs each rule depends on, and nothing more ----------------------------
#
# Rules are pure functions of a few case fields, so their conclusions are memoised per dataset,
# rule by rule and for the whole answer. Jurisdiction depends on dates only through where they
# fall between the dates in the data (accessions, denunciations, memberships), so it is keyed on
# those intervals, not on the dates themselves.


def _boundaries(ds: Dataset, procedure: Procedure, state: State) -> tuple[dt.date, ...]:
    key = ("boundaries", procedure.id, state.code)
    cached = ds._memo.get(key)
    if cached is None:
        j = procedure.jurisdiction
        dates: set[dt.date] = set()
        for org in (*j.membership, *j.not_membership):
            for m in ds.memberships_of(org, state.code):
                dates.update(d for d in (m.start, m.known_by, m.until, m.contested_since) if d)
        instruments = (*j.acceptance, *((j.applicable_treaty,) if j.applicable_treaty else ()))
        for inst in instruments:
            for a in ds.acceptances_of(inst, state.code):
                dates.update(d for d in (a.start, a.known_by, a.until, a.events_from) if d)
        cached = ds._memo[key] = tuple(sorted(dates))
    return cached


def _fit_matches(fit: Fit, case: Case) -> bool:
    """Whether a case matches one condition of a mandate's or procedure's fits (every given part)."""
    defender = case.defender
    if fit.violations and not (fit.violations & case.violations):
        return False
    if fit.work and not (defender is not None and fit.work & defender.work):
        return False
    if fit.gender and not (defender is not None and defender.gender in fit.gender):
        return False
    if fit.child and not (defender is not None and defender.child):
        return False
    return not (fit.disability and not (defender is not None and defender.disability))


#: The defender's yes/no fields that a fit can require (a child, a person with a disability).
_FLAGS = ("child", "disability")


def _scope_key(fits: tuple[Fit, ...], case: Case) -> tuple[int, tuple[str, ...]]:
    """Whether the case is within a procedure's scope: 2 a fit matches, 0 the case says it is not of
    the kind every fit needs (not a child, no disability), 1 to be checked; and the defender's
    fields whose absence left it to be checked."""
    if any(_fit_matches(f, case) for f in fits):
        return 2, ()
    d = case.defender
    said = {flag: None if d is None else getattr(d, flag) for flag in _FLAGS}
    # The fits that the case does not rule out by answering "no" to a field they require.
    left = [f for f in fits if not any(getattr(f, flag) and said[flag] is False for flag in _FLAGS)]
    if fits and not left:
        return 0, ()
    unsaid = (f"defender.{flag}" for f in left for flag in _FLAGS if getattr(f, flag) and said[flag] is None)
    return 1, tuple(dict.fromkeys(unsaid))


_T = TypeVar("_T", Jurisdiction, Exhaustion, TimeLimit, Duplication)


def _sourced(ctx: _Context, name: str, part: _T) -> _T:
    """A procedure's rule part with sources: its own, else the procedure's (made once per procedure)."""
    if part.sources:
        return part
    key = ("sourced", name, ctx.procedure.id)
    found: _T | None = ctx.ds._memo.get(key)
    if found is None:
        found = ctx.ds._memo[key] = attrs.evolve(part, sources=ctx.procedure.sources)
    return found


def _jurisdiction(ctx: _Context) -> Iterator[Reason]:
    p, state = ctx.procedure, ctx.state
    j = p.jurisdiction
    j = _sourced(ctx, "jurisdiction", j)
    if j.any_state:
        yield Reason(
            "jurisdiction.any-state",
            j.text or f"{p.name.en} can concern any State, whatever treaties it has ratified.",
            Effect.SUPPORTS,
            j.sources,
        )
    if j.membership:
        yield from _membership_rule(ctx, j.membership, j.sources)
    for org in j.not_membership:
        status, record = _member_on(ctx, org, ctx.on)
        name = ctx.ds.membership_names[org]
        sources = record.sources if record else j.sources
        if status == "yes":
            yield Reason(
                "jurisdiction.inside-excluded-organization",
                f"{p.name.en} is for defenders in States outside the {name}; {state} is a member.",
                Effect.BLOCKS,
                (*j.sources, *sources),
            )
        elif status == "unknown":
            yield Reason(
                "jurisdiction.membership-uncertain",
                f"Whether {state} is a member of the {name} on the filing date is not established in the data.",
                Effect.UNCERTAIN,
                sources,
            )
        else:
            yield Reason(
                "jurisdiction.outside-excluded-organization",
                f"{state} is not a member of the {name}, so {p.name.en} can apply.",
                Effect.SUPPORTS,
                j.sources,
            )
    for instrument_id in j.acceptance:
        yield from _acceptance_rule(ctx, instrument_id)
    if j.applicable_treaty:
        yield _applicable_law(ctx, j.applicable_treaty, j.otherwise, j.sources)


def _applicable_law(ctx: _Context, treaty: str, otherwise: str | None, sources: tuple[Source, ...]) -> Reason:
    """Which text the body will apply: the treaty for its parties, another text for the rest."""
    inst = ctx.ds.instrument(treaty)
    day = ctx.events_on or ctx.on
    for a in ctx.ds.acceptances_of(treaty, ctx.state.code):
        if a.status is AcceptanceStatus.ACCEPTED and _begin(a) <= day < (a.until or dt.date.max):
            return Reason(
                "law.treaty",
                f"{ctx.state} is a party to the {inst.name.en}, which applies.",
                Effect.NOTE,
                a.sources,
            )
    return Reason(
        "law.otherwise",
        f"{ctx.state} is not a party to the {inst.name.en} for these events; " + (otherwise or "another text applies."),
        Effect.NOTE,
        (*inst.sources, *sources),
    )


def _member_on(ctx: _Context, org: str, day: dt.date) -> tuple[str, Membership | None]:
    """'yes', 'no' or 'unknown', and the membership record that decided it."""
    for m in ctx.ds.memberships_of(org, ctx.state.code):
        if m.role != "member":
            continue
        if m.start is not None and day < m.start:
            continue
        if m.start is None and m.known_by is not None and day < m.known_by:
            return "unknown", m
        if m.until is not None and day >= m.until:
            continue
        return "yes", m
    return "no", None


def _membership_rule(ctx: _Context, orgs: tuple[str, ...], rule_sources: tuple[Source, ...]) -> Iterator[Reason]:
    state, p = ctx.state, ctx.procedure
    names = " or ".join(ctx.ds.membership_names[o] for o in orgs)
    for org in orgs:
        status, record = _member_on(ctx, org, ctx.on)
        if status == "yes" and record is not None:
            # For a membership that ended, the dispute is about the end (handled below); for a current
            # one, about the membership itself.
            disputed = record.contested and record.until is None
            if disputed and (record.contested_since is None or ctx.on >= record.contested_since):
                yield Reason(
                    "jurisdiction.membership-contested",
                    f"{state}'s membership of the {ctx.ds.membership_names[org]} is contested: {record.contested}",
                    Effect.UNCERTAIN,
                    record.sources,
                )
                return
            yield Reason(
                "jurisdiction.member",
                f"{state} is a member of the {ctx.ds.membership_names[org]}, which {p.name.en} covers.",
                Effect.SUPPORTS,
                record.sources,
            )
            return
        if status == "unknown" and record is not None:
            yield Reason(
                "jurisdiction.membership-uncertain",
                f"The data cannot establish that {state} was a member of the "
                f"{ctx.ds.membership_names[org]} on the filing date.",
                Effect.UNCERTAIN,
                record.sources,
            )
            return
    # Not a member today: was it at the time of the events, and is that contested?
    for org in orgs:
        for m in ctx.ds.memberships_of(org, state.code):
            if m.until is not None and m.until <= ctx.on:
                events = ctx.events_on
                during = events is not None and (m.start is None or m.start <= events) and events < m.until
                text = (
                    f"{state} left the {ctx.ds.membership_names[org]} on {m.until}"
                    + (" (after the events)" if during else "")
                    + "."
                )
                if m.contested:
                    yield Reason(
                        "jurisdiction.membership-contested",
                        f"{text} Its status is contested: {m.contested}",
                        Effect.UNCERTAIN,
                        m.sources,
                    )
                else:
                    yield Reason("jurisdiction.not-member", text, Effect.BLOCKS, m.sources)
                return
    yield Reason(
        "jurisdiction.not-member",
        f"{p.name.en} covers members of the {names}; {state} is not one.",
        Effect.BLOCKS,
        rule_sources,
    )


def _begin(a: Acceptance) -> dt.date:
    begin = a.start or a.known_by
    assert begin is not None  # the loader guarantees one of them for an accepted record
    return begin


def _acceptance_rule(ctx: _Context, instrument_id: str) -> Iterator[Reason]:
    ds, state, p = ctx.ds, ctx.state, ctx.procedure
    inst = ds.instrument(instrument_id)
    records = ds.acceptances_of(instrument_id, state.code)
    name = inst.name.en
    if not records:
        if inst.unlisted is Unlisted.NOT_ACCEPTED:
            yield Reason(
                "jurisdiction.not-accepted",
                f"{state} has not accepted the {name} (status as of {inst.as_of}), which {p.name.en} requires.",
                Effect.BLOCKS,
                inst.sources,
            )
        else:
            yield Reason(
                "jurisdiction.acceptance-unknown",
                f"The data does not yet record whether {state} has accepted the {name}; "
                "check the source before relying on this procedure.",
                Effect.UNCERTAIN,
                inst.sources,
            )
        return
    for a in records:
        if a.status is AcceptanceStatus.UNKNOWN:
            yield Reason(
                "jurisdiction.acceptance-unknown",
                f"Whether {state} has accepted the {name} is unknown: {a.note}",
                Effect.UNCERTAIN,
                a.sources,
            )
            return
    accepted = [a for a in records if a.status is AcceptanceStatus.ACCEPTED]
    if not accepted:
        a = max(records, key=lambda r: r.as_of or dt.date.min)
        if inst.unlisted is Unlisted.UNKNOWN and a.as_of is not None and ctx.on > a.as_of:
            # The list is incomplete: evidence that the State had not accepted by some date says
            # nothing about a later acceptance, so a filing after that date is not ruled out.
            yield Reason(
                "jurisdiction.not-accepted-as-of",
                f"{state} had not accepted the {name} as of {a.as_of}; a later acceptance is not recorded "
                f"in the data: check the source before relying on {p.name.en}.",
                Effect.UNCERTAIN,
                a.sources,
            )
            return
        yield Reason(
            "jurisdiction.not-accepted",
            f"{state} had not accepted the {name} as of {a.as_of}, which {p.name.en} requires.",
            Effect.BLOCKS,
            a.sources,
        )
        return
    on = ctx.on
    current = [a for a in accepted if _begin(a) <= on and (a.until is None or on < a.until)]
    if current:
        a = current[-1]
        since = f"since {a.start}" if a.start else f"at least since {a.known_by}"
        yield Reason("jurisdiction.accepted", f"{state} has accepted the {name} ({since}).", Effect.SUPPORTS, a.sources)
        if a.contested:
            yield Reason("jurisdiction.acceptance-contested", a.contested, Effect.NOTE, a.sources)
        if a.note:
            yield Reason("jurisdiction.acceptance-note", a.note, Effect.NOTE, a.sources)
        if a.events_from is not None:
            yield from _events_limit(ctx, name, a)
        if a.past_examination is not None:
            yield from _past_examination(ctx, name, a)
        if p.jurisdiction.ratione_temporis:
            yield from _ratione_temporis(ctx, name, accepted)
        return
    pending = [a for a in accepted if _begin(a) > on]
    if pending:
        a = pending[0]
        if a.start is None:
            yield Reason(
                "jurisdiction.acceptance-date-unknown",
                f"{state}'s acceptance of the {name} is proven from {a.known_by}, not yet for the filing date.",
                Effect.UNCERTAIN,
                a.sources,
            )
        else:
            yield Reason(
                "jurisdiction.not-yet-in-force",
                f"{state}'s acceptance of the {name} takes effect on {a.start}.",
                Effect.BLOCKS,
                a.sources,
            )
        return
    a = max(accepted, key=lambda r: r.until or dt.date.max)
    ended = f"{state}'s acceptance of the {name} ended on {a.until} ({a.ended_by or 'ended'})"
    if inst.after_end is AfterEnd.PRIOR_EVENTS_COVERED:
        events = ctx.events_on
        if events is None:
            ctx.need("events_on")
            yield Reason(
                "jurisdiction.denounced-events-date-needed",
                f"{ended}; only events before that date remain covered, and the events' date is not given.",
                Effect.UNCERTAIN,
                a.sources,
            )
            return
        if any(_begin(r) <= events < (r.until or dt.date.max) for r in accepted):
            yield Reason(
                "jurisdiction.denounced-prior-events",
                f"{ended}, but events before that date remain covered.",
                Effect.SUPPORTS,
                a.sources,
            )
            return
        closed = f"{ended}; the events are not covered."
    else:
        closed = f"{ended}; no new complaint can be filed since then."
    if a.contested:
        yield Reason(
            "jurisdiction.end-contested",
            f"{closed} This is contested: {a.contested}",
            Effect.UNCERTAIN,
            a.sources,
        )
    else:
        yield Reason("jurisdiction.denounced", closed, Effect.BLOCKS, a.sources)


def _events_limit(ctx: _Context, name: str, a: Acceptance) -> Iterator[Reason]:
    """A limit the State attached to its acceptance: only events from ``a.events_from`` are covered."""
    limit = a.events_from
    assert limit is not None  # called only for an acceptance with a limit
    events = ctx.events_on
    covers = f"{ctx.state}'s acceptance of the {name} covers only events from {limit}"
    if events is None:
        ctx.need("events_on")
        yield Reason(
            "jurisdiction.limited-in-time-date-needed",
            f"{covers}; the events' date is not given.",
            Effect.UNCERTAIN,
            a.sources,
        )
    elif events < limit and ctx.case.risk is Risk.ONGOING:
        yield Reason(
            "jurisdiction.limited-in-time-continuing",
            f"{covers}; the events began earlier, and whether a situation that continues after that date "
            "is covered depends on the wording of the State's limit: check it.",
            Effect.UNCERTAIN,
            a.sources,
        )
    elif events < limit:
        yield Reason(
            "jurisdiction.limited-in-time",
            f"{covers}; these are earlier.",
            Effect.BLOCKS,
            a.sources,
        )


def _past_examination(ctx: _Context, name: str, a: Acceptance) -> Iterator[Reason]:
    """A State's reservation that also bars a matter already examined under another procedure of
    international investigation or settlement (the instrument may bar only one being examined)."""
    ctx.read_others = True
    p = ctx.procedure
    decided = [ctx.ds.procedure(o) for o in _decided(ctx.case)]
    others = [o for o in decided if o.mechanism != p.mechanism and o.settles]
    if not others:
        return
    before = ", ".join(o.name.en for o in others)
    if a.past_examination is PastExamination.BARS:
        yield Reason(
            "duplication.reservation",
            f"{ctx.state}'s reservation to the {name}: {p.name.en} does not consider a matter already "
            f"examined under another procedure of international investigation or settlement, and the case "
            f"says the same matter is decided before {before}.",
            Effect.BLOCKS,
            a.sources,
        )
    elif a.past_examination is PastExamination.CHECK:
        yield Reason(
            "duplication.reservation-check",
            f"{ctx.state}'s reservation to the {name} bars a matter already examined by a body it names, and "
            f"the case says the same matter is decided before {before}: whether the reservation reaches that "
            "procedure is for the committee to decide. Check the reservation's words before filing.",
            Effect.UNCERTAIN,
            a.sources,
        )
    else:
        yield Reason(
            "duplication.reservation-unknown",
            f"Whether {ctx.state} made a reservation to the {name} that bars a matter already examined "
            f"elsewhere is not in the data, and the case says the same matter is decided before {before}: "
            "check the State's reservations before filing.",
            Effect.UNCERTAIN,
            a.sources,
        )


def _ratione_temporis(ctx: _Context, name: str, accepted: list[Acceptance]) -> Iterator[Reason]:
    events = ctx.events_on
    first = min(accepted, key=_begin)
    begin, sources = _begin(first), first.sources
    if events is None:
        ctx.need("events_on")
        yield Reason(
            "ratione-temporis.events-date-needed",
            f"Only events after the {name} took effect for {ctx.state} ({begin}) are covered; "
            "the events' date is not given.",
            Effect.UNCERTAIN,
            sources,
        )
        return
    if any(_begin(r) <= events < (r.until or dt.date.max) for r in accepted):
        return
    if ctx.case.risk is Risk.ONGOING:
        yield Reason(
            "ratione-temporis.continuing",
            f"The events fall outside the period in which {ctx.state} had accepted the {name}; "
            "a violation that continues into that period may still be examined.",
            Effect.UNCERTAIN,
            sources,
        )
        return
    # The next period after the events: if only a date by which it had begun is known, it may have
    # begun before the events (before the first period, or in a gap after a denunciation).
    later = [r for r in accepted if _begin(r) > events]
    following = min(later, key=_begin) if later else None
    if following is not None and following.start is None:
        yield Reason(
            "ratione-temporis.uncertain",
            f"The events are before the date from which {ctx.state}'s acceptance of "
            f"the {name} is proven ({following.known_by}); its exact start is not in the data.",
            Effect.UNCERTAIN,
            following.sources,
        )
    else:
        yield Reason(
            "ratione-temporis.before-acceptance",
            f"The events fall outside the period in which {ctx.state} had accepted the {name} (from {begin}).",
            Effect.BLOCKS,
            sources,
        )


def _risk(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    if not p.risk:
        return
    allowed = " or ".join(sorted(str(r) for r in p.risk))
    if ctx.case.risk is None:
        ctx.need("risk")
        yield Reason(
            "risk.unknown",
            f"{p.name.en} is for situations where the risk is {allowed}; the case does not say.",
            Effect.UNCERTAIN,
            p.sources,
        )
    elif ctx.case.risk in p.risk:
        yield Reason("risk.fits", f"The risk is {ctx.case.risk}, which {p.name.en} is for.", Effect.SUPPORTS, p.sources)
    else:
        yield Reason(
            "risk.does-not-fit",
            f"{p.name.en} is for situations where the risk is {allowed}; this one is {ctx.case.risk}.",
            Effect.BLOCKS,
            p.sources,
        )


def _violations(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    if not p.violations:
        return
    listed = ", ".join(sorted(str(v) for v in p.violations))
    if not ctx.case.violations:
        ctx.need("violations")
        yield Reason(
            "subject.unknown",
            f"{p.name.en} concerns {listed}; the case names no violation.",
            Effect.UNCERTAIN,
            p.sources,
        )
    elif ctx.case.violations & p.violations:
        matched = ", ".join(sorted(str(v) for v in ctx.case.violations & p.violations))
        yield Reason("subject.fits", f"{p.name.en} concerns {matched}.", Effect.SUPPORTS, p.sources)
    else:
        yield Reason(
            "subject.does-not-fit",
            f"{p.name.en} concerns only {listed}, which the case does not allege.",
            Effect.BLOCKS,
            p.sources,
        )


def _scope(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    if not p.takes_cases:
        yield Reason(
            "scope.no-individual-cases",
            p.scope or f"{p.name.en} takes no individual complaints or cases.",
            Effect.BLOCKS,
            p.sources,
        )
        return
    if p.scope is None:
        return
    fit, missing = _scope_key(p.scope_fits, ctx.case)
    if fit == 2:
        yield Reason(
            "scope.fits",
            f"The case appears to fall within what {p.name.en} examines: {p.scope}",
            Effect.SUPPORTS,
            p.sources,
        )
    elif fit == 0:
        yield Reason(
            "scope.outside",
            f"{p.name.en} examines only this: {p.scope} The case says it is not such a case.",
            Effect.BLOCKS,
            p.sources,
        )
    else:
        for path in missing:
            ctx.need(path)
        yield Reason(
            "scope.check",
            f"{p.name.en} examines only this: {p.scope} Check that the case falls within it.",
            Effect.UNCERTAIN,
            p.sources,
        )


def _exhaustion(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    e = _sourced(ctx, "exhaustion", p.exhaustion)
    if not e.required:
        yield Reason(
            "exhaustion.not-required",
            e.text or f"{p.name.en} does not require domestic remedies to be exhausted first.",
            Effect.SUPPORTS,
            e.sources,
        )
        return
    exceptions = "; ".join(e.exceptions) if e.exceptions else "none"
    remedies = ctx.case.remedies.status if ctx.case.remedies else RemediesStatus.UNKNOWN
    if remedies is RemediesStatus.EXHAUSTED:
        yield Reason("exhaustion.done", "Domestic remedies are exhausted.", Effect.SUPPORTS, e.sources)
    elif remedies is RemediesStatus.UNKNOWN:
        ctx.need("remedies.status")
        yield Reason(
            "exhaustion.unknown",
            f"{p.name.en} requires domestic remedies to be exhausted first (exceptions: {exceptions}); "
            "the case does not say where they stand.",
            Effect.UNCERTAIN,
            e.sources,
        )
    elif remedies is RemediesStatus.INEFFECTIVE:
        if e.exceptions:
            yield Reason(
                "exhaustion.exception-claimed",
                f"Remedies are said to be ineffective; {p.name.en} accepts exceptions ({exceptions}), "
                "but the body decides whether one applies: the request must show why.",
                Effect.UNCERTAIN,
                e.sources,
            )
        else:
            yield Reason(
                "exhaustion.required",
                f"{p.name.en} requires domestic remedies to be exhausted and lists no exception.",
                Effect.BLOCKS_FOR_NOW,
                e.sources,
            )
    else:
        state = "still pending" if remedies is RemediesStatus.PENDING else "not yet tried"
        yield Reason(
            "exhaustion.required",
            f"Domestic remedies are {state}; {p.name.en} requires them to be exhausted first, "
            f"unless an exception applies ({exceptions}).",
            Effect.BLOCKS_FOR_NOW,
            e.sources,
        )


def _time_limit(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    t = p.time_limit
    if t is None:
        return
    t = _sourced(ctx, "time_limit", t)
    if t.counted_from == "events":
        yield from _time_from_events(ctx, t)
        return
    remedies = ctx.case.remedies
    if remedies is None or remedies.status is not RemediesStatus.EXHAUSTED:
        if remedies is not None and remedies.status is RemediesStatus.INEFFECTIVE:
            yield Reason(
                "time-limit.reasonable-time",
                f"Where an exception to exhaustion applies, {p.name.en} must be filed within a "
                "reasonable time of the events.",
                Effect.NOTE,
                t.sources,
            )
        return
    if remedies.final_decision_on is None:
        ctx.need("remedies.final_decision_on")
        yield Reason(
            "time-limit.date-needed",
            f"{p.name.en} must be filed within {_months(t.months)} of the final domestic decision; "
            "its date is not given.",
            Effect.UNCERTAIN,
            t.sources,
        )
        return
    months = t.months
    if t.earlier_months is not None and t.earlier_until is not None and remedies.final_decision_on < t.earlier_until:
        months = t.earlier_months
    last_day = add_months(remedies.final_decision_on, months)
    strict = t.kind is TimeLimitKind.STRICT
    text = t.text or f"{_months(months)} from the final domestic decision"
    ctx.deadline = Deadline(on=last_day, strict=strict, text=text)
    if ctx.on <= last_day:
        yield Reason(
            "time-limit.open",
            f"File by {last_day}: {text}.",
            Effect.SUPPORTS,
            t.sources,
        )
    elif strict:
        yield Reason(
            "time-limit.passed",
            f"Time-barred: the deadline was {last_day} ({text}).",
            Effect.BLOCKS,
            t.sources,
        )
    else:
        yield Reason(
            "time-limit.passed-justify",
            f"The usual limit passed on {last_day} ({text}); a late request must justify the delay.",
            Effect.UNCERTAIN,
            t.sources,
        )


def _time_from_events(ctx: _Context, t: TimeLimit) -> Iterator[Reason]:
    p = ctx.procedure
    events = ctx.case.events_on
    text = t.text or f"{_months(t.months)} from the events"
    if events is None:
        if ctx.case.risk in _CURRENT:
            return  # happening now: within any window counted from the events
        ctx.need("events_on")
        yield Reason(
            "time-limit.date-needed",
            f"{p.name.en} is for events within {_months(t.months)}; the events' date is not given.",
            Effect.UNCERTAIN,
            t.sources,
        )
        return
    last_day = add_months(events, t.months)
    ctx.deadline = Deadline(on=last_day, strict=t.kind is TimeLimitKind.STRICT, text=text)
    if ctx.on <= last_day:
        yield Reason("time-limit.open", f"Send by {last_day}: {text}.", Effect.SUPPORTS, t.sources)
    elif t.kind is TimeLimitKind.STRICT:
        yield Reason(
            "time-limit.passed", f"Too late: the window closed on {last_day} ({text}).", Effect.BLOCKS, t.sources
        )
    else:
        yield Reason(
            "time-limit.passed-justify",
            f"The usual window closed on {last_day} ({text}); a late request must justify the delay.",
            Effect.UNCERTAIN,
            t.sources,
        )


def _months(months: int) -> str:
    if months % 12 == 0:
        years = months // 12
        return f"{years} year{'s' if years > 1 else ''}"
    return f"{months} month{'s' if months > 1 else ''}"


def _duplication(ctx: _Context) -> Iterator[Reason]:
    p = ctx.procedure
    d = _sourced(ctx, "duplication", p.duplication)
    for other in ctx.case.other_procedures:
        other_proc = ctx.ds.procedure(other.procedure)
        if other_proc.id == p.id:
            yield Reason(
                "duplication.already-filed",
                f"The case says this matter is already {other.status} before {p.name.en}.",
                Effect.BLOCKS if other.status is OtherProcedureStatus.DECIDED else Effect.NOTE,
                p.sources,
            )
            continue
        if other_proc.mechanism == p.mechanism or not (other_proc.settles or d.counts_all_procedures):
            continue
        pending = other.status is OtherProcedureStatus.PENDING
        barred = (
            d.bar is DuplicationBar.PAST_OR_CONCURRENT
            or (d.bar is DuplicationBar.CONCURRENT and pending)
            or (d.bar is DuplicationBar.SETTLED and not pending)
        )
        if barred:
            yield Reason(
                "duplication.barred",
                f"The same matter is {other.status} before {other_proc.name.en}; "
                + (d.text or f"{p.name.en} does not examine a matter in that situation."),
                Effect.BLOCKS,
                d.sources,
            )


def _access(ctx: _Context) -> Iterator[Reason]:
    a = ctx.procedure.access
    if a.direct:
        return
    via = ctx.ds.procedure(a.via).name.en if a.via else "another body"
    yield Reason(
        "access.indirect",
        a.text or f"A defender cannot ask for this directly; it is requested through {via}.",
        Effect.UNCERTAIN,
        ctx.procedure.sources,
    )


#: The rules after jurisdiction, in the order of the keys that ``_Shapes.keys`` computes for them.
_RULES = (_risk, _violations, _scope, _exhaustion, _time_limit, _duplication, _access)
#: The first rules (risk, violations, scope), whose block ends the judgement early.
_EARLY = 3

"""The records of the bundled dataset: states, instruments, mechanisms, procedures and their rules.

All classes are frozen attrs classes built by the loader from the YAML under ``data/``;
users read them, they do not usually build them.
"""

from __future__ import annotations

import datetime as dt

from attrs import AttrsInstance, field, fields, frozen

from .vocabulary import (
    AcceptanceStatus,
    AfterEnd,
    DuplicationBar,
    Gender,
    PastExamination,
    Risk,
    TimeLimitKind,
    Unlisted,
    Violation,
    Work,
)

__all__ = [
    "Acceptance",
    "Access",
    "Channel",
    "Duplication",
    "Exhaustion",
    "Fit",
    "Instrument",
    "Jurisdiction",
    "Mandate",
    "Mechanism",
    "Membership",
    "Names",
    "Organization",
    "Procedure",
    "Source",
    "State",
    "TimeLimit",
]


@frozen
class Source:
    """Where a fact comes from and when someone last checked it there."""

    url: str
    title: str
    checked: dt.date
    note: str | None = None


@frozen
class Names:
    """A name in English, French and Spanish (French and Spanish may still be missing)."""

    en: str
    fr: str | None = None
    es: str | None = None

    def get(self, lang: str) -> str:
        """The name in ``lang``, falling back to English.

        >>> Names(en="Mexico", fr="Mexique", es="México").get("es")
        'México'
        """
        value = getattr(self, lang, None) if lang in ("en", "fr", "es") else None
        return value if isinstance(value, str) else self.en


@frozen
class State:
    """A state, by its ISO 3166-1 alpha-2 code."""

    code: str
    alpha3: str
    names: Names
    aliases: tuple[str, ...] = ()
    #: the regions organizations use: latin-america, north-america, africa, middle-east-north-africa,
    #: europe-central-asia, asia-pacific (from the UN M49 regions)
    regions: tuple[str, ...] = ()
    note: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def name(self) -> str:
        """The English name."""
        return self.names.en

    def __str__(self) -> str:
        return f"{self.names.en} ({self.code})"


@frozen
class Membership:
    """A state's membership of an intergovernmental organization, with its dates.

    ``start`` is the exact date it took effect; when no source gives it, ``known_by`` is a date
    by which a source shows membership, and earlier dates answer "uncertain".
    """

    organization: str
    state: str
    start: dt.date | None = None
    known_by: dt.date | None = None
    until: dt.date | None = None
    ended_by: str | None = None
    role: str = "member"
    #: a sourced explanation that the membership (or, with ``until``, its end) is disputed: answers
    #: that rest on it are "uncertain" (for a current membership, from ``contested_since`` on)
    contested: str | None = None
    contested_since: dt.date | None = None
    note: str | None = None
    sources: tuple[Source, ...] = ()


@frozen
class Acceptance:
    """A state's acceptance of an instrument (a treaty, protocol or optional declaration).

    ``start`` is when it took effect for the state (computed from the deposit date and the
    instrument's rules when no source gives it); ``until`` is when a denunciation or withdrawal
    took effect.
    """

    instrument: str
    state: str
    status: AcceptanceStatus = AcceptanceStatus.ACCEPTED
    deposited: dt.date | None = None
    start: dt.date | None = None
    known_by: dt.date | None = None
    until: dt.date | None = None
    ended_by: str | None = None
    ended_notice: dt.date | None = None
    as_of: dt.date | None = None
    #: a limit the State attached: the acceptance covers only events on or after this date
    #: (Guatemala's CAT article 22 declaration covers only events after it was made)
    events_from: dt.date | None = None
    #: a reservation that also bars a matter already examined under another international procedure
    #: (the instrument itself may bar only one being examined); ``None``: no such reservation
    past_examination: PastExamination | None = None
    #: a sourced explanation that this record is disputed (a court annulled it, a rival government
    #: re-ratified...): a conclusion that rests on it is given as a warning or as "uncertain"
    contested: str | None = None
    note: str | None = None
    sources: tuple[Source, ...] = ()


@frozen
class Instrument:
    """A treaty, protocol or optional declaration, and every state's acceptance of it."""

    id: str
    name: Names
    kind: str
    in_force: dt.date
    unlisted: Unlisted
    after_end: AfterEnd
    #: the status date the list reflects; required when ``unlisted`` is not-accepted
    as_of: dt.date | None = None
    effect_delay_months: int = 0
    parent: str | None = None
    note: str | None = None
    sources: tuple[Source, ...] = ()
    acceptances: tuple[Acceptance, ...] = field(default=(), repr=False)


@frozen
class Fit:
    """One condition under which a mandate fits a case: every given part must match.

    Empty parts match anything; ``violations``, ``work`` and ``gender`` each match when the
    case has at least one of the listed values; ``child`` and ``disability``, when true, match
    only a defender who is a child or a person with a disability.
    """

    violations: frozenset[Violation] = frozenset()
    work: frozenset[Work] = frozenset()
    gender: frozenset[Gender] = frozenset()
    child: bool = False
    disability: bool = False


@frozen
class Mandate:
    """A thematic or country mandate inside a mechanism (a Special Rapporteur, a Working Group...)."""

    id: str
    mechanism: str
    title: Names
    type: str
    established: int | None = None
    establishing: str | None = None
    page: str | None = None
    contact: str | None = None
    themes: tuple[str, ...] = ()
    #: for a country mandate: the state it covers (it fits every case in that state)
    country: str | None = None
    #: the mandate fits every defender's case (the Special Rapporteur on human rights defenders)
    always: bool = False
    fits: tuple[Fit, ...] = ()
    sources: tuple[Source, ...] = ()


@frozen
class Jurisdiction:
    """Which states a procedure can reach.

    ``any_state``: every state, whatever it has ratified. Otherwise the state must be a member
    of one of ``membership`` and must have accepted every instrument in ``acceptance``;
    it must not be a member of any of ``not_membership``.
    """

    any_state: bool = False
    membership: tuple[str, ...] = ()
    not_membership: tuple[str, ...] = ()
    acceptance: tuple[str, ...] = ()
    #: facts must post-date the state's acceptance (ratione temporis)
    ratione_temporis: bool = False
    #: for a body that applies a treaty to its parties and another text to the rest (the IACHR:
    #: the American Convention, else the American Declaration): the treaty's instrument id...
    applicable_treaty: str | None = None
    #: ...and what applies to states that are not parties to it
    otherwise: str | None = None
    text: str | None = None
    sources: tuple[Source, ...] = ()

    @property
    def alike_for_every_state(self) -> bool:
        """True when it names no organization or instrument: its answer is the same for every state.

        >>> Jurisdiction(any_state=True).alike_for_every_state
        True
        >>> Jurisdiction(membership=("coe",)).alike_for_every_state
        False
        """
        return not (self.membership or self.not_membership or self.acceptance or self.applicable_treaty)


@frozen
class Exhaustion:
    """Whether domestic remedies must be exhausted first, and the recognised exceptions."""

    required: bool = False
    exceptions: tuple[str, ...] = ()
    text: str | None = None
    sources: tuple[Source, ...] = ()


@frozen
class TimeLimit:
    """A time limit in months, counted from the final domestic decision or from the events."""

    months: int
    kind: TimeLimitKind = TimeLimitKind.STRICT
    #: "final-decision" (the usual rule) or "events" (the WGEID's three-month urgent window)
    counted_from: str = "final-decision"
    #: an older limit for final decisions before ``earlier_until`` (the European Court's six months
    #: before 1 February 2022)
    earlier_months: int | None = None
    earlier_until: dt.date | None = None
    text: str | None = None
    sources: tuple[Source, ...] = ()


@frozen
class Duplication:
    """Whether the same matter before another international procedure bars this one."""

    bar: DuplicationBar = DuplicationBar.NONE
    #: the bar also counts procedures that settle nothing (the Human Rights Council complaint
    #: procedure does not take a case that a special procedure is dealing with)
    counts_all_procedures: bool = False
    text: str | None = None
    sources: tuple[Source, ...] = ()


@frozen
class Access:
    """Who can file: directly, or only through another body's procedure."""

    direct: bool = True
    via: str | None = None
    text: str | None = None


@frozen
class Channel:
    """How to send a request."""

    url: str | None = None
    email: str | None = None
    post: str | None = None
    text: str | None = None


@frozen
class Procedure:
    """One way to engage a mechanism, with its rules as data."""

    id: str
    mechanism: str
    name: Names
    kind: str
    summary: str
    jurisdiction: Jurisdiction
    urgent: bool = False
    #: the procedure is addressed jointly to the mechanism's mandates that fit the case
    joint: bool = False
    mandate: str | None = None
    risk: frozenset[Risk] = frozenset()
    violations: frozenset[Violation] = frozenset()
    #: what the body can examine, when narrower than any violation (economic, social and cultural
    #: rights; discrimination against women...): a case that fits none of ``scope_fits`` is "uncertain"
    scope: str | None = None
    scope_fits: tuple[Fit, ...] = ()
    #: False for bodies that take no individual cases at all (ASEAN's AICHR, the Arab Human Rights
    #: Committee): routing a case to them says so plainly
    takes_cases: bool = True
    exhaustion: Exhaustion = Exhaustion()
    time_limit: TimeLimit | None = None
    duplication: Duplication = Duplication()
    #: counts as "another international investigation or settlement" for other procedures' duplication bars
    settles: bool = False
    access: Access = Access()
    consent: str | None = None
    requires: tuple[str, ...] = ()
    channel: Channel = Channel()
    languages: tuple[str, ...] = ()
    speed: str | None = None
    #: lower ranks first among options of equal urgency and status
    priority: int = 50
    sources: tuple[Source, ...] = ()


@frozen
class Mechanism:
    """A body that can act on a case, with its mandates and procedures."""

    id: str
    name: Names
    system: str
    kind: str
    summary: str
    website: str | None = None
    sources: tuple[Source, ...] = ()
    mandates: tuple[Mandate, ...] = field(default=(), repr=False)
    procedures: tuple[Procedure, ...] = field(default=(), repr=False)

    def _repr_html_(self) -> str:
        from ._html import table

        rows = [("procedure", p.id, p.name.en, "urgent" if p.urgent else "") for p in self.procedures]
        rows += [("mandate", m.id, m.title.en, m.country or "") for m in self.mandates]
        return table(("kind", "id", "name", ""), rows, f"{self.name.en} ({self.id})")


@frozen
class Organization:
    """A civil-society organization that helps defenders use mechanisms or gives urgent support."""

    id: str
    name: str
    website: str
    regions: tuple[str, ...]
    responses: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    summary: str | None = None
    sources: tuple[Source, ...] = ()


def _reduce(self: AttrsInstance) -> tuple[type, tuple[object, ...]]:
    # The compiled copy of the data is unpickled at every start: rebuilding each record by calling its
    # class with its field values loads about a third faster than attrs' field-by-field __setstate__.
    cls = type(self)
    return cls, tuple(getattr(self, a.name) for a in fields(cls))


for _cls in (
    Source,
    Names,
    State,
    Membership,
    Acceptance,
    Instrument,
    Fit,
    Mandate,
    Jurisdiction,
    Exhaustion,
    TimeLimit,
    Duplication,
    Access,
    Channel,
    Procedure,
    Mechanism,
    Organization,
):
    setattr(_cls, "__reduce__", _reduce)  # noqa: B010 (a method on each class, not one instance)

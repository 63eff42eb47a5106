"""The answers: eligibility with its reasons, and the routing plan."""

from __future__ import annotations

import datetime as dt

from attrs import frozen

from ._text import closest
from .case import Case
from .errors import UnknownValueError
from .model import Mandate, Organization, Procedure, Source
from .vocabulary import Effect, Status

__all__ = ["Deadline", "Eligibility", "Option", "Plan", "Reason"]


@frozen
class Reason:
    """One reason behind an answer: a stable code, plain text, its effect and its sources.

    Codes are stable across releases (``"jurisdiction.not-accepted"``, ``"time-limit.passed"``...);
    tools may branch on them. The text is for people and may improve.
    """

    code: str
    text: str
    effect: Effect
    sources: tuple[Source, ...] = ()

    def __str__(self) -> str:
        return f"[{self.effect}] {self.code}: {self.text}"


@frozen
class Deadline:
    """The last day to file. ``strict``: after it the request is inadmissible;
    otherwise a late request must justify the delay."""

    on: dt.date
    strict: bool
    text: str

    def __str__(self) -> str:
        return f"{self.on.isoformat()} ({'strict' if self.strict else 'guide'})"


@frozen
class Eligibility:
    """The tri-state answer for one case and one procedure.

    ``missing`` names the case fields whose absence made the answer uncertain,
    as dotted paths (``"remedies.final_decision_on"``).
    """

    procedure: str
    status: Status
    reasons: tuple[Reason, ...]
    missing: tuple[str, ...] = ()
    deadline: Deadline | None = None

    @property
    def eligible(self) -> bool:
        """True only for a firm "eligible"."""
        return self.status is Status.ELIGIBLE

    def _repr_html_(self) -> str:
        from ._html import table

        rows = [(r.effect, r.code, r.text) for r in self.reasons]
        caption = f"{self.procedure}: {self.status}" + (f", deadline {self.deadline}" if self.deadline else "")
        if self.missing:
            caption += "; missing: " + ", ".join(self.missing)
        return table(("effect", "code", "reason"), rows, caption)

    def blocking(self) -> tuple[Reason, ...]:
        """The reasons that rule the procedure out (empty unless not eligible)."""
        return tuple(r for r in self.reasons if r.effect in (Effect.BLOCKS, Effect.BLOCKS_FOR_NOW))


@frozen
class Option:
    """One procedure in a plan, the mandates to address jointly, and who can help file it."""

    procedure: Procedure
    eligibility: Eligibility
    mandates: tuple[Mandate, ...] = ()
    organizations: tuple[Organization, ...] = ()

    @property
    def status(self) -> Status:
        """The eligibility status (a shortcut for ``option.eligibility.status``)."""
        return self.eligibility.status


@frozen
class Plan:
    """The ranked answer of :func:`~hrd_mechanisms.route`.

    ``options``: what can be sent now, urgent protective requests first.
    ``later``: procedures that are closed today for a reason that can be cured, such as
    domestic remedies not yet exhausted. ``ruled_out``: the rest, each with its reason.
    ``organizations``: who can help, in the case's region or worldwide.
    """

    case: Case
    on: dt.date
    options: tuple[Option, ...]
    later: tuple[Option, ...]
    ruled_out: tuple[Option, ...]
    #: organizations serving the case's region (or the world): urgent support and help with the mechanisms
    organizations: tuple[Organization, ...] = ()

    def to_records(self) -> list[dict[str, object]]:
        """One plain dict per procedure, in plan order (``pandas.DataFrame(plan.to_records())`` works)."""
        records: list[dict[str, object]] = []
        for group, options in (("option", self.options), ("later", self.later), ("ruled-out", self.ruled_out)):
            for rank, o in enumerate(options, 1):
                e = o.eligibility
                records.append(
                    {
                        "group": group,
                        "rank": rank,
                        "procedure": o.procedure.id,
                        "mechanism": o.procedure.mechanism,
                        "urgent": o.procedure.urgent,
                        "status": e.status.value,
                        "deadline": e.deadline.on if e.deadline else None,
                        "deadline_strict": e.deadline.strict if e.deadline else None,
                        "reason_code": e.reasons[0].code if e.reasons else None,
                        "reason": e.reasons[0].text if e.reasons else None,
                        "missing": ", ".join(e.missing),
                        "mandates": ", ".join(m.id for m in o.mandates),
                        "organizations": ", ".join(org.id for org in o.organizations),
                    }
                )
        return records

    def _repr_html_(self) -> str:
        from ._html import table

        rows = [
            (r["group"], r["procedure"], r["status"], r["deadline"], r["mandates"], r["reason"])
            for r in self.to_records()
        ]
        return table(
            ("group", "procedure", "status", "deadline", "mandates", "first reason"), rows, f"Plan on {self.on}"
        )

    def option(self, procedure_id: str) -> Option:
        """The option for one procedure, wherever the plan put it (options, later or ruled out)."""
        for option in (*self.options, *self.later, *self.ruled_out):
            if option.procedure.id == procedure_id:
                return option
        ids = [o.procedure.id for o in (*self.options, *self.later, *self.ruled_out)]
        raise UnknownValueError("procedure", procedure_id, closest=closest(procedure_id, ids))

"""The controlled vocabularies of cases and data, as string enums.

``hm.Violation("torture")`` and the plain string ``"torture"`` are interchangeable
wherever the library takes a violation; an unknown string raises
:class:`~hrd_mechanisms.errors.UnknownValueError` naming the closest values. A member also hashes as
its string, so a plain string finds it in a set or a dict:

>>> "torture" in {Violation.TORTURE}
True
"""

from __future__ import annotations

import enum
from typing import TypeVar

from ._text import closest
from .errors import UnknownValueError

__all__ = [
    "AcceptanceStatus",
    "AfterEnd",
    "DuplicationBar",
    "Effect",
    "Gender",
    "OtherProcedureStatus",
    "PastExamination",
    "RemediesStatus",
    "Risk",
    "Status",
    "TimeLimitKind",
    "Unlisted",
    "Violation",
    "Work",
]

E = TypeVar("E", bound="StrEnum")


class StrEnum(str, enum.Enum):
    """A string enum whose str() is its value (enum.StrEnum exists only from 3.11)."""

    # A member equals its value (str.__eq__), so it hashes as its value too: consistent with that
    # equality, and computed in C, where Enum's own __hash__ is Python code run at every memo look-up.
    __hash__ = str.__hash__

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def parse(cls: type[E], value: object, field: str) -> E:
        """Return the member for ``value`` or raise an error naming ``field`` and the closest values.

        >>> Risk.parse("imminent", "Case.risk")
        <Risk.IMMINENT: 'imminent'>
        >>> Risk.parse("iminent", "Case.risk")
        Traceback (most recent call last):
        ...
        hrd_mechanisms.errors.UnknownValueError: Case.risk: 'iminent' is not known; did you mean 'imminent'?
        """
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls(value)
            except ValueError:
                pass
        allowed = [m.value for m in cls]
        near = closest(value, allowed) if isinstance(value, str) else []
        raise UnknownValueError(field, value, closest=near, allowed=allowed)


class Violation(StrEnum):
    """What happened, or is about to happen, to the defender."""

    ARBITRARY_DETENTION = "arbitrary-detention"
    TORTURE = "torture"
    SEXUAL_VIOLENCE = "sexual-violence"
    KILLING = "killing"
    DEATH_THREATS = "death-threats"
    ENFORCED_DISAPPEARANCE = "enforced-disappearance"
    JUDICIAL_HARASSMENT = "judicial-harassment"
    THREATS_AND_HARASSMENT = "threats-and-harassment"
    SURVEILLANCE = "surveillance"
    STIGMATIZATION = "stigmatization"
    RESTRICTION_OF_EXPRESSION = "restriction-of-expression"
    RESTRICTION_OF_ASSEMBLY_OR_ASSOCIATION = "restriction-of-assembly-or-association"
    REPRISAL_FOR_COOPERATION = "reprisal-for-cooperation"
    ATTACK_ON_FAMILY = "attack-on-family"


class Work(StrEnum):
    """The defender's human rights work."""

    JOURNALISM = "journalism"
    LEGAL_PROFESSION = "legal-profession"
    LAND_AND_ENVIRONMENT = "land-and-environment"
    INDIGENOUS_PEOPLES = "indigenous-peoples"
    WOMEN_RIGHTS = "women-rights"
    LGBTI_RIGHTS = "lgbti-rights"
    LABOUR_RIGHTS = "labour-rights"
    POLITICAL_PARTICIPATION = "political-participation"


class Gender(StrEnum):
    """The defender's gender, when known (``None`` means unknown)."""

    WOMAN = "woman"
    MAN = "man"
    NON_BINARY = "non-binary"


class Risk(StrEnum):
    """How current the danger is: about to happen, happening, or over."""

    IMMINENT = "imminent"
    ONGOING = "ongoing"
    PAST = "past"


class RemediesStatus(StrEnum):
    """Where the case stands before the State's own courts and authorities."""

    EXHAUSTED = "exhausted"
    PENDING = "pending"
    NOT_TRIED = "not-tried"
    INEFFECTIVE = "ineffective"
    UNKNOWN = "unknown"


class OtherProcedureStatus(StrEnum):
    """Where the same matter stands before another international procedure."""

    PENDING = "pending"
    DECIDED = "decided"


class Status(StrEnum):
    """The tri-state answer of :func:`~hrd_mechanisms.check_eligibility`."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not-eligible"
    UNCERTAIN = "uncertain"


class Effect(StrEnum):
    """What one reason does to the answer."""

    SUPPORTS = "supports"
    BLOCKS = "blocks"
    #: blocks today, but can be cured (for example by exhausting domestic remedies first)
    BLOCKS_FOR_NOW = "blocks-for-now"
    UNCERTAIN = "uncertain"
    NOTE = "note"


class AcceptanceStatus(StrEnum):
    """A state's answer for one instrument, as the data records it."""

    ACCEPTED = "accepted"
    NOT_ACCEPTED = "not-accepted"
    UNKNOWN = "unknown"


class Unlisted(StrEnum):
    """What it means, in an instrument file, that a state is not listed."""

    NOT_ACCEPTED = "not-accepted"
    UNKNOWN = "unknown"


class AfterEnd(StrEnum):
    """What a denunciation or withdrawal leaves open."""

    #: no new complaint at all once it takes effect
    CLOSED_TO_NEW = "closed-to-new"
    #: events before it took effect can still be brought
    PRIOR_EVENTS_COVERED = "prior-events-covered"


class TimeLimitKind(StrEnum):
    """How hard a time limit is."""

    #: past the deadline the request is inadmissible
    STRICT = "strict"
    #: past the deadline the delay must be justified (for example the Human Rights Committee's five years)
    PRESUMPTION = "presumption"
    #: "a reasonable time": the deadline is a guide the body has used, not a rule
    REASONABLE = "reasonable"


class DuplicationBar(StrEnum):
    """Which other international procedures on the same matter bar this one."""

    NONE = "none"
    #: only a procedure still under way
    CONCURRENT = "concurrent"
    #: a procedure under way or already concluded
    PAST_OR_CONCURRENT = "past-or-concurrent"
    #: only a matter already settled (decided) elsewhere, as in art. 56(7) of the African Charter
    SETTLED = "settled"


class PastExamination(StrEnum):
    """A State's reservation about matters already examined under another international procedure.

    Some treaties bar only a matter that is being examined elsewhere (the ICCPR's first Optional
    Protocol, art. 5(2)(a)); many States accepted them with a reservation that also bars a matter
    that has already been examined.
    """

    #: the reservation bars a matter already examined under another procedure of international
    #: investigation or settlement
    BARS = "bars"
    #: the reservation names one body only (Austria's, the former European Commission of Human
    #: Rights): whether it reaches another is for the committee to say
    CHECK = "check"
    #: whether the State made such a reservation is not in the data (it joined after the list read)
    UNKNOWN = "unknown"

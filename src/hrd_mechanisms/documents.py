"""Request documents: what a defender sends, filled from a case, checked, rendered in three languages.

A document is made from a :class:`~hrd_mechanisms.Case` and a plan :class:`~hrd_mechanisms.Option`,
completed by hand (documents are frozen: use :func:`attrs.evolve`), checked with :meth:`missing` and
:meth:`validate`, and rendered with :meth:`render`. The sections, labels, what is required and why, in
English, French and Spanish, are data in ``hrd_mechanisms/templates/``.

>>> import hrd_mechanisms as hm, attrs
>>> from datetime import date
>>> case = hm.Case(country="MX", violations={"arbitrary-detention"}, risk="imminent",
...                defender=hm.Defender(gender="woman", name="Ana"))
>>> option = hm.route(case, on=date(2026, 11, 30)).options[0]
>>> appeal = hm.UrgentAppeal.from_case(case, option)
>>> appeal.missing()[:3]
('human_rights_work', 'events_on', 'place')
>>> print(appeal.missing()[0].explanation)
The defender's human rights activities and the groups they work with.
>>> "Ana" in appeal.render("markdown")      # no consent recorded: the name is withheld
False
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import field, frozen

from .case import Case, Consent, _redacted
from .dataset import Dataset
from .errors import HrdMechanismsError, UnknownValueError
from .loading import load
from .results import Option
from .vocabulary import Gender, RemediesStatus, StrEnum

__all__ = [
    "AllegationLetter",
    "Complaint",
    "Document",
    "InterimMeasuresRequest",
    "Missing",
    "Perpetrator",
    "Person",
    "PrecautionaryMeasuresRequest",
    "Problem",
    "Submitter",
    "UrgentAppeal",
    "document_for",
]

LANGS = ("en", "fr", "es")
D = TypeVar("D", bound="Document")


# -- the parts -------------------------------------------------------------------------------


@frozen
class Person:
    """A victim or beneficiary. ``name`` and ``contact`` never appear in reprs."""

    name: str | None = field(default=None, repr=_redacted)
    gender: Gender | None = None
    description: str | None = None
    contact: str | None = field(default=None, repr=_redacted)


@frozen
class Perpetrator:
    """Who is alleged to be responsible: an authority, a unit, or a non-State actor."""

    description: str
    state_agent: bool | None = None


@frozen
class Submitter:
    """Who sends the document. Kept confidential by the mechanisms; never in reprs."""

    name: str | None = field(default=None, repr=_redacted)
    organization: str | None = field(default=None, repr=_redacted)
    contact: str | None = field(default=None, repr=_redacted)
    relationship: str | None = None


class Missing(str):
    """A required item not yet given: the field path (it is a ``str``) and why it is needed."""

    explanation: str

    def __new__(cls, path: str, explanation: str) -> Missing:
        item = super().__new__(cls, path)
        item.explanation = explanation
        return item


@frozen
class Problem:
    """Something to fix before sending: a stable code and a sentence in the document's language."""

    code: str
    text: str


# -- templates (data) ------------------------------------------------------------------------

_templates: dict[str, Any] = {}
_templates_lock = threading.Lock()


def _template(name: str) -> Any:
    """A template file from ``hrd_mechanisms/templates``, parsed once."""
    if name not in _templates:
        with _templates_lock:
            if name not in _templates:
                from importlib import resources

                import yaml

                text = (resources.files("hrd_mechanisms") / "templates" / f"{name}.yaml").read_text(encoding="utf-8")
                _templates[name] = yaml.safe_load(text)
    return _templates[name]


def _word(entry: Mapping[str, str], lang: str) -> str:
    return entry.get(lang) or entry["en"]


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise UnknownValueError("lang", lang, allowed=LANGS)
    return lang


# -- documents -------------------------------------------------------------------------------


@frozen(kw_only=True)
class Document:
    """What every request document holds. Use a subclass: :class:`UrgentAppeal`, :class:`Complaint`..."""

    template: ClassVar[str] = ""

    procedure: str
    country: str
    lang: str = "en"
    addressees: tuple[str, ...] = ()
    victims: tuple[Person, ...] = ()
    perpetrators: tuple[Perpetrator, ...] = ()
    submitter: Submitter | None = None
    events_on: dt.date | None = None
    place: str | None = None
    description: str | None = None
    human_rights_work: str | None = None
    domestic_actions: str | None = None
    consent: Consent = field(factory=Consent)
    deadline: dt.date | None = None

    # -- making one --------------------------------------------------------------------------

    @classmethod
    def from_case(cls: type[D], case: Case, option: Option, *, lang: str = "en", dataset: Dataset | None = None) -> D:
        """A document for ``option`` (from :func:`~hrd_mechanisms.route`), filled from ``case``."""
        ds = dataset if dataset is not None else load()
        state = ds.state(case.country)
        defender = case.defender
        victims: tuple[Person, ...] = ()
        if defender is not None:
            victims = (Person(name=defender.name, gender=defender.gender),)
        extra = cls._extra_from_case(case, option)
        return cls(
            procedure=option.procedure.id,
            country=state.code,
            lang=_check_lang(lang),
            addressees=tuple(m.id for m in option.mandates),
            victims=victims,
            events_on=case.events_on,
            consent=case.consent or Consent(),
            deadline=option.eligibility.deadline.on if option.eligibility.deadline else None,
            **extra,
        )

    @classmethod
    def _extra_from_case(cls, case: Case, option: Option) -> dict[str, Any]:
        return {}

    # -- checking ----------------------------------------------------------------------------

    def _value(self, path: str) -> Any:
        value: Any = self
        for part in path.split("."):
            value = getattr(value, part)
        return value

    def _fields(self) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        return [(section, spec) for section in _template(self.template)["sections"] for spec in section["fields"]]

    def _required(self, spec: Mapping[str, Any]) -> bool:
        if spec.get("required"):
            return True
        condition = spec.get("required_if")
        if condition:
            return all(self._value(path) == value for path, value in condition.items())
        return False

    def missing(self) -> tuple[Missing, ...]:
        """The required items not yet given, as field paths, each with an explanation in ``lang``."""
        out = []
        for _, spec in self._fields():
            if self._required(spec) and self._value(spec["path"]) in (None, "", ()):
                out.append(Missing(spec["path"], _word(spec["explain"], self.lang)))
        return tuple(out)

    def validate(self, *, on: dt.date | None = None, dataset: Dataset | None = None) -> tuple[Problem, ...]:
        """Problems to fix before sending: a passed deadline, names without consent..."""
        day = on or dt.date.today()
        problems = _template("common")["problems"]
        out = []
        if self.deadline is not None and day > self.deadline:
            text = _word(problems["deadline-passed"], self.lang).format(deadline=self.deadline.isoformat())
            out.append(Problem("deadline-passed", text))
        if any(v.name for v in self.victims) and self.consent.to_state is not True:
            out.append(Problem("names-without-consent", _word(problems["names-without-consent"], self.lang)))
        asks_publication = any(spec["path"] == "consent.to_public" for _, spec in self._fields())
        if asks_publication and self.consent.to_public is None:
            out.append(Problem("publication-not-asked", _word(problems["publication-not-asked"], self.lang)))
        return tuple(out)

    # -- rendering ---------------------------------------------------------------------------

    def render(
        self,
        format: str = "markdown",
        lang: str | None = None,
        *,
        dataset: Dataset | None = None,
        prepared_on: dt.date | None = None,
    ) -> str:
        """The document, ready to send: ``format`` is "markdown" or "text"; ``lang`` "en", "fr" or "es".

        People's names appear only if the recorded consent allows them to be given to the State;
        the submitter's identity goes in a section marked confidential.
        """
        if format not in ("markdown", "text"):
            raise UnknownValueError("format", format, allowed=("markdown", "text"))
        lang = _check_lang(lang or self.lang)
        ds = dataset if dataset is not None else load()
        common = _template("common")["labels"]
        template = _template(self.template)
        procedure = ds.procedure(self.procedure)
        state = ds.state(self.country)
        out: list[str] = []

        def heading(text: str, level: int) -> None:
            if format == "markdown":
                out.append(f"{'#' * level} {text}\n")
            else:
                out.append(f"{text}\n{('=' if level == 1 else '-') * len(text)}\n")

        def line(label: str, value: str) -> None:
            out.append(f"- **{label}:** {value}\n" if format == "markdown" else f"{label}: {value}\n")

        heading(f"{_word(template['title'], lang)}: {procedure.name.get(lang)}", 1)
        channel = procedure.channel
        where = [w for w in (channel.url, channel.email, channel.post, channel.text) if w]
        if where:
            line(_word(common["send_to"], lang), " · ".join(where))
        if self.addressees:
            titles = [ds.mandate(m).title.get(lang) for m in self.addressees]
            line(_word(common["addressed_to"], lang), "; ".join(titles))
        line(_word(common["state"], lang), state.names.get(lang))
        if self.deadline:
            line(_word(common["deadline"], lang), self.deadline.isoformat())
        out.append("\n")
        for section in template["sections"]:
            heading(_word(section["heading"], lang), 2)
            if section.get("confidential"):
                note = _word(common["confidential"], lang)
                out.append(f"_{note}_\n\n" if format == "markdown" else f"({note})\n\n")
            for spec in section["fields"]:
                value = self._format(spec["path"], lang, common)
                line(_word(spec["label"], lang), value)
            out.append("\n")
        missing = self.missing()
        if missing:
            heading(_word(common["missing_intro"], lang), 2)
            for item in missing:
                path = f"`{item}`" if format == "markdown" else str(item)
                out.append(f"- {path}: {item.explanation}\n")
            out.append("\n")
        out.append(f"{_word(common['prepared'], lang)} {(prepared_on or dt.date.today()).isoformat()}.\n")
        return "".join(out)

    def _format(self, path: str, lang: str, common: Mapping[str, Any]) -> str:
        value = self._value(path)
        not_given = _word(common["not_given"], lang)
        if value is None or value == "" or value == ():
            return not_given
        if isinstance(value, bool):
            return _word(common["yes" if value else "no"], lang)
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, RemediesStatus):
            return _word(_template("common")["remedies"][value.value], lang)
        if path == "victims":
            return "; ".join(self._person(p, lang, common) for p in value)
        if path == "perpetrators":
            parts = []
            for p in value:
                kind = {True: "state_agent", False: "non_state_actor", None: "unknown"}[p.state_agent]
                parts.append(f"{p.description} ({_word(common[kind], lang)})")
            return "; ".join(parts)
        if path == "submitter":
            bits = [b for b in (value.name, value.organization, value.contact, value.relationship) if b]
            return ", ".join(bits) or not_given
        return str(value)

    def _person(self, person: Person, lang: str, common: Mapping[str, Any]) -> str:
        if person.name and self.consent.to_state is True:
            name = person.name
        elif person.name:
            name = _word(common["withheld"], lang)
        else:
            name = _word(common["not_given"], lang)
        bits = [name]
        if person.gender is not None:
            bits.append(f"{_word(common['gender'], lang).lower()}: {_word(common[person.gender.value], lang)}")
        if person.description:
            bits.append(person.description)
        return ", ".join(bits)

    # -- round trip --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain data (str, bool, lists, ISO dates), with a ``document`` key naming the type."""
        return {"document": self.template, **_plain(_converter().unstructure(self))}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """The document described by ``data`` (as made by :meth:`to_dict`), checked strictly."""
        data = dict(data)
        kind = data.pop("document", None)
        target = _BY_TEMPLATE.get(kind) if isinstance(kind, str) else None
        if target is None:
            raise UnknownValueError("document", kind, allowed=sorted(_BY_TEMPLATE))
        if cls is not Document and target is not cls:
            raise UnknownValueError("document", kind, allowed=[cls.template])
        import cattrs

        try:
            document: Document = _converter().structure(data, target)
        except cattrs.BaseValidationError as exc:
            raise DocumentError(cattrs.transform_error(exc, path=kind)) from None
        return document

    def to_json(self) -> str:
        """The document as JSON (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    @classmethod
    def from_json(cls, text: str) -> Document:
        """The document in ``text``, JSON made by :meth:`to_json`, checked strictly."""
        return cls.from_dict(json.loads(text))

    def to_yaml(self) -> str:
        """The document as YAML (see :meth:`to_dict`)."""
        import yaml

        return str(yaml.safe_dump(self.to_dict(), allow_unicode=True, sort_keys=False))

    @classmethod
    def from_yaml(cls, text: str) -> Document:
        """The document in ``text``, YAML made by :meth:`to_yaml`, read with a safe loader and checked strictly."""
        import yaml

        return cls.from_dict(yaml.safe_load(text))


class DocumentError(HrdMechanismsError, ValueError):
    """A document read from JSON or YAML is malformed; the message names each field."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(problems))


@frozen(kw_only=True)
class UrgentAppeal(Document):
    """An urgent appeal (UN Special Procedures, the ACHPR Special Rapporteur, urgent actions, reprisals)."""

    template: ClassVar[str] = "urgent-appeal"
    risk: str | None = None


@frozen(kw_only=True)
class AllegationLetter(Document):
    """An allegation letter to the UN Special Procedures, for violations that already occurred."""

    template: ClassVar[str] = "allegation-letter"


@frozen(kw_only=True)
class PrecautionaryMeasuresRequest(Document):
    """A request for precautionary measures to the IACHR (Rules of Procedure, art. 25)."""

    template: ClassVar[str] = "precautionary-measures-request"
    risk: str | None = None
    measures_requested: str | None = None
    authorities_informed: bool | None = None
    authorities_not_informed_why: str | None = None
    beneficiaries_consent: bool | None = None
    consent_not_obtained_why: str | None = None


@frozen(kw_only=True)
class InterimMeasuresRequest(Document):
    """A request for interim or provisional measures (ECtHR Rule 39, treaty bodies, ACHPR)."""

    template: ClassVar[str] = "interim-measures-request"
    risk: str | None = None
    measures_requested: str | None = None
    case_reference: str | None = None


@frozen(kw_only=True)
class Complaint(Document):
    """A complaint, petition, communication or application, with its admissibility items."""

    template: ClassVar[str] = "complaint"
    rights_violated: str | None = None
    remedies_status: RemediesStatus | None = None
    remedies_detail: str | None = None
    final_decision_on: dt.date | None = None
    other_procedures: str | None = None

    @classmethod
    def _extra_from_case(cls, case: Case, option: Option) -> dict[str, Any]:
        remedies = case.remedies
        others = ", ".join(f"{o.procedure} ({o.status})" for o in case.other_procedures) or None
        return {
            "remedies_status": remedies.status if remedies else None,
            "final_decision_on": remedies.final_decision_on if remedies else None,
            "other_procedures": others,
        }


_BY_TEMPLATE: dict[str, type[Document]] = {
    c.template: c
    for c in (UrgentAppeal, AllegationLetter, PrecautionaryMeasuresRequest, InterimMeasuresRequest, Complaint)
}

#: Which document each kind of procedure takes.
_BY_KIND: dict[str, type[Document]] = {
    "urgent-appeal": UrgentAppeal,
    "urgent-action": UrgentAppeal,
    "reprisals": UrgentAppeal,
    "diplomatic-action": UrgentAppeal,
    "information": UrgentAppeal,
    "allegation-letter": AllegationLetter,
    "precautionary-measures": PrecautionaryMeasuresRequest,
    "provisional-measures": InterimMeasuresRequest,
    "interim-measures": InterimMeasuresRequest,
    "individual-complaint": Complaint,
    "petition": Complaint,
    "situation-complaint": Complaint,
}


def document_for(option: Option) -> type[Document]:
    """The document class a procedure takes (an error for bodies that take no requests)."""
    kind = option.procedure.kind
    if kind not in _BY_KIND:
        raise UnknownValueError("Option.procedure.kind", kind, allowed=sorted(_BY_KIND))
    return _BY_KIND[kind]


def _plain(value: Any) -> Any:
    """Only JSON and safe-YAML types: lists, not tuples; enum values; ISO dates."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


_conv: Any = None


def _converter() -> Any:
    """A strict cattrs converter for documents (built on first use: cattrs is imported lazily)."""
    global _conv
    if _conv is None:
        from ._converter import converter

        _conv = converter.copy()
    return _conv

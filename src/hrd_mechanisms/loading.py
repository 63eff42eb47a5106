"""Reading the YAML data files into a validated :class:`~hrd_mechanisms.dataset.Dataset`.

The bundled files live under ``hrd_mechanisms/data/`` and are read through
``importlib.resources``; a user's own files are layered on top with ``load(path, ...)``.
A file's kind is recognised from its top-level keys:

========================  ============================================
top-level key             kind
========================  ============================================
``states``                states (ISO code, names, aliases)
``members``               one organization's memberships (UN, OAS, AU...)
``acceptances``           one instrument and every state's acceptance of it
``procedures``/``mandates``  one mechanism, its mandates and procedures
``organizations``         civil-society organizations
========================  ============================================

A record without ``sources`` inherits the sources of the file (or of its mechanism or procedure).
Reusing an id already loaded is an error unless the record (or file) says ``override: true``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import threading
import warnings
import zlib
from collections.abc import Iterable, Iterator
from os import PathLike
from typing import TYPE_CHECKING, Any

import attrs

from ._dates import add_months
from .dataset import Dataset
from .errors import DataError
from .model import (
    Acceptance,
    Instrument,
    Mandate,
    Mechanism,
    Membership,
    Names,
    Organization,
    Procedure,
    Source,
    State,
)
from .vocabulary import AcceptanceStatus, Unlisted

__all__ = ["compile_bundled", "fingerprint", "load", "load_yaml"]

if TYPE_CHECKING:
    from pathlib import Path


_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ALPHA2 = re.compile(r"^[A-Z]{2}$")
_ALPHA3 = re.compile(r"^[A-Z]{3}$")

# Plain os.path here, not pathlib: this runs on every start and pathlib costs memory and time.
_PACKAGE = os.path.dirname(os.path.abspath(__file__))
#: The bundled dataset, parsed from the YAML and pickled by ``tools/compile_data.py``, with the
#: fingerprint of the YAML and model code it was made from. The YAML stays the source of truth:
#: a stale or unreadable compiled file is ignored (with a warning) and the YAML is parsed instead.
COMPILED = os.path.join(_PACKAGE, "_compiled.pickle")
#: Source files whose change makes a compiled dataset stale (they define what is pickled).
_MODEL_FILES = ("model.py", "vocabulary.py", "dataset.py", "loading.py", "_converter.py", "_dates.py")

_lock = threading.Lock()
_bundled: Dataset | None = None


def load(*paths: str | PathLike[str]) -> Dataset:
    """Load the bundled dataset, and layer the given YAML files or folders on top.

    Without arguments the bundled dataset is read once, on first use, and the same
    immutable object is returned to every caller and thread. With paths, a new dataset is
    built and checked the same way: a malformed or inconsistent file raises
    :class:`~hrd_mechanisms.errors.DataError` naming the file, the record and the field.

    >>> import hrd_mechanisms as hm
    >>> hm.load() is hm.load()
    True
    """
    global _bundled
    if not paths:
        if _bundled is None:
            with _lock:
                if _bundled is None:
                    _bundled = _load_compiled() or _build(_bundled_documents())
        return _bundled
    from pathlib import Path

    bundled = _bundled_documents()
    extra = [doc for p in paths for doc in _user_documents(Path(p))]
    return _build([*bundled, *extra])


def load_yaml() -> Dataset:
    """Parse the bundled YAML afresh, ignoring the compiled copy (for tools and tests)."""
    return _build(_bundled_documents())


# -- the compiled copy -----------------------------------------------------------------------


def fingerprint() -> str:
    """A checksum of the bundled YAML files and of the code that defines the pickled objects.

    It detects a stale compiled copy, nothing more (CRC-32 per file: hashlib would cost a few
    megabytes of memory on every start).
    """
    data = os.path.join(_PACKAGE, "data")
    files = sorted(
        os.path.relpath(os.path.join(folder, name), data)
        for folder, _, names in os.walk(data)
        for name in names
        if name.endswith((".yaml", ".yml"))
    )
    parts = []
    for relative in files:
        with open(os.path.join(data, relative), "rb") as handle:
            parts.append(f"{relative.replace(os.sep, '/')}:{zlib.crc32(handle.read()):08x}")
    for name in _MODEL_FILES:
        with open(os.path.join(_PACKAGE, name), "rb") as handle:
            parts.append(f"{name}:{zlib.crc32(handle.read()):08x}")
    return f"{len(parts)}-{zlib.crc32(';'.join(parts).encode()):08x}"


def _load_compiled() -> Dataset | None:
    import pickle  # here, not at import: `import hrd_mechanisms` alone never needs it

    try:
        with open(COMPILED, "rb") as handle:
            blob = handle.read()
        stored, _, payload = blob.partition(b"\n")
        if stored.decode() != fingerprint():
            warnings.warn(
                "hrd_mechanisms: the compiled dataset is older than the YAML data; parsing the YAML "
                "instead (run `python tools/compile_data.py` to refresh it)",
                RuntimeWarning,
                stacklevel=3,
            )
            return None
        dataset = pickle.loads(payload)
    except (OSError, ValueError, pickle.UnpicklingError, AttributeError, ImportError, EOFError):
        return None
    return dataset if isinstance(dataset, Dataset) else None


def compile_bundled(path: str = COMPILED) -> None:
    """Parse the bundled YAML and write the compiled copy that ``load()`` reads."""
    import pickle

    dataset = load_yaml()
    payload = pickle.dumps(dataset, protocol=4)
    with open(path, "wb") as handle:
        handle.write(fingerprint().encode() + b"\n" + payload)


# -- reading ---------------------------------------------------------------------------------


def _yaml_loader() -> Any:
    import yaml

    # libyaml's C loader is several times faster; the pure-Python one gives the same result.
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _bundled_documents() -> list[tuple[str, Any]]:
    from importlib import resources

    root = resources.files("hrd_mechanisms") / "data"
    docs: list[tuple[str, Any]] = []

    def walk(node: Any, prefix: str) -> Iterator[tuple[str, Any]]:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                yield from walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".yaml", ".yml")):
                yield f"data/{prefix}{child.name}", child

    for name, traversable in walk(root, ""):
        docs.append((name, _parse(name, traversable.read_text(encoding="utf-8"))))
    return docs


def _user_documents(path: Path) -> list[tuple[str, Any]]:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml"))
        if not files:
            raise DataError(str(path), ["the folder holds no .yaml or .yml file"])
    elif path.is_file():
        files = [path]
    else:
        raise DataError(str(path), ["no such file or folder"])
    return [(str(f), _parse(str(f), f.read_text(encoding="utf-8"))) for f in files]


def _parse(name: str, text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_yaml_loader())
    except yaml.YAMLError as exc:
        raise DataError(name, [f"not valid YAML: {exc}"]) from None


# -- building --------------------------------------------------------------------------------


@attrs.define
class _Builder:
    states: dict[str, State] = attrs.Factory(dict)
    memberships: dict[str, tuple[str, list[Membership]]] = attrs.Factory(dict)
    instruments: dict[str, Instrument] = attrs.Factory(dict)
    mechanisms: dict[str, Mechanism] = attrs.Factory(dict)
    organizations: dict[str, Organization] = attrs.Factory(dict)
    origin: dict[str, str] = attrs.Factory(dict)


def _build(documents: list[tuple[str, Any]]) -> Dataset:
    builder = _Builder()
    for name, doc in documents:
        _add_document(builder, name, doc)
    dataset = Dataset(
        states=builder.states.values(),
        memberships=[m for _, members in builder.memberships.values() for m in members],
        membership_names={org: title for org, (title, _) in builder.memberships.items()},
        instruments=builder.instruments.values(),
        mechanisms=builder.mechanisms.values(),
        organizations=builder.organizations.values(),
    )
    problems = list(_validate(dataset, builder.origin))
    if problems:
        by_file: dict[str, list[str]] = {}
        for file, problem in problems:
            by_file.setdefault(file, []).append(problem)
        file, messages = next(iter(by_file.items()))
        others = sum(len(v) for v in by_file.values()) - len(messages)
        if others:
            messages.append(f"...and {others} problem(s) in other files: {', '.join(list(by_file)[1:])}")
        raise DataError(file, messages)
    return dataset


def _format_exception(exc: BaseException, type_: type | None) -> str:
    import cattrs
    from cattrs.v import format_exception

    # Our own hooks already say what was expected and what was found; keep their words.
    if isinstance(exc, (TypeError, ValueError)) and not isinstance(exc, cattrs.BaseValidationError):
        message = str(exc)
        if message.startswith("expected") or " is not one of" in message:
            return message
    return format_exception(exc, type_)


def _structure(file: str, label: str, raw: Any, cls: type[Any]) -> Any:
    import cattrs

    from ._converter import converter

    try:
        return converter.structure(raw, cls)
    except cattrs.BaseValidationError as exc:
        raise DataError(file, cattrs.transform_error(exc, path=label, format_exception=_format_exception)) from None
    except (TypeError, ValueError) as exc:
        raise DataError(file, [f"{label}: {exc}"]) from None


def _mapping(file: str, label: str, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise DataError(file, [f"{label}: expected a mapping of keys to values, got {raw!r}"])
    return dict(raw)


def _with(file: str, label: str, raw: Any, **injected: Any) -> dict[str, Any]:
    """A copy of a record with parent values injected (mechanism id, inherited sources...)."""
    record = _mapping(file, label, raw)
    for key, value in injected.items():
        if key == "sources":
            if value is not None:
                record.setdefault("sources", value)
        elif key in record:
            raise DataError(file, [f"{label}.{key}: set by the enclosing file, do not repeat it"])
        else:
            record[key] = value
    return record


def _claim(builder: _Builder, file: str, label: str, record_id: str, override: bool, exists: bool) -> None:
    if exists and not override:
        raise DataError(
            file,
            [
                f"{label}: id {record_id!r} is already defined in {builder.origin.get(record_id, '?')}; "
                "to replace it, say `override: true`"
            ],
        )
    if override and not exists:
        raise DataError(file, [f"{label}: `override: true` but there is no {record_id!r} to override"])
    builder.origin[record_id] = file


def _add_document(builder: _Builder, file: str, doc: Any) -> None:
    doc = _mapping(file, "file", doc)
    keys = set(doc)
    if "states" in keys:
        _add_states(builder, file, doc)
    elif "members" in keys:
        _add_memberships(builder, file, doc)
    elif "acceptances" in keys:
        _add_instrument(builder, file, doc)
    elif keys & {"procedures", "mandates"}:
        _add_mechanism(builder, file, doc)
    elif "organizations" in keys:
        _add_organizations(builder, file, doc)
    else:
        raise DataError(
            file,
            [
                "cannot tell what this file holds: expected a top-level key "
                "states, members, acceptances, procedures/mandates or organizations"
            ],
        )


def _pop_override(file: str, label: str, record: dict[str, Any]) -> bool:
    value = record.pop("override", False)
    if not isinstance(value, bool):
        raise DataError(file, [f"{label}.override: expected true or false, got {value!r}"])
    return value


def _list_records(file: str, doc: dict[str, Any], key: str) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """The records of a file that is one list under ``key`` (states, organizations): each with its
    label, the file's sources inherited, and whether it says ``override: true``."""
    file_sources = doc.pop("sources", None)
    records = doc.pop(key)
    if doc:
        raise DataError(file, [f"unexpected top-level key(s): {', '.join(sorted(doc))}"])
    if not isinstance(records, list):
        raise DataError(file, [f"{key}: expected a list"])
    for i, raw in enumerate(records):
        label = f"{key}[{i}]"
        record = _with(file, label, raw, sources=file_sources)
        yield label, record, _pop_override(file, label, record)


def _add_states(builder: _Builder, file: str, doc: dict[str, Any]) -> None:
    for label, record, override in _list_records(file, doc, "states"):
        state = _structure(file, f"{label} ({record.get('code')!r})", record, State)
        _claim(builder, file, label, f"state:{state.code}", override, state.code in builder.states)
        builder.states[state.code] = state


def _add_memberships(builder: _Builder, file: str, doc: dict[str, Any]) -> None:
    override = _pop_override(file, "file", doc)
    org = doc.get("id")
    if not isinstance(org, str):
        raise DataError(file, [f"id: expected the organization's id as a string, got {org!r}"])
    name = _structure(file, "name", doc.get("name"), Names)
    members_raw = doc.get("members")
    if not isinstance(members_raw, list):
        raise DataError(file, ["members: expected a list"])
    extra = set(doc) - {"id", "name", "sources", "members", "note"}
    if extra:
        raise DataError(file, [f"unexpected top-level key(s): {', '.join(sorted(extra))}"])
    members = []
    for i, raw in enumerate(members_raw):
        label = f"members[{i}]"
        record = _with(file, label, raw, organization=org, sources=doc.get("sources"))
        members.append(_structure(file, f"{label} ({record.get('state')!r})", record, Membership))
    _claim(builder, file, "file", f"membership:{org}", override, org in builder.memberships)
    builder.memberships[org] = (name.en, members)


def _add_instrument(builder: _Builder, file: str, doc: dict[str, Any]) -> None:
    override = _pop_override(file, "file", doc)
    inst_id = doc.get("id")
    acceptances_raw = doc.pop("acceptances")
    if not isinstance(acceptances_raw, list):
        raise DataError(file, ["acceptances: expected a list"])
    acceptances = []
    for i, raw in enumerate(acceptances_raw):
        label = f"acceptances[{i}]"
        record = _with(file, label, raw, instrument=inst_id, sources=doc.get("sources"))
        acceptances.append(_structure(file, f"{label} ({record.get('state')!r})", record, Acceptance))
    instrument: Instrument = _structure(file, f"instrument {inst_id!r}", doc, Instrument)
    instrument = attrs.evolve(instrument, acceptances=tuple(_effective(instrument, a) for a in acceptances))
    _claim(builder, file, "file", instrument.id, override, instrument.id in builder.instruments)
    builder.instruments[instrument.id] = instrument


def _effective(instrument: Instrument, acceptance: Acceptance) -> Acceptance:
    """Fill in when an acceptance took effect, from its deposit and the instrument's rules."""
    if acceptance.start is not None or acceptance.deposited is None:
        return acceptance
    start = max(instrument.in_force, add_months(acceptance.deposited, instrument.effect_delay_months))
    return attrs.evolve(acceptance, start=start)


def _add_mechanism(builder: _Builder, file: str, doc: dict[str, Any]) -> None:
    override = _pop_override(file, "file", doc)
    mech_id = doc.get("id")
    mech_sources = doc.get("sources")
    mandates_raw = doc.pop("mandates", []) or []
    procedures_raw = doc.pop("procedures", []) or []
    mandates = []
    for i, raw in enumerate(mandates_raw):
        label = f"mandates[{i}]"
        record = _with(file, label, raw, mechanism=mech_id, sources=mech_sources)
        mandates.append(_structure(file, f"{label} ({record.get('id')!r})", record, Mandate))
    procedures = []
    for i, raw in enumerate(procedures_raw):
        label = f"procedures[{i}]"
        record = _with(file, label, raw, mechanism=mech_id, sources=mech_sources)
        # Each rule block inherits the procedure's sources unless it cites its own.
        for rule in ("jurisdiction", "exhaustion", "time_limit", "duplication"):
            if isinstance(record.get(rule), dict):
                record[rule] = _with(file, f"{label}.{rule}", record[rule], sources=record["sources"])
        procedures.append(_structure(file, f"{label} ({record.get('id')!r})", record, Procedure))
    mechanism: Mechanism = _structure(file, f"mechanism {mech_id!r}", doc, Mechanism)
    mechanism = attrs.evolve(mechanism, mandates=tuple(mandates), procedures=tuple(procedures))
    _claim(builder, file, "file", mechanism.id, override, mechanism.id in builder.mechanisms)
    children: list[Mandate | Procedure] = [*mechanism.mandates, *mechanism.procedures]
    for child in children:
        if not override and child.id in builder.origin:
            raise DataError(file, [f"id {child.id!r} is already defined in {builder.origin[child.id]}"])
        builder.origin[child.id] = file
    builder.mechanisms[mechanism.id] = mechanism


def _add_organizations(builder: _Builder, file: str, doc: dict[str, Any]) -> None:
    for label, record, override in _list_records(file, doc, "organizations"):
        org = _structure(file, f"{label} ({record.get('id')!r})", record, Organization)
        _claim(builder, file, label, org.id, override, org.id in builder.organizations)
        builder.organizations[org.id] = org


# -- validation ------------------------------------------------------------------------------


def _check_sources(where: str, sources: tuple[Source, ...], today: dt.date) -> Iterator[str]:
    if not sources:
        yield f"{where}: no sources (every record must cite at least one, with the date it was checked)"
    for s in sources:
        if not s.url.startswith("https://"):
            yield f"{where}: source url {s.url!r} is not an https:// address"
        if s.checked > today:
            yield f"{where}: source checked on {s.checked}, a date in the future"


def _validate(ds: Dataset, origin: dict[str, str]) -> Iterable[tuple[str, str]]:
    today = dt.date.today() + dt.timedelta(days=1)  # one day of slack for time zones
    states = {s.code for s in ds.states}
    orgs = set(ds.membership_names)
    instruments = {i.id: i for i in ds.instruments}
    procedures = {p.id for p in ds.procedures}
    mechanisms = {m.id for m in ds.mechanisms}

    alpha3: dict[str, str] = {}
    for s in ds.states:
        file = origin.get(f"state:{s.code}", "states")
        if not _ALPHA2.match(s.code):
            yield file, f"state {s.code!r}: code must be two upper-case letters (ISO 3166-1 alpha-2)"
        if not _ALPHA3.match(s.alpha3):
            yield file, f"state {s.code!r}.alpha3: {s.alpha3!r} must be three upper-case letters"
        if s.alpha3 in alpha3:
            yield file, f"state {s.code!r}.alpha3: {s.alpha3!r} is also {alpha3[s.alpha3]!r}"
        alpha3[s.alpha3] = s.code
        for problem in _check_sources(f"state {s.code!r}", s.sources, today):
            yield file, problem

    for m in ds.memberships:
        file = origin.get(f"membership:{m.organization}", m.organization)
        where = f"members ({m.state!r})"
        if m.state not in states:
            yield file, f"{where}.state: {m.state!r} is not a state in the dataset"
        if (m.start is None) == (m.known_by is None):
            yield file, f"{where}: give exactly one of `from` (exact date) or `known_by`"
        begin = m.start or m.known_by
        if m.until is not None and begin is not None and m.until < begin:
            yield file, f"{where}.until: {m.until} is before the membership began ({begin})"
        for problem in _check_sources(where, m.sources, today):
            yield file, problem

    for inst in ds.instruments:
        file = origin.get(inst.id, inst.id)
        if not _ID.match(inst.id):
            yield file, f"id {inst.id!r}: ids are lower-case kebab-case"
        if inst.unlisted is Unlisted.NOT_ACCEPTED and inst.as_of is None:
            yield (
                file,
                f"instrument {inst.id!r}.as_of: a complete list (unlisted: not-accepted) must say as of when",
            )
        for problem in _check_sources(f"instrument {inst.id!r}", inst.sources, today):
            yield file, problem
        periods: dict[str, list[tuple[dt.date, dt.date]]] = {}
        for a in inst.acceptances:
            where = f"acceptances ({a.state!r})"
            begin_ = a.start or a.known_by
            if begin_ is not None:
                end_ = a.until or dt.date.max
                for other_begin, other_end in periods.get(a.state, []):
                    if begin_ < other_end and other_begin < end_:
                        yield (
                            file,
                            f"{where}: two periods overlap; a state may be listed twice only for separate periods",
                        )
                periods.setdefault(a.state, []).append((begin_, end_))
            elif a.state in periods:
                yield file, f"{where}: the state is listed twice"
            if a.state not in states:
                yield file, f"{where}.state: {a.state!r} is not a state in the dataset"
            if a.status is AcceptanceStatus.ACCEPTED and a.start is None and a.known_by is None:
                yield file, f"{where}: an acceptance needs `deposited`, `from` or `known_by`"
            if a.status is AcceptanceStatus.UNKNOWN and not a.note:
                yield file, f"{where}.note: an unknown status must say why"
            if a.status is AcceptanceStatus.NOT_ACCEPTED and a.as_of is None:
                yield file, f"{where}.as_of: a not-accepted record must say as of when"
            if a.events_from is not None and a.status is not AcceptanceStatus.ACCEPTED:
                yield file, f"{where}.events_from: only an accepted record can limit the events it covers"
            if a.past_examination is not None and a.status is not AcceptanceStatus.ACCEPTED:
                yield file, f"{where}.past_examination: only an accepted record can carry a reservation"
            begin = a.start or a.known_by
            if a.until is not None and begin is not None and a.until < begin:
                yield file, f"{where}.until: {a.until} is before the acceptance took effect ({begin})"
            for problem in _check_sources(where, a.sources, today):
                yield file, problem

    for mech in ds.mechanisms:
        file = origin.get(mech.id, mech.id)
        for record_id in (mech.id, *(m.id for m in mech.mandates), *(p.id for p in mech.procedures)):
            if not _ID.match(record_id):
                yield file, f"id {record_id!r}: ids are lower-case kebab-case"
        for problem in _check_sources(f"mechanism {mech.id!r}", mech.sources, today):
            yield file, problem
        mandate_ids = {m.id for m in mech.mandates}
        for mandate in mech.mandates:
            if mandate.country is not None and mandate.country not in states:
                yield file, f"mandate {mandate.id!r}.country: {mandate.country!r} is not a state in the dataset"
            for problem in _check_sources(f"mandate {mandate.id!r}", mandate.sources, today):
                yield file, problem
            if mandate.page is not None and not mandate.page.startswith("https://"):
                yield file, f"mandate {mandate.id!r}.page: {mandate.page!r} is not an https:// address"
        for p in mech.procedures:
            where = f"procedure {p.id!r}"
            for problem in _check_sources(where, p.sources, today):
                yield file, problem
            j = p.jurisdiction
            for org in (*j.membership, *j.not_membership):
                if org not in orgs:
                    yield file, f"{where}.jurisdiction: organization {org!r} has no membership file"
            for inst_id in j.acceptance:
                if inst_id not in instruments:
                    yield file, f"{where}.jurisdiction.acceptance: instrument {inst_id!r} is not in the data"
            # Only a procedure that takes no cases (it says so in its scope) may leave jurisdiction empty.
            if p.takes_cases and not (j.any_state or j.membership or j.acceptance or j.not_membership):
                yield file, f"{where}.jurisdiction: say any_state: true, or which memberships/acceptances"
            if p.mandate is not None and p.mandate not in mandate_ids:
                yield file, f"{where}.mandate: {p.mandate!r} is not a mandate of {mech.id!r}"
            if p.access.via is not None and p.access.via not in procedures:
                yield file, f"{where}.access.via: {p.access.via!r} is not a procedure"
            if p.joint and not mech.mandates:
                yield file, f"{where}: joint procedures need mandates in the mechanism"

    for organization in ds.organizations:
        file = origin.get(organization.id, "organizations")
        if not _ID.match(organization.id):
            yield file, f"id {organization.id!r}: ids are lower-case kebab-case"
        for mech_id in organization.mechanisms:
            if mech_id not in mechanisms:
                yield file, f"organization {organization.id!r}.mechanisms: {mech_id!r} is not a mechanism"
        if not organization.website.startswith("https://"):
            yield file, f"organization {organization.id!r}.website: {organization.website!r} is not an https:// address"
        for problem in _check_sources(f"organization {organization.id!r}", organization.sources, today):
            yield file, problem

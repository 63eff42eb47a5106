"""The one strict cattrs converter used for every data file.

cattrs coerces by default (``str(False)`` becomes ``"False"``, a string becomes a tuple of
characters). In a dataset where ``NO`` is Norway, coercion is a bug: here every primitive must
already have the right type, and sequences must be YAML lists.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.cols import is_frozenset, is_sequence
from cattrs.gen import make_dict_structure_fn, override

from ._dates import parse_date
from .model import Acceptance, Membership, Source
from .vocabulary import StrEnum

__all__ = ["converter"]

_YAML_BOOLS = "YAML reads unquoted yes/no/on/off/y/n (and NO, Norway's code) as booleans: quote it"


def _structure_str(value: object, _: type) -> str:
    if isinstance(value, str):
        return value
    hint = f" ({_YAML_BOOLS})" if isinstance(value, bool) else ""
    raise TypeError(f"expected a string, got {value!r}{hint}")


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected an integer, got {value!r}")


def _structure_bool(value: object, _: type) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError(f"expected true or false, got {value!r}")


def _structure_date(value: object, _: type) -> dt.date:
    day = parse_date(value)
    if day is None:
        raise TypeError(f"expected a date YYYY-MM-DD, got {value!r}")
    return day


def _structure_enum(value: object, cls: type[enum.Enum]) -> enum.Enum:
    if isinstance(value, str):
        try:
            return cls(value)
        except ValueError:
            pass
    allowed = ", ".join(str(m.value) for m in cls)
    raise ValueError(f"{value!r} is not one of: {allowed}")


def _list_only(conv: cattrs.Converter) -> Callable[[Any], Callable[[object, Any], Any]]:
    def factory(type_: Any) -> Callable[[object, Any], Any]:
        args = getattr(type_, "__args__", None) or (Any,)
        item = args[0]
        is_set = is_frozenset(type_)

        def structure(value: object, _: Any) -> Any:
            if not isinstance(value, list):
                raise TypeError(f"expected a list, got {value!r}")
            items = [conv.structure(v, item) for v in value]
            if is_set:
                return frozenset(items)
            return tuple(items)

        return structure

    return factory


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    # Our enums are str subclasses: register them by class so that dispatch prefers this hook
    # to the plain-str one.
    conv.register_structure_hook(StrEnum, _structure_enum)
    conv.register_structure_hook_factory(
        lambda t: (is_sequence(t) and getattr(t, "__origin__", None) is tuple) or is_frozenset(t),
        _list_only(conv),
    )
    # The same source is cited by hundreds of records: build each distinct one once, so that the
    # dataset (and its compiled copy) holds one object per source, not one per citation.
    structure_source = make_dict_structure_fn(Source, conv, _cattrs_forbid_extra_keys=True)
    sources: dict[object, Source] = {}

    def intern_source(value: object, _: type) -> Source:
        if not isinstance(value, dict):
            raise TypeError(f"expected a source (url, title, checked), got {value!r}")
        key: object = tuple(sorted(value.items(), key=lambda item: str(item[0])))
        try:
            found = sources.get(key)
        except TypeError:  # an unhashable value: let the structure function report it
            key, found = None, None
        if found is None:
            found = structure_source(value, Source)
            if key is not None:
                sources[key] = found
        return found

    conv.register_structure_hook(Source, intern_source)
    # ``from`` is a Python keyword: the YAML says ``from``, the attribute is ``start``.
    for cls in (Membership, Acceptance):
        conv.register_structure_hook(
            cls,
            make_dict_structure_fn(cls, conv, start=override(rename="from"), _cattrs_forbid_extra_keys=True),
        )
    return conv


converter = _make_converter()

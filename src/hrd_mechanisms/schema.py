"""JSON Schema (draft 2020-12) of a case and of each request document, for web forms and validation.

The schemas are generated from the classes and vocabularies, so they cannot drift from the code.

>>> import hrd_mechanisms as hm
>>> schema = hm.json_schema("case")
>>> schema["properties"]["risk"]["enum"]
['imminent', 'ongoing', 'past', None]
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from typing import Any

import attrs

from .case import Case
from .documents import _BY_TEMPLATE
from .errors import UnknownValueError
from .vocabulary import StrEnum

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        options = [_type_schema(a, defs) for a in args if a is not type(None)]
        nullable = type(None) in args
        if len(options) == 1 and "enum" in options[0] and nullable:
            return {**options[0], "enum": [*options[0]["enum"], None]}
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
    if origin in (tuple, frozenset, set, list):
        return {"type": "array", "items": _type_schema(args[0], defs)}
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return {"enum": [m.value for m in tp]}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # a placeholder against recursion
            defs[name] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - every field type is covered


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required = []
    for f in attrs.fields(cls):
        properties[f.name] = _type_schema(hints[f.name], defs)
        if f.default is attrs.NOTHING:
            required.append(f.name)
    out: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = required
    if cls.__doc__:
        out["description"] = cls.__doc__.strip().split("\n\n")[0]
    return out


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of ``"case"`` or of a request document (``"urgent-appeal"``, ``"complaint"``...)."""
    defs: dict[str, Any] = {}
    if kind == "case":
        root = _object_schema(Case, defs)
        title = "hrd_mechanisms case"
    elif kind in _BY_TEMPLATE:
        cls = _BY_TEMPLATE[kind]
        root = _object_schema(cls, defs)
        root["properties"] = {"document": {"const": kind}, **root["properties"]}
        root["required"] = ["document", *root.get("required", [])]
        title = f"hrd_mechanisms {kind}"
    else:
        raise UnknownValueError("schema", kind, allowed=["case", *sorted(_BY_TEMPLATE)])
    return {"$schema": _DIALECT, "title": title, **root, "$defs": defs}

"""hrd_mechanisms: which international and regional mechanisms can act for a human rights defender.

>>> import hrd_mechanisms as hm
>>> from datetime import date
>>> case = hm.Case(country="MX", violations={"arbitrary-detention"}, risk="imminent",
...                defender=hm.Defender(gender="woman"))
>>> plan = hm.route(case, on=date(2026, 11, 30))
>>> [m.id for m in plan.options[0].mandates][:2]
['sr-human-rights-defenders', 'wg-arbitrary-detention']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Every name is imported on first use (PEP 562): ``import hrd_mechanisms`` costs almost nothing, and a
# program pays for attrs, the model and the data only when it uses them. A program that routes cases
# never imports the request documents or the JSON Schema.
_LAZY = {
    **dict.fromkeys(("Case", "Consent", "Defender", "OtherProcedure", "Remedies", "case_from_dict", "redact"), "case"),
    "Dataset": "dataset",
    "check_eligibility": "eligibility",
    **dict.fromkeys(("DataError", "HrdMechanismsError", "UnknownValueError"), "errors"),
    "load": "loading",
    **dict.fromkeys(
        (
            "Acceptance",
            "Instrument",
            "Mandate",
            "Mechanism",
            "Membership",
            "Names",
            "Organization",
            "Procedure",
            "Source",
            "State",
        ),
        "model",
    ),
    **dict.fromkeys(("Deadline", "Eligibility", "Option", "Plan", "Reason"), "results"),
    "route": "routing",
    **dict.fromkeys(("Effect", "Gender", "RemediesStatus", "Risk", "Status", "Violation", "Work"), "vocabulary"),
    **dict.fromkeys(
        (
            "AllegationLetter",
            "Complaint",
            "Document",
            "InterimMeasuresRequest",
            "Perpetrator",
            "Person",
            "PrecautionaryMeasuresRequest",
            "Submitter",
            "UrgentAppeal",
            "document_for",
        ),
        "documents",
    ),
    "json_schema": "schema",
}
_MODULES = frozenset(
    [
        "case",
        "cli",
        "dataset",
        "documents",
        "eligibility",
        "errors",
        "loading",
        "model",
        "results",
        "routing",
        "schema",
        "vocabulary",
    ]
)

if TYPE_CHECKING:
    from .case import Case, Consent, Defender, OtherProcedure, Remedies, case_from_dict, redact
    from .dataset import Dataset
    from .documents import (
        AllegationLetter,
        Complaint,
        Document,
        InterimMeasuresRequest,
        Perpetrator,
        Person,
        PrecautionaryMeasuresRequest,
        Submitter,
        UrgentAppeal,
        document_for,
    )
    from .eligibility import check_eligibility
    from .errors import DataError, HrdMechanismsError, UnknownValueError
    from .loading import load
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
    from .results import Deadline, Eligibility, Option, Plan, Reason
    from .routing import route
    from .schema import json_schema
    from .vocabulary import Effect, Gender, RemediesStatus, Risk, Status, Violation, Work


def __getattr__(name: str) -> Any:
    import importlib

    module = _LAZY.get(name)
    if module is None:
        if name in _MODULES:
            return importlib.import_module(f"hrd_mechanisms.{name}")
        raise AttributeError(f"module 'hrd_mechanisms' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"hrd_mechanisms.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "Acceptance",
    "AllegationLetter",
    "Case",
    "Complaint",
    "Consent",
    "DataError",
    "Dataset",
    "Deadline",
    "Defender",
    "Document",
    "Effect",
    "Eligibility",
    "Gender",
    "HrdMechanismsError",
    "Instrument",
    "InterimMeasuresRequest",
    "Mandate",
    "Mechanism",
    "Membership",
    "Names",
    "Option",
    "Organization",
    "OtherProcedure",
    "Perpetrator",
    "Person",
    "Plan",
    "PrecautionaryMeasuresRequest",
    "Procedure",
    "Reason",
    "Remedies",
    "RemediesStatus",
    "Risk",
    "Source",
    "State",
    "Status",
    "Submitter",
    "UnknownValueError",
    "UrgentAppeal",
    "Violation",
    "Work",
    "__version__",
    "case_from_dict",
    "check_eligibility",
    "document_for",
    "json_schema",
    "load",
    "redact",
    "route",
]

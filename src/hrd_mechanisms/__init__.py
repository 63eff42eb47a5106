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

from .case import Case, Consent, Defender, OtherProcedure, Remedies, case_from_dict, redact
from .dataset import Dataset
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
from .vocabulary import Effect, Gender, RemediesStatus, Risk, Status, Violation, Work

__version__ = "0.1.0"

# Request documents and JSON Schema are imported on first use: most programs route cases and never
# draft a document, and importing them costs start-up time (PEP 562).
_LAZY = {
    "AllegationLetter": "documents",
    "Complaint": "documents",
    "Document": "documents",
    "InterimMeasuresRequest": "documents",
    "Perpetrator": "documents",
    "Person": "documents",
    "PrecautionaryMeasuresRequest": "documents",
    "Submitter": "documents",
    "UrgentAppeal": "documents",
    "document_for": "documents",
    "json_schema": "schema",
}

if TYPE_CHECKING:
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
    from .schema import json_schema


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'hrd_mechanisms' has no attribute {name!r}")
    import importlib

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

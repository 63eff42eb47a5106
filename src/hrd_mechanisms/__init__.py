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

from .case import Case, Consent, Defender, OtherProcedure, Remedies, redact
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

__all__ = [
    "Acceptance",
    "Case",
    "Consent",
    "DataError",
    "Dataset",
    "Deadline",
    "Defender",
    "Effect",
    "Eligibility",
    "Gender",
    "HrdMechanismsError",
    "Instrument",
    "Mandate",
    "Mechanism",
    "Membership",
    "Names",
    "Option",
    "Organization",
    "OtherProcedure",
    "Plan",
    "Procedure",
    "Reason",
    "Remedies",
    "RemediesStatus",
    "Risk",
    "Source",
    "State",
    "Status",
    "UnknownValueError",
    "Violation",
    "Work",
    "__version__",
    "check_eligibility",
    "load",
    "redact",
    "route",
]

"""The whole grid: every State and every procedure that depends on the State's acceptance or membership.

For a complete case, every answer is firm (eligible or not eligible) except where the data itself says
that something is unknown, and each such answer says why.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import hrd_mechanisms as hm
from hrd_mechanisms import Effect, Status

from .conftest import ON

#: Uncertain reasons that come from the data: a fact not (yet) recorded, only bounded, or disputed.
FROM_THE_DATA = {
    "jurisdiction.acceptance-unknown",
    "jurisdiction.not-accepted-as-of",
    "jurisdiction.acceptance-date-unknown",
    "jurisdiction.membership-uncertain",
    "jurisdiction.membership-contested",
    "jurisdiction.end-contested",
    "ratione-temporis.uncertain",
}
#: Uncertain by the procedure's nature, whatever the case says: the Inter-American Court's provisional
#: measures are asked for through the Commission.
BY_THE_PROCEDURE = {"access.indirect"}

COMPLETE = {
    "violations": set(hm.Violation),
    "risk": "past",
    "events_on": dt.date(2026, 1, 10),
    "defender": hm.Defender(gender="woman", work=set(hm.Work), child=False, disability=True),
    "remedies": hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 10, 1)),
}


def test_every_state_gets_a_firm_answer_unless_the_data_says_unknown(ds: hm.Dataset) -> None:
    procedures = [p for p in ds.procedures if p.jurisdiction.acceptance or p.jurisdiction.membership]
    assert len(procedures) >= 20
    statuses: Counter[Status] = Counter()
    for state in ds.states:
        case = hm.Case(country=state.code, **COMPLETE)  # type: ignore[arg-type]
        for procedure in procedures:
            e = hm.check_eligibility(case, procedure.id, dataset=ds, on=ON)
            statuses[e.status] += 1
            assert not e.missing, (state.code, procedure.id, e.missing)
            if e.status is Status.UNCERTAIN:
                doubts = [r for r in e.reasons if r.effect is Effect.UNCERTAIN]
                unexplained = {r.code for r in doubts} - FROM_THE_DATA - BY_THE_PROCEDURE
                assert not unexplained, (state.code, procedure.id, unexplained)
                # The data says why: each doubt has its text and a source.
                assert all(r.text and r.sources for r in doubts), (state.code, procedure.id)
    # Every State has an answer for every procedure, and most are firm.
    assert sum(statuses.values()) == len(ds.states) * len(procedures)
    assert statuses[Status.ELIGIBLE] + statuses[Status.NOT_ELIGIBLE] > statuses[Status.UNCERTAIN]

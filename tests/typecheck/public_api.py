"""A typing test of the public API, checked by `mypy --strict` in .ci/run (not run by pytest).

If a change to the library makes any of these uses fail to type-check, users' typed code breaks too.
"""

from __future__ import annotations

import datetime as dt

import hrd_mechanisms as hm


def uses() -> None:
    ds: hm.Dataset = hm.load()
    state: hm.State = ds.state("Mexico")
    name: str = state.names.get("es")
    mandate: hm.Mandate = ds.mandate("sr-human-rights-defenders")
    procedure: hm.Procedure = ds.procedure("iachr-precautionary-measures")
    case = hm.Case(
        country="MX",
        violations={"arbitrary-detention", hm.Violation.TORTURE},
        risk="imminent",
        events_on=dt.date(2026, 11, 20),
        defender=hm.Defender(gender="woman", work={"land-and-environment"}),
        remedies=hm.Remedies(status="not-tried"),
        other_procedures=["iachr-petition"],
        consent=hm.Consent(to_state=True, to_public=False),
    )
    e: hm.Eligibility = hm.check_eligibility(case, procedure.id, on=dt.date(2026, 11, 30))
    status: hm.Status = e.status
    reasons: tuple[hm.Reason, ...] = e.reasons
    deadline: hm.Deadline | None = e.deadline
    plan: hm.Plan = hm.route(case, dataset=ds)
    option: hm.Option = plan.option("un-sp-urgent-appeal")
    mandates: tuple[hm.Mandate, ...] = option.mandates
    appeal: hm.UrgentAppeal = hm.UrgentAppeal.from_case(case, option, lang="fr")
    missing: tuple[str, ...] = appeal.missing()
    text: str = appeal.render("markdown", lang="es")
    kind: type[hm.Document] = hm.document_for(option)
    records: list[dict[str, object]] = plan.to_records()
    schema: dict[str, object] = hm.json_schema("case")
    clean: hm.Case = hm.redact(case)
    loaded: hm.Case = hm.case_from_dict({"country": "MX"})
    print(name, mandate, status, reasons, deadline, mandates, missing, text, kind, records, schema, clean, loaded)

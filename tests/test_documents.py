"""Request documents from real cases: filled, checked, rendered in three languages, round-tripped."""

from __future__ import annotations

import datetime as dt
from importlib import resources
from typing import Any

import attrs
import pytest
import yaml

import hrd_mechanisms as hm
from hrd_mechanisms.documents import LANGS, DocumentError

from .conftest import ON

WHRD_MX = hm.Case(
    country="MX",
    violations={"arbitrary-detention"},
    risk="imminent",
    events_on=dt.date(2026, 11, 28),
    defender=hm.Defender(gender="woman", work={"land-and-environment"}, name="Berta Example"),
    remedies=hm.Remedies(status="not-tried"),
)


def option(case: hm.Case, procedure: str, on: dt.date = ON) -> hm.Option:
    plan = hm.route(case, on=on)
    return next(o for o in (*plan.options, *plan.later, *plan.ruled_out) if o.procedure.id == procedure)


def complete_urgent_appeal(**changes: Any) -> hm.UrgentAppeal:
    appeal = hm.UrgentAppeal.from_case(WHRD_MX, option(WHRD_MX, "un-sp-urgent-appeal"))
    return attrs.evolve(
        appeal,
        **{
            "human_rights_work": "Defends communal land against a mining concession in Guerrero.",
            "place": "Chilpancingo, Guerrero",
            "description": "Arrested at a roadblock on 28 November 2026 by state police; held incommunicado.",
            "risk": "Held without access to a lawyer; previous threats by the same unit.",
            "perpetrators": (hm.Perpetrator("Guerrero state police", state_agent=True),),
            "domestic_actions": "Habeas corpus (amparo) filed on 29 November 2026; no answer.",
            "submitter": hm.Submitter(organization="Red de Defensoras", contact="contact@example.org"),
            "consent": hm.Consent(to_state=True, to_public=False),
            **changes,
        },
    )


# -- templates are data, complete in three languages -----------------------------------------


def _texts(node: Any, where: str = "") -> list[tuple[str, dict[str, str]]]:
    found = []
    if isinstance(node, dict):
        if {"en"} <= set(node) and all(isinstance(v, str) for v in node.values()):
            found.append((where, node))
        else:
            for key, value in node.items():
                found.extend(_texts(value, f"{where}.{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_texts(value, f"{where}[{i}]"))
    return found


def test_every_template_text_exists_in_english_french_and_spanish() -> None:
    folder = resources.files("hrd_mechanisms") / "templates"
    files = [f for f in folder.iterdir() if f.name.endswith(".yaml")]
    assert len(files) == 6
    for file in files:
        texts = _texts(yaml.safe_load(file.read_text(encoding="utf-8")))
        assert texts, file.name
        for where, entry in texts:
            assert set(entry) == set(LANGS), f"{file.name}{where}: {sorted(entry)}"
            assert all(entry[lang].strip() for lang in LANGS), f"{file.name}{where}"


def test_every_procedure_that_takes_requests_has_a_document() -> None:
    for procedure in hm.load().procedures:
        opt = hm.Option(procedure=procedure, eligibility=hm.check_eligibility(WHRD_MX, procedure.id, on=ON))
        if procedure.takes_cases:
            assert issubclass(hm.document_for(opt), hm.Document), procedure.id
        else:
            with pytest.raises(hm.UnknownValueError):
                hm.document_for(opt)


# -- filling and checking --------------------------------------------------------------------


def test_urgent_appeal_from_a_case_lists_what_is_missing() -> None:
    appeal = hm.UrgentAppeal.from_case(WHRD_MX, option(WHRD_MX, "un-sp-urgent-appeal"))
    assert appeal.country == "MX"
    assert appeal.addressees[:2] == ("sr-human-rights-defenders", "wg-arbitrary-detention")
    missing = appeal.missing()
    for path in ("perpetrators", "consent.to_state", "consent.to_public", "submitter", "risk"):
        assert path in missing
    assert "victims" not in missing and "events_on" not in missing
    perpetrators = missing[missing.index("perpetrators")]
    assert "non-State actor" in perpetrators.explanation
    assert complete_urgent_appeal().missing() == ()


def test_explanations_follow_the_language() -> None:
    appeal = attrs.evolve(hm.UrgentAppeal.from_case(WHRD_MX, option(WHRD_MX, "un-sp-urgent-appeal")), lang="es")
    perpetrators = next(m for m in appeal.missing() if m == "perpetrators")
    assert perpetrators.explanation.startswith("Quién es responsable")


def test_no_consent_means_no_names_in_any_language() -> None:
    appeal = complete_urgent_appeal(consent=hm.Consent(to_state=None, to_public=None))
    problems = {p.code for p in appeal.validate(on=ON)}
    assert {"names-without-consent", "publication-not-asked"} <= problems
    withheld = {"en": "name withheld", "fr": "nom non communiqué", "es": "nombre reservado"}
    for lang in LANGS:
        text = appeal.render("markdown", lang=lang)
        assert "Berta" not in text
        assert withheld[lang] in text
    consented = complete_urgent_appeal()
    assert "Berta Example" in consented.render("text")
    assert "names-without-consent" not in {p.code for p in consented.validate(on=ON)}


def test_passed_deadline_is_a_problem() -> None:
    case = hm.Case(
        country="MX",
        violations={"judicial-harassment"},
        risk="past",
        events_on=dt.date(2024, 3, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 1, 10)),
        defender=hm.Defender(gender="woman"),
    )
    petition = hm.Complaint.from_case(case, option(case, "iachr-petition", on=dt.date(2026, 3, 1)))
    assert petition.deadline == dt.date(2026, 7, 10)
    assert petition.remedies_status is hm.RemediesStatus.EXHAUSTED
    assert petition.final_decision_on == dt.date(2026, 1, 10)
    assert "deadline-passed" not in {p.code for p in petition.validate(on=dt.date(2026, 3, 1))}
    late = {p.code: p.text for p in petition.validate(on=ON)}
    assert late["deadline-passed"] == "The deadline has passed (2026-07-10)."
    assert attrs.evolve(petition, lang="fr").validate(on=ON)[0].text == "La date limite est dépassée (2026-07-10)."


def test_missing_perpetrator_information_blocks_a_complaint() -> None:
    case = hm.Case(country="CO", violations={"torture"}, risk="past", remedies="exhausted")
    complaint = hm.Complaint.from_case(case, option(case, "ccpr-complaint"))
    missing = complaint.missing()
    assert "perpetrators" in missing and "rights_violated" in missing
    # Exhausted remedies need the final decision's date; not-tried ones do not.
    assert "final_decision_on" in missing
    assert "final_decision_on" not in attrs.evolve(complaint, remedies_status=hm.RemediesStatus.NOT_TRIED).missing()


def test_precautionary_measures_conditional_items() -> None:
    pm = hm.PrecautionaryMeasuresRequest.from_case(WHRD_MX, option(WHRD_MX, "iachr-precautionary-measures"))
    assert "authorities_informed" in pm.missing() and "beneficiaries_consent" in pm.missing()
    not_informed = attrs.evolve(pm, authorities_informed=False, beneficiaries_consent=False)
    assert "authorities_not_informed_why" in not_informed.missing()
    assert "consent_not_obtained_why" in not_informed.missing()
    informed = attrs.evolve(pm, authorities_informed=True, beneficiaries_consent=True)
    assert "authorities_not_informed_why" not in informed.missing()
    assert "domestic_actions" in informed.missing()


def test_interim_measures_for_the_european_court() -> None:
    case = hm.Case(country="TR", violations={"torture"}, risk="imminent", defender=hm.Defender(gender="man"))
    request = hm.InterimMeasuresRequest.from_case(case, option(case, "ecthr-interim-measures"))
    text = request.render("text", lang="fr", prepared_on=ON)
    assert text.startswith("Demande de mesures provisoires")
    assert "https://r39.echr.coe.int/" in text
    assert "Türkiye" in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("cls", "procedure"),
    [
        (hm.UrgentAppeal, "un-sp-urgent-appeal"),
        (hm.UrgentAppeal, "achpr-urgent-appeal"),
        (hm.AllegationLetter, "un-sp-allegation-letter"),
        (hm.PrecautionaryMeasuresRequest, "iachr-precautionary-measures"),
        (hm.InterimMeasuresRequest, "achpr-provisional-measures"),
        (hm.Complaint, "cedaw-complaint"),
    ],
)
def test_every_document_type_renders_in_every_language(cls: type[hm.Document], procedure: str, lang: str) -> None:
    country = "KE" if procedure.startswith("achpr") else "MX"
    case = attrs.evolve(WHRD_MX, country=country, risk="past" if "allegation" in procedure else "imminent")
    document = cls.from_case(case, option(case, procedure), lang=lang)
    for fmt in ("markdown", "text"):
        text = document.render(fmt, prepared_on=ON)
        title = yaml.safe_load((resources.files("hrd_mechanisms") / "templates" / f"{cls.template}.yaml").read_text())[
            "title"
        ][lang]
        assert text.startswith(("# " if fmt == "markdown" else "") + title)
        assert "[to be completed]" not in text or lang == "en"
        assert "Berta" not in text
    assert document.missing()


# -- round trip ------------------------------------------------------------------------------


def test_round_trip_through_json_and_yaml() -> None:
    appeal = complete_urgent_appeal()
    assert hm.Document.from_json(appeal.to_json()) == appeal
    assert hm.UrgentAppeal.from_yaml(appeal.to_yaml()) == appeal
    assert appeal.to_dict()["document"] == "urgent-appeal"
    assert appeal.to_dict()["events_on"] == "2026-11-28"


def test_malformed_documents_name_the_field() -> None:
    data = complete_urgent_appeal().to_dict()
    data["consent"] = {"to_state": "yes"}
    with pytest.raises(DocumentError, match="consent"):
        hm.Document.from_dict(data)
    with pytest.raises(hm.UnknownValueError, match="document"):
        hm.Document.from_dict({**data, "document": "letter"})
    with pytest.raises(hm.UnknownValueError):
        hm.Complaint.from_dict(complete_urgent_appeal().to_dict())


def test_reprs_never_show_names() -> None:
    text = repr(complete_urgent_appeal())
    assert "Berta" not in text and "contact@example.org" not in text and "Red de Defensoras" not in text

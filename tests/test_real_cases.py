"""Real cases, routed on the real bundled data: the outcomes a defender's organization relies on."""

from __future__ import annotations

import datetime as dt

import attrs

import hrd_mechanisms as hm
from hrd_mechanisms import Effect, Status

from .conftest import ON


def by_id(options: tuple[hm.Option, ...]) -> dict[str, hm.Option]:
    return {o.procedure.id: o for o in options}


def exhausted(
    country: str, events: dt.date, final: dt.date = dt.date(2026, 10, 1), violations: str = "arbitrary-detention"
) -> hm.Case:
    """A past violation whose domestic remedies were exhausted by a final decision on ``final``."""
    return hm.Case(
        country=country,
        violations={violations},
        risk="past",
        events_on=events,
        remedies=hm.Remedies(status="exhausted", final_decision_on=final),
    )


def codes(e: hm.Eligibility) -> set[str]:
    return {r.code for r in e.reasons}


# -- a woman human rights defender detained in Mexico tonight --------------------------------

WHRD_MX = hm.Case(
    country="MX",
    violations={"arbitrary-detention", "sexual-violence"},
    risk="imminent",
    events_on=ON,
    defender=hm.Defender(gender="woman", work={"land-and-environment"}),
    remedies=hm.Remedies(status="not-tried"),
)


def test_whrd_detained_in_mexico_urgent_requests_come_first() -> None:
    plan = hm.route(WHRD_MX, on=ON)
    first_two = {o.procedure.id for o in plan.options[:2]}
    assert first_two == {"un-sp-urgent-appeal", "iachr-precautionary-measures"}
    assert all(o.eligibility.status is Status.ELIGIBLE for o in plan.options[:2])
    # Every urgent option is ranked before every non-urgent one.
    urgency = [o.procedure.urgent for o in plan.options]
    assert urgency == sorted(urgency, reverse=True)


def test_whrd_detained_in_mexico_joint_communication() -> None:
    ua = by_id(hm.route(WHRD_MX, on=ON).options)["un-sp-urgent-appeal"]
    mandates = [m.id for m in ua.mandates]
    assert mandates[0] == "sr-human-rights-defenders"
    # Detention, sexual violence against a woman, and her work on land and the environment.
    assert set(mandates) == {
        "sr-human-rights-defenders",
        "wg-arbitrary-detention",
        "sr-violence-against-women",
        "sr-environment",
    }


def test_whrd_detained_in_mexico_complaints_wait_for_domestic_remedies() -> None:
    plan = hm.route(WHRD_MX, on=ON)
    later = by_id(plan.later)
    for pid in ("iachr-petition", "ccpr-complaint"):
        assert later[pid].eligibility.status is Status.NOT_ELIGIBLE
        assert later[pid].eligibility.blocking()[0].code == "exhaustion.required"
    # Mexico accepted the first Optional Protocol and CAT art. 22 (declaration of 15 March 2002).
    assert "jurisdiction.accepted" in codes(later["ccpr-complaint"].eligibility)
    assert "jurisdiction.accepted" in codes(later["cat-complaint"].eligibility)


def test_whrd_detained_in_mexico_african_procedures_ruled_out_with_reason() -> None:
    out = by_id(hm.route(WHRD_MX, on=ON).ruled_out)
    for pid in ("achpr-communication", "achpr-urgent-appeal", "achpr-provisional-measures"):
        assert out[pid].eligibility.reasons[0].code == "jurisdiction.not-accepted"
        assert out[pid].eligibility.reasons[0].sources


def test_whrd_detained_in_mexico_eu_missions_can_act_outside_the_eu() -> None:
    e = hm.check_eligibility(WHRD_MX, "eu-hrd-guidelines-action", on=ON)
    assert e.status is Status.ELIGIBLE
    assert "jurisdiction.outside-excluded-organization" in codes(e)


# -- a journalist under death threats in Honduras --------------------------------------------

JOURNALIST_HN = hm.Case(
    country="Honduras",
    violations={"death-threats"},
    risk="ongoing",
    defender=hm.Defender(gender="man", work={"journalism"}),
)


def test_journalist_in_honduras_mandates_fit_the_threats_and_the_work() -> None:
    ua = by_id(hm.route(JOURNALIST_HN, on=ON).options)["un-sp-urgent-appeal"]
    assert {m.id for m in ua.mandates} == {
        "sr-human-rights-defenders",
        "sr-freedom-of-expression",
        "sr-executions",
    }


def test_country_mandate_joins_the_communication() -> None:
    case = hm.Case(country="Belarus", violations={"arbitrary-detention"}, risk="ongoing")
    ua = by_id(hm.route(case, on=ON).options)["un-sp-urgent-appeal"]
    assert [m.id for m in ua.mandates] == ["sr-human-rights-defenders", "wg-arbitrary-detention", "sr-belarus"]


def test_disappearance_goes_to_wgeid_and_the_ced() -> None:
    case = hm.Case(country="MX", violations={"enforced-disappearance"}, risk="ongoing", events_on=dt.date(2026, 11, 1))
    plan = hm.route(case, on=ON)
    options = by_id(plan.options)
    assert "wg-disappearances" in [m.id for m in options["un-sp-urgent-appeal"].mandates]
    assert options["wgeid-urgent-action"].eligibility.status is Status.ELIGIBLE
    assert options["wgeid-urgent-action"].eligibility.deadline.on == dt.date(2027, 2, 1)
    # Mexico is a party to the Convention on Enforced Disappearance (urgent actions need no declaration).
    assert options["ced-urgent-action"].eligibility.status is Status.ELIGIBLE
    # Six months later the WGEID's urgent window has closed; its standard procedure remains.
    later = hm.route(case, on=dt.date(2027, 5, 1))
    assert "wgeid-urgent-action" in by_id(later.ruled_out)
    assert "wgeid-case" in by_id(later.options)


def test_journalist_in_honduras_court_only_through_the_commission() -> None:
    plan = hm.route(JOURNALIST_HN, on=ON)
    options = by_id(plan.options)
    assert options["iachr-precautionary-measures"].eligibility.status is Status.ELIGIBLE
    court = options["iacthr-provisional-measures"].eligibility
    # Honduras accepts the Court's jurisdiction (1981), but a defender cannot ask the Court directly.
    assert court.status is Status.UNCERTAIN
    assert "access.indirect" in codes(court)
    assert "jurisdiction.accepted" in codes(court)
    assert "wgad-opinion" in by_id(plan.ruled_out)


# -- a defender detained in the United States ------------------------------------------------

DETAINED_US = hm.Case(
    country="United States",
    violations={"arbitrary-detention"},
    risk="ongoing",
    events_on=dt.date(2026, 3, 1),
    remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 10, 1)),
)


def test_defender_in_us_no_human_rights_committee() -> None:
    e = hm.check_eligibility(DETAINED_US, "ccpr-complaint", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "jurisdiction.not-accepted"


def test_defender_in_us_iachr_under_the_american_declaration() -> None:
    e = hm.check_eligibility(DETAINED_US, "iachr-petition", on=ON)
    assert e.status is Status.ELIGIBLE
    assert "law.otherwise" in codes(e)
    assert "American Declaration" in next(r.text for r in e.reasons if r.code == "law.otherwise")
    assert e.deadline is not None
    assert e.deadline.on == dt.date(2027, 4, 1)
    assert e.deadline.strict


def test_defender_in_us_no_inter_american_court() -> None:
    e = hm.check_eligibility(DETAINED_US, "iacthr-provisional-measures", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "jurisdiction.not-accepted"


# -- Trinidad and Tobago after its denunciations ---------------------------------------------


def tt(events_on: dt.date) -> hm.Case:
    return exhausted("TT", events_on, events_on + dt.timedelta(days=30), violations="torture")


def test_trinidad_and_tobago_human_rights_committee_closed_since_2000() -> None:
    # Second denunciation of the Optional Protocol took effect on 27 June 2000: no new
    # communication since, even about earlier events (art. 12(2)).
    e = hm.check_eligibility(tt(dt.date(1999, 6, 1)), "ccpr-complaint", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "jurisdiction.denounced"
    assert "2000-06-27" in e.reasons[0].text


def test_trinidad_and_tobago_human_rights_committee_open_before_denunciation() -> None:
    e = hm.check_eligibility(tt(dt.date(1990, 1, 10)), "ccpr-complaint", on=dt.date(1990, 3, 1))
    assert e.status is Status.ELIGIBLE


def test_trinidad_and_tobago_american_convention_covers_only_earlier_events() -> None:
    # The American Convention's denunciation took effect in May 1999; under art. 78(2) earlier events remain covered.
    before = hm.check_eligibility(tt(dt.date(1995, 1, 10)), "iacthr-provisional-measures", on=ON)
    assert "jurisdiction.denounced-prior-events" in codes(before)
    after = hm.check_eligibility(tt(dt.date(2026, 1, 10)), "iacthr-provisional-measures", on=ON)
    assert after.status is Status.NOT_ELIGIBLE
    assert after.reasons[0].code == "jurisdiction.denounced"
    # The IACHR still hears petitions against it, under the American Declaration.
    petition = hm.check_eligibility(tt(dt.date(2026, 1, 10)), "iachr-petition", on=dt.date(2026, 3, 1))
    assert petition.status is Status.ELIGIBLE
    assert "law.otherwise" in codes(petition)


# -- time limits and missing information -----------------------------------------------------


def test_time_barred_iachr_petition() -> None:
    case = hm.Case(
        country="MX",
        violations={"judicial-harassment"},
        risk="past",
        events_on=dt.date(2024, 3, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2025, 1, 10)),
    )
    e = hm.check_eligibility(case, "iachr-petition", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "time-limit.passed"
    assert e.deadline == hm.Deadline(on=dt.date(2025, 7, 10), strict=True, text=e.deadline.text)
    # Filed in time, the same petition is open: deadline six months after the final decision.
    in_time = hm.check_eligibility(case, "iachr-petition", on=dt.date(2025, 7, 10))
    assert in_time.status is Status.ELIGIBLE


def test_human_rights_committee_five_years_is_a_presumption_not_a_bar() -> None:
    case = hm.Case(
        country="MX",
        violations={"torture"},
        risk="past",
        events_on=dt.date(2015, 3, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2017, 1, 10)),
    )
    e = hm.check_eligibility(case, "ccpr-complaint", on=ON)
    assert e.status is Status.UNCERTAIN
    assert "time-limit.passed-justify" in codes(e)
    assert e.deadline is not None and not e.deadline.strict


def test_unknown_remedies_give_uncertain_and_name_what_is_missing() -> None:
    case = hm.Case(country="MX", violations={"torture"}, risk="past", events_on=dt.date(2025, 5, 1))
    for pid in ("iachr-petition", "ccpr-complaint", "cat-complaint"):
        e = hm.check_eligibility(case, pid, on=ON)
        assert e.status is Status.UNCERTAIN, pid
        assert "remedies.status" in e.missing
    exhausted = hm.Case(country="MX", violations={"torture"}, risk="past", remedies=hm.Remedies(status="exhausted"))
    e = hm.check_eligibility(exhausted, "iachr-petition", on=ON)
    assert e.status is Status.UNCERTAIN
    assert "remedies.final_decision_on" in e.missing


def test_a_nearly_empty_case_never_raises_and_lists_what_is_missing() -> None:
    plan = hm.route(hm.Case(country="KE"), on=ON)
    ua = by_id(plan.options)["un-sp-urgent-appeal"]
    assert ua.eligibility.status is Status.UNCERTAIN
    assert ua.eligibility.missing == ("risk",)


# -- time: ratione temporis, contested memberships, unknown acceptances ----------------------


def test_events_before_the_protocol_took_effect_for_mexico() -> None:
    case = hm.Case(
        country="MX",
        violations={"torture"},
        risk="past",
        events_on=dt.date(2000, 1, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2001, 1, 1)),
    )
    e = hm.check_eligibility(case, "ccpr-complaint", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "ratione-temporis.before-acceptance"


def test_nicaragua_left_the_oas_and_the_answer_is_uncertain_not_closed() -> None:
    case = hm.Case(country="NI", violations={"arbitrary-detention"}, risk="imminent")
    e = hm.check_eligibility(case, "iachr-precautionary-measures", on=ON)
    assert e.status is Status.UNCERTAIN
    assert e.reasons[0].code == "jurisdiction.membership-contested"
    # Before it left, Nicaragua was plainly a member.
    before = hm.check_eligibility(case, "iachr-precautionary-measures", on=dt.date(2023, 11, 18))
    assert before.status is Status.ELIGIBLE


def test_an_unsourced_cat_declaration_is_uncertain_not_a_guess() -> None:
    # Colombia is not in cat-art22.yaml, whose list is incomplete (unlisted: unknown).
    case = hm.Case(country="CO", violations={"torture"}, risk="past", remedies="exhausted")
    e = hm.check_eligibility(case, "cat-complaint", on=ON)
    assert e.status is Status.UNCERTAIN
    assert "jurisdiction.acceptance-unknown" in codes(e)


def test_an_old_non_acceptance_does_not_close_a_later_filing() -> None:
    # CAT conclusions of 17 May 2001 (A/56/44): Costa Rica had not made the article 22 declaration. The
    # list of declarations is incomplete, so that proves nothing for a filing today, only for one then.
    case = hm.Case(country="CR", violations={"torture"}, remedies="exhausted")
    today = hm.check_eligibility(case, "cat-complaint", on=ON)
    assert today.status is hm.Status.UNCERTAIN
    assert "jurisdiction.not-accepted-as-of" in [r.code for r in today.reasons]
    then = hm.check_eligibility(case, "cat-complaint", on=dt.date(2001, 5, 1))
    assert then.status is hm.Status.NOT_ELIGIBLE
    assert then.reasons[0].code == "jurisdiction.not-accepted"


def test_germany_is_outside_the_eu_guidelines_and_the_oas() -> None:
    case = hm.Case(country="DE", violations={"threats-and-harassment"}, risk="ongoing")
    plan = hm.route(case, on=ON)
    out = by_id(plan.ruled_out)
    assert out["eu-hrd-guidelines-action"].eligibility.reasons[0].code == "jurisdiction.inside-excluded-organization"
    assert out["iachr-precautionary-measures"].eligibility.reasons[0].code == "jurisdiction.not-member"


def test_duplication_bars_follow_each_treaty() -> None:
    base = dict(
        country="MX",
        violations={"torture"},
        risk="past",
        events_on=dt.date(2025, 1, 1),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 10, 1)),
    )
    pending_at_iachr = hm.Case(**base, other_procedures=["iachr-petition"])  # type: ignore[arg-type]
    # The Human Rights Committee bars only a matter being examined elsewhere (art. 5(2)(a)).
    e = hm.check_eligibility(pending_at_iachr, "ccpr-complaint", on=ON)
    assert e.reasons[0].code == "duplication.barred"
    decided = hm.Case(**base, other_procedures=[hm.OtherProcedure("iachr-petition", status="decided")])  # type: ignore[arg-type]
    assert "duplication.barred" not in codes(hm.check_eligibility(decided, "ccpr-complaint", on=ON))
    # CAT also bars a matter already examined (art. 22(5)(a)).
    assert hm.check_eligibility(decided, "cat-complaint", on=ON).reasons[0].code == "duplication.barred"
    # A UN Special Procedures communication is not "another procedure of settlement".
    sp = hm.Case(**base, other_procedures=["un-sp-allegation-letter"])  # type: ignore[arg-type]
    assert "duplication.barred" not in codes(hm.check_eligibility(sp, "iachr-petition", on=ON))


def test_a_states_reservation_bars_a_matter_already_examined_elsewhere() -> None:
    # Art. 5(2)(a) of the ICCPR's Optional Protocol bars only a matter being examined elsewhere;
    # France's reservation also bars one the European Court has already examined (UNTC IV-5).
    decided = hm.OtherProcedure("ecthr-application", status="decided")
    france = attrs.evolve(exhausted("FR", dt.date(2024, 1, 1)), other_procedures=(decided,))
    e = hm.check_eligibility(france, "ccpr-complaint", on=ON)
    assert e.status is Status.NOT_ELIGIBLE
    assert e.reasons[0].code == "duplication.reservation"
    assert "France" in e.reasons[0].text
    assert any("untreaties" in s.url for s in e.reasons[0].sources)
    # Routing agrees, and lists it among the procedures ruled out for the case, before those closed
    # to France altogether (the Inter-American Commission, for one).
    plan = hm.route(france, on=ON)
    ruled_out = [o.procedure.id for o in plan.ruled_out]
    assert plan.option("ccpr-complaint").eligibility == e
    assert ruled_out.index("ccpr-complaint") < ruled_out.index("iachr-petition")
    # Without the reservation's condition the Committee stays open.
    assert hm.check_eligibility(exhausted("FR", dt.date(2024, 1, 1)), "ccpr-complaint", on=ON).eligible
    # Mexico made no such reservation: a petition the Inter-American Commission decided does not bar it.
    mexico = attrs.evolve(
        exhausted("MX", dt.date(2024, 1, 1)), other_procedures=(hm.OtherProcedure("iachr-petition", status="decided"),)
    )
    assert hm.check_eligibility(mexico, "ccpr-complaint", on=ON).eligible


def test_a_reservation_of_uncertain_reach_or_unknown_answers_uncertain() -> None:
    decided = (hm.OtherProcedure("ecthr-application", status="decided"),)
    # Austria's declaration names the former European Commission of Human Rights only.
    austria = attrs.evolve(exhausted("AT", dt.date(2024, 1, 1)), other_procedures=decided)
    e = hm.check_eligibility(austria, "ccpr-complaint", on=ON)
    assert e.status is Status.UNCERTAIN
    assert e.reasons[0].code == "duplication.reservation-check"
    # Morocco joined in 2022, after the list of reservations the data was read from.
    morocco = attrs.evolve(
        exhausted("MA", dt.date(2024, 1, 1)),
        other_procedures=(hm.OtherProcedure("achpr-communication", status="decided"),),
    )
    e = hm.check_eligibility(morocco, "ccpr-complaint", on=ON)
    assert e.status is Status.UNCERTAIN
    assert "duplication.reservation-unknown" in codes(e)


def test_every_reason_cites_a_source() -> None:
    for case in (WHRD_MX, JOURNALIST_HN, DETAINED_US):
        plan = hm.route(case, on=ON)
        for option in (*plan.options, *plan.later, *plan.ruled_out):
            for reason in option.eligibility.reasons:
                assert reason.sources, (option.procedure.id, reason.code)
                assert reason.effect in Effect


# -- Europe, Africa's courts, and regions without a complaint body ---------------------------


def test_treaty_body_interim_measures_where_the_european_court_no_longer_reaches() -> None:
    # A defender detained in Russia, at imminent risk of torture, after the Convention ceased to apply:
    # Rule 39 is closed, but the Human Rights Committee and the Committee against Torture can ask for
    # interim measures (Russia accepted the first Optional Protocol and made the article 22 declaration).
    case = hm.Case(
        country="RU",
        violations={"torture", "arbitrary-detention"},
        risk="imminent",
        events_on=dt.date(2026, 11, 28),
        remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 11, 20)),
    )
    plan = hm.route(case, on=ON)
    options = by_id(plan.options)
    for procedure in ("ccpr-interim-measures", "cat-interim-measures"):
        assert options[procedure].status is Status.ELIGIBLE, procedure
        assert options[procedure].procedure.urgent
        assert hm.document_for(options[procedure]) is hm.InterimMeasuresRequest
    assert by_id(plan.ruled_out)["ecthr-interim-measures"].eligibility.reasons[0].code == "jurisdiction.denounced"
    # The request comes with a communication: remedies not yet tried put it off, as for the complaint.
    untried = hm.check_eligibility(
        attrs.evolve(case, remedies=hm.Remedies(status="not-tried")), "ccpr-interim-measures", on=ON
    )
    assert untried.status is Status.NOT_ELIGIBLE
    assert untried.reasons[0].code == "exhaustion.required"
    # China has not accepted the Optional Protocol; France's reservation bars it as it bars the complaint.
    china = hm.check_eligibility(attrs.evolve(case, country="CN"), "ccpr-interim-measures", on=ON)
    assert china.reasons[0].code == "jurisdiction.not-accepted"
    decided = (hm.OtherProcedure("ecthr-application", status="decided"),)
    france = hm.check_eligibility(
        attrs.evolve(case, country="FR", other_procedures=decided), "ccpr-interim-measures", on=ON
    )
    assert france.reasons[0].code == "duplication.reservation"


def test_african_court_provisional_measures_only_where_individuals_can_apply() -> None:
    def case(country: str) -> hm.Case:
        final = hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 11, 1))
        return hm.Case(country=country, violations={"torture"}, risk="imminent", remedies=final)

    # Burkina Faso made the article 34(6) declaration; Kenya is a party to the Protocol without it.
    burkina = hm.check_eligibility(case("BF"), "afchpr-provisional-measures", on=ON)
    assert burkina.status is Status.ELIGIBLE
    kenya = hm.check_eligibility(case("KE"), "afchpr-provisional-measures", on=ON)
    assert kenya.status is Status.NOT_ELIGIBLE
    assert (
        hm.document_for(hm.route(case("BF"), on=ON).option("afchpr-provisional-measures")) is hm.InterimMeasuresRequest
    )


def test_sub_regional_courts_interim_measures_follow_membership() -> None:
    def case(country: str) -> hm.Case:
        return hm.Case(country=country, violations={"torture"}, risk="imminent", events_on=dt.date(2026, 11, 28))

    # The ECOWAS Court needs no exhaustion; Mali left ECOWAS on 29 January 2025.
    assert hm.check_eligibility(case("NG"), "ecowas-court-interim-measures", on=ON).status is Status.ELIGIBLE
    mali = hm.check_eligibility(case("ML"), "ecowas-court-interim-measures", on=ON)
    assert mali.reasons[0].code == "jurisdiction.not-member"
    # The East African Court's interim orders come with a reference, filed within two months of the events.
    assert hm.check_eligibility(case("KE"), "eacj-interim-orders", on=ON).status is Status.ELIGIBLE
    late = attrs.evolve(case("KE"), events_on=dt.date(2026, 6, 1))
    assert hm.check_eligibility(late, "eacj-interim-orders", on=ON).status is Status.NOT_ELIGIBLE
    assert hm.check_eligibility(case("NG"), "eacj-interim-orders", on=ON).status is Status.NOT_ELIGIBLE


def test_russia_european_court_only_for_events_before_16_september_2022() -> None:
    def case(events: dt.date) -> hm.Case:
        return exhausted("RU", events)

    before = hm.check_eligibility(case(dt.date(2022, 3, 1)), "ecthr-application", on=ON)
    assert before.status is Status.ELIGIBLE
    assert "jurisdiction.denounced-prior-events" in codes(before)
    after = hm.check_eligibility(case(dt.date(2023, 3, 1)), "ecthr-application", on=ON)
    assert after.status is Status.NOT_ELIGIBLE
    assert after.reasons[0].code == "jurisdiction.denounced"
    # Russia left the Council of Europe on 16 March 2022: no Commissioner either.
    commissioner = hm.check_eligibility(case(dt.date(2023, 3, 1)), "coe-commissioner-information", on=ON)
    assert commissioner.reasons[0].code == "jurisdiction.not-member"


def test_european_court_four_months_since_2022_six_before() -> None:
    def case(final: dt.date) -> hm.Case:
        return exhausted("PL", dt.date(2020, 1, 1), final, violations="judicial-harassment")

    new = hm.check_eligibility(case(dt.date(2026, 9, 1)), "ecthr-application", on=ON)
    assert new.deadline is not None and new.deadline.on == dt.date(2027, 1, 1)
    old = hm.check_eligibility(case(dt.date(2022, 1, 15)), "ecthr-application", on=dt.date(2022, 3, 1))
    assert old.deadline is not None and old.deadline.on == dt.date(2022, 7, 15)


def test_thailand_no_regional_complaint_body_said_plainly() -> None:
    plan = hm.route(hm.Case(country="TH", violations={"judicial-harassment"}, risk="ongoing"), on=ON)
    out = by_id(plan.ruled_out)
    reason = out["aichr-no-complaints"].eligibility.reasons[0]
    assert reason.code == "scope.no-individual-cases"
    assert "takes no individual complaints" in reason.text
    assert by_id(plan.options)["un-sp-urgent-appeal"].eligibility.status is Status.ELIGIBLE


def test_burkina_faso_left_ecowas_and_its_court() -> None:
    case = hm.Case(country="BF", violations={"arbitrary-detention"}, risk="ongoing")
    assert hm.check_eligibility(case, "ecowas-court-application", on=dt.date(2024, 6, 1)).status is Status.ELIGIBLE
    after = hm.check_eligibility(case, "ecowas-court-application", on=ON)
    assert after.status is Status.NOT_ELIGIBLE
    assert after.reasons[0].code == "jurisdiction.not-member"


def test_african_court_direct_access_needs_the_34_6_declaration() -> None:
    def case(country: str) -> hm.Case:
        return exhausted(country, dt.date(2025, 1, 1), dt.date(2026, 9, 1))

    assert hm.check_eligibility(case("GH"), "afchpr-application", on=ON).status is Status.ELIGIBLE
    # Côte d'Ivoire withdrew its declaration (2020): no new direct application.
    ci = hm.check_eligibility(case("CI"), "afchpr-application", on=ON)
    assert ci.status is Status.NOT_ELIGIBLE
    assert ci.reasons[0].code == "jurisdiction.denounced"
    # Kenya is a party to the Protocol without the declaration.
    ke = hm.check_eligibility(case("KE"), "afchpr-application", on=ON)
    assert ke.reasons[0].code == "jurisdiction.not-accepted"


def test_east_african_court_two_months_from_the_act() -> None:
    case = hm.Case(
        country="UG",
        violations={"restriction-of-assembly-or-association"},
        risk="past",
        events_on=dt.date(2026, 10, 15),
    )
    e = hm.check_eligibility(case, "eacj-reference", on=ON)
    assert e.status is Status.ELIGIBLE
    assert e.deadline is not None and e.deadline.on == dt.date(2026, 12, 15)
    late = hm.check_eligibility(case, "eacj-reference", on=dt.date(2026, 12, 16))
    assert late.reasons[0].code == "time-limit.passed"


def test_woman_defender_in_africa_both_special_rapporteurs() -> None:
    case = hm.Case(
        country="KE", violations={"threats-and-harassment"}, risk="ongoing", defender=hm.Defender(gender="woman")
    )
    appeal = hm.route(case, on=ON).option("achpr-urgent-appeal")
    assert appeal.eligibility.status is Status.ELIGIBLE
    assert [m.id for m in appeal.mandates] == ["achpr-sr-human-rights-defenders", "achpr-sr-rights-of-women"]


def test_organizations_are_named_for_the_region() -> None:
    plan = hm.route(WHRD_MX, on=ON)
    ids = {o.id for o in plan.organizations}
    assert {"im-defensoras", "cejil", "front-line-defenders"} <= ids
    assert "defenddefenders" not in ids  # East and Horn of Africa
    pm = by_id(plan.options)["iachr-precautionary-measures"]
    assert "cejil" in {o.id for o in pm.organizations}


def test_greece_events_between_its_two_periods_are_uncertain_not_closed() -> None:
    # Greece denounced the Convention with effect from 13 June 1970 and is a Party again, but the data
    # knows only a date by which its second period had begun (1979): events in the gap may fall in it.
    def case(events: dt.date) -> hm.Case:
        return exhausted("GR", events)

    gap = hm.check_eligibility(case(dt.date(1976, 6, 1)), "ecthr-application", on=ON)
    assert gap.status is Status.UNCERTAIN
    assert "ratione-temporis.uncertain" in codes(gap)
    first_period = hm.check_eligibility(case(dt.date(1969, 6, 1)), "ecthr-application", on=ON)
    assert "ratione-temporis.uncertain" not in codes(first_period)
    assert first_period.status is Status.ELIGIBLE


def test_guatemala_cat_declaration_covers_only_later_events() -> None:
    # Guatemala's article 22 declaration of 25 Sep 2003 covers events occurring after it (Aviso 4/2008).
    def case(events: dt.date | None, risk: str = "past") -> hm.Case:
        return hm.Case(country="GT", violations={"torture"}, risk=risk, events_on=events, remedies="exhausted")

    before = hm.check_eligibility(case(dt.date(1995, 3, 1)), "cat-complaint", on=ON)
    assert before.status is Status.NOT_ELIGIBLE
    assert before.reasons[0].code == "jurisdiction.limited-in-time"
    after = hm.check_eligibility(case(dt.date(2025, 3, 1)), "cat-complaint", on=ON)
    assert "jurisdiction.limited-in-time" not in codes(after)
    assert after.status is not Status.NOT_ELIGIBLE
    continuing = hm.check_eligibility(case(dt.date(1995, 3, 1), risk="ongoing"), "cat-complaint", on=ON)
    assert "jurisdiction.limited-in-time-continuing" in codes(continuing)
    undated = hm.check_eligibility(case(None), "cat-complaint", on=ON)
    assert "events_on" in undated.missing


def test_defender_with_a_disability_crpd_and_the_special_rapporteur() -> None:
    def case(disability: bool | None) -> hm.Case:
        return hm.Case(
            country="ES",
            violations={"torture"},
            risk="past",
            events_on=dt.date(2026, 1, 10),
            defender=hm.Defender(disability=disability),
            remedies=hm.Remedies(status="exhausted", final_decision_on=dt.date(2026, 10, 1)),
        )

    plan = hm.route(case(True), on=ON)
    assert plan.option("crpd-complaint").status is Status.ELIGIBLE
    assert "scope.fits" in codes(plan.option("crpd-complaint").eligibility)
    assert "sr-disability" in [m.id for m in plan.option("un-sp-allegation-letter").mandates]
    outside = hm.check_eligibility(case(False), "crpd-complaint", on=ON)
    assert outside.status is Status.NOT_ELIGIBLE
    assert outside.reasons[0].code == "scope.outside"
    unsaid = hm.check_eligibility(case(None), "crpd-complaint", on=ON)
    assert unsaid.status is Status.UNCERTAIN
    assert "defender.disability" in unsaid.missing
    assert "sr-disability" not in [m.id for m in hm.route(case(None), on=ON).option("un-sp-allegation-letter").mandates]


def test_child_defender_crc_complaint_needs_a_child() -> None:
    adult = hm.Case(country="ES", violations={"torture"}, defender=hm.Defender(child=False))
    assert hm.check_eligibility(adult, "crc-complaint", on=ON).reasons[0].code == "scope.outside"
    child = hm.Case(country="ES", violations={"torture"}, defender=hm.Defender(child=True))
    assert "scope.fits" in codes(hm.check_eligibility(child, "crc-complaint", on=ON))

"""Command line: ``hrd-mechanisms`` or ``python -m hrd_mechanisms``.

    python -m hrd_mechanisms route --country MX --violation arbitrary-detention --risk imminent --gender woman
    python -m hrd_mechanisms check ccpr-complaint --country US --violation torture --remedies exhausted
    python -m hrd_mechanisms show sr-human-rights-defenders
    python -m hrd_mechanisms states

Bad input exits with status 2 and one line naming the value and the closest valid ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

import attrs

from .case import Case, Defender, OtherProcedure, Remedies
from .eligibility import check_eligibility
from .errors import HrdMechanismsError
from .loading import load
from .results import Eligibility, Option, Plan
from .routing import route
from .vocabulary import Gender, RemediesStatus, Risk, Status, Violation, Work

__all__ = ["main"]

_MARK = {Status.ELIGIBLE: "eligible", Status.UNCERTAIN: "uncertain", Status.NOT_ELIGIBLE: "not eligible"}


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _add_case_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", required=True, help="the State responsible: ISO code or name")
    parser.add_argument(
        "--violation",
        action="append",
        default=[],
        metavar="V",
        help="repeatable: " + ", ".join(v.value for v in Violation),
    )
    parser.add_argument("--risk", help=" | ".join(r.value for r in Risk))
    parser.add_argument("--gender", help=" | ".join(g.value for g in Gender))
    parser.add_argument(
        "--work",
        action="append",
        default=[],
        metavar="W",
        help="repeatable: " + ", ".join(w.value for w in Work),
    )
    parser.add_argument("--child", choices=["yes", "no"], help="was the defender under 18 at the time of the events?")
    parser.add_argument("--disability", choices=["yes", "no"], help="is the defender a person with a disability?")
    parser.add_argument("--events-on", type=_date, help="date of the events, YYYY-MM-DD")
    parser.add_argument("--remedies", help=" | ".join(r.value for r in RemediesStatus))
    parser.add_argument("--final-decision-on", type=_date, help="date the final domestic decision was notified")
    parser.add_argument(
        "--other-procedure",
        action="append",
        default=[],
        metavar="ID",
        help="repeatable: a procedure id where the matter is pending",
    )
    parser.add_argument(
        "--decided-procedure",
        action="append",
        default=[],
        metavar="ID",
        help="repeatable: a procedure id that has already decided the matter",
    )
    parser.add_argument("--on", type=_date, help="the date to judge on (default: today)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--lang", default="en", choices=["en", "fr", "es"], help="language of names")


def _case(args: argparse.Namespace) -> Case:
    child = None if args.child is None else args.child == "yes"
    disability = None if args.disability is None else args.disability == "yes"
    given = args.gender or args.work or child is not None or disability is not None
    defender = Defender(gender=args.gender, work=args.work, child=child, disability=disability) if given else None
    remedies = None
    if args.remedies or args.final_decision_on:
        remedies = Remedies(status=args.remedies or "unknown", final_decision_on=args.final_decision_on)
    return Case(
        country=args.country,
        violations=args.violation,
        risk=args.risk,
        events_on=args.events_on,
        defender=defender,
        remedies=remedies,
        other_procedures=[
            *args.other_procedure,
            *(OtherProcedure(procedure, status="decided") for procedure in args.decided_procedure),
        ],
    )


def _plain(value: Any) -> Any:
    """A JSON-ready copy of an attrs value."""
    if attrs.has(type(value)):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in attrs.fields(type(value))
            if f.name not in ("name", "contact", "organization") or not isinstance(value, Defender)
        }
    if isinstance(value, (frozenset, set)):
        return sorted(_plain(v) for v in value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)
    return value


def _eligibility_dict(e: Eligibility) -> dict[str, Any]:
    return {
        "procedure": e.procedure,
        "status": str(e.status),
        "deadline": _plain(e.deadline),
        "missing": list(e.missing),
        "reasons": [
            {"code": r.code, "effect": str(r.effect), "text": r.text, "sources": [s.url for s in r.sources]}
            for r in e.reasons
        ],
    }


def _option_dict(o: Option) -> dict[str, Any]:
    return {
        **_eligibility_dict(o.eligibility),
        "name": o.procedure.name.en,
        "urgent": o.procedure.urgent,
        "mandates": [m.id for m in o.mandates],
        "organizations": [org.id for org in o.organizations],
        "channel": _plain(o.procedure.channel),
    }


def _print_plan(plan: Plan, state: str, lang: str = "en") -> None:
    print(f"Plan for a case in {state}, judged on {plan.on}")
    print()
    print("Act now:" if plan.options else "No procedure is open today.")
    # "URGENT" marks what the plan put first because the danger is current, as route() ranks it,
    # not every procedure that is urgent by nature.
    current = plan.case.risk in (Risk.IMMINENT, Risk.ONGOING)
    for i, o in enumerate(plan.options, 1):
        e = o.eligibility
        flag = "URGENT " if current and o.procedure.urgent else ""
        print(f"  {i}. {flag}{o.procedure.name.get(lang)} [{o.procedure.id}] - {_MARK[e.status]}")
        if o.mandates and o.procedure.joint:
            print("     jointly to: " + "; ".join(m.title.get(lang) for m in o.mandates))
        if e.deadline:
            print(f"     deadline: {e.deadline.on} ({'strict' if e.deadline.strict else 'guide'}): {e.deadline.text}")
        for r in e.reasons:
            if r.effect.value == "uncertain":
                print(f"     ? {r.text}")
        if e.missing:
            print("     missing: " + ", ".join(e.missing))
        channel = o.procedure.channel
        where = channel.url or channel.email or channel.text
        if where:
            print(f"     send via: {where}")
    if plan.later:
        print()
        print("Later (closed today for a reason that can be cured):")
        for o in plan.later:
            print(f"  - {o.procedure.name.get(lang)} [{o.procedure.id}]: {o.eligibility.blocking()[0].text}")
    elsewhere = [o for o in plan.ruled_out if o.eligibility.reasons[0].code.startswith("jurisdiction.")]
    for_case = [o for o in plan.ruled_out if o not in elsewhere]
    if for_case:
        print()
        print("Ruled out for this case:")
        for o in for_case:
            print(f"  - {o.procedure.name.en} [{o.procedure.id}]: {o.eligibility.blocking()[0].text}")
    if elsewhere:
        print()
        print(f"Not open to cases in {state} ({len(elsewhere)}): " + ", ".join(o.procedure.id for o in elsewhere))
        print("  (see the reasons with --json, or: hrd-mechanisms check <procedure> ...)")
    if plan.organizations:
        print()
        print("Who can help: " + "; ".join(f"{org.name} ({org.website})" for org in plan.organizations[:8]))


def _cmd_route(args: argparse.Namespace) -> int:
    case = _case(args)
    ds = load()
    plan = route(case, dataset=ds, on=args.on)
    state = ds.state(case.country)
    if args.json:
        print(
            json.dumps(
                {
                    "country": state.code,
                    "on": plan.on.isoformat(),
                    "options": [_option_dict(o) for o in plan.options],
                    "later": [_option_dict(o) for o in plan.later],
                    "ruled_out": [_option_dict(o) for o in plan.ruled_out],
                    "organizations": [org.id for org in plan.organizations],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        _print_plan(plan, state.names.get(args.lang), args.lang)
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    e = check_eligibility(_case(args), args.procedure, on=args.on)
    if args.json:
        print(json.dumps(_eligibility_dict(e), indent=2, ensure_ascii=False))
        return 0
    print(f"{e.procedure}: {_MARK[e.status]}")
    for r in e.reasons:
        print(f"  [{r.effect}] {r.code}: {r.text}")
    if e.missing:
        print("  missing: " + ", ".join(e.missing))
    if e.deadline:
        print(f"  deadline: {e.deadline}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    ds = load()
    record: Any
    for finder in (ds.procedure, ds.mandate, ds.mechanism, ds.organization, ds.instrument, ds.state):
        try:
            record = finder(args.id)
            break
        except LookupError:
            continue
    else:
        ds.procedure(args.id)  # raises the error with the closest procedure ids
    print(json.dumps(_plain(record), indent=2, ensure_ascii=False))
    return 0


def _cmd_states(args: argparse.Namespace) -> int:
    ds = load()
    for s in ds.states:
        print(f"{s.code}  {s.alpha3}  {s.names.get(args.lang)}")
    return 0


def _cmd_stale(args: argparse.Namespace) -> int:
    ds = load()
    before = (args.on or dt.date.today()) - dt.timedelta(days=args.days)
    rows = ds.stale(before)
    for label, url, checked in rows:
        print(f"{checked}  {label}  {url}")
    print(f"{len(rows)} source(s) checked before {before}", file=sys.stderr)
    return 0


def _cmd_mandates(args: argparse.Namespace) -> int:
    ds = load()
    rows = [m for m in ds.mandates if args.theme is None or args.theme in m.themes]
    if args.theme is not None and not rows:
        themes = sorted({t for m in ds.mandates for t in m.themes})
        from ._text import closest
        from .errors import UnknownValueError

        raise UnknownValueError("--theme", args.theme, closest=closest(args.theme, themes))
    if args.json:
        print(json.dumps([_plain(m) for m in rows], indent=2, ensure_ascii=False))
        return 0
    for m in rows:
        where = f" [{m.country}]" if m.country else ""
        print(f"{m.id:45} {m.title.get(args.lang)}{where}")
    return 0


def _read_case(path: str) -> Case:
    from .case import case_from_dict
    from .errors import DataError

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError as exc:
        raise DataError(path, [f"cannot read: {exc.strerror}"]) from None
    if path.endswith(".json"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise DataError(path, [f"not valid JSON: {exc}"]) from None
    else:
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise DataError(path, [f"not valid YAML: {exc}"]) from None
    return case_from_dict(data)


def _cmd_draft(args: argparse.Namespace) -> int:
    from .documents import document_for

    case = _read_case(args.case)
    option = route(case, on=args.on).option(args.procedure)
    document = document_for(option).from_case(case, option, lang=args.lang)
    if args.json:
        print(document.to_json())
        return 0
    print(document.render(args.format))
    return 0


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(args.kind), indent=2, ensure_ascii=False))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrd-mechanisms",
        description="Which international and regional mechanisms can act for a human rights defender at risk.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_route = sub.add_parser("route", help="a ranked plan for a case")
    _add_case_arguments(p_route)
    p_route.set_defaults(func=_cmd_route)
    p_check = sub.add_parser("check", help="eligibility of a case for one procedure")
    p_check.add_argument("procedure", help="procedure id, e.g. iachr-precautionary-measures")
    _add_case_arguments(p_check)
    p_check.set_defaults(func=_cmd_check)
    p_show = sub.add_parser("show", help="a record of the dataset by id")
    p_show.add_argument("id")
    p_show.set_defaults(func=_cmd_show)
    p_states = sub.add_parser("states", help="the states in the dataset")
    p_states.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    p_states.set_defaults(func=_cmd_states)
    p_mandates = sub.add_parser("mandates", help="UN Special Procedures and regional mandates")
    p_mandates.add_argument("--theme", help="only mandates with this theme, e.g. human-rights-defenders")
    p_mandates.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    p_mandates.add_argument("--json", action="store_true")
    p_mandates.set_defaults(func=_cmd_mandates)
    p_draft = sub.add_parser("draft", help="draft the request document for a procedure from a case file")
    p_draft.add_argument("procedure", help="procedure id, e.g. un-sp-urgent-appeal")
    p_draft.add_argument("--case", required=True, help="a case file, YAML or JSON (see `schema case`)")
    p_draft.add_argument("--lang", default="en", choices=["en", "fr", "es"])
    p_draft.add_argument("--format", default="markdown", choices=["markdown", "text"])
    p_draft.add_argument("--on", type=_date, help="the date to judge on (default: today)")
    p_draft.add_argument("--json", action="store_true", help="the document as JSON, to complete and load back")
    p_draft.set_defaults(func=_cmd_draft)
    p_schema = sub.add_parser("schema", help="JSON Schema of a case file or of a request document")
    p_schema.add_argument(
        "kind",
        help="case, urgent-appeal, allegation-letter, precautionary-measures-request, "
        "interim-measures-request or complaint",
    )
    p_schema.set_defaults(func=_cmd_schema)
    p_stale = sub.add_parser("stale", help="sources not checked for a while, oldest first")
    p_stale.add_argument("--days", type=int, default=365, help="older than this many days (default 365)")
    p_stale.add_argument("--on", type=_date, help="count from this date (default: today)")
    p_stale.set_defaults(func=_cmd_stale)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        status = int(args.func(args))
        sys.stdout.flush()  # inside the try: a reader that went away is noticed here
        return status
    except HrdMechanismsError as exc:
        print(f"hrd-mechanisms: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, and keep Python from complaining at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

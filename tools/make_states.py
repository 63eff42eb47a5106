"""Regenerate data/states.yaml from the UN Statistics Division's M49 names.

The names come from the datasets/country-codes table (columns official_name_en/fr/es, which
reproduce the M49 "official short names", and CLDR's customary English name as an alias).
Run from the repository root:  python tools/make_states.py path/to/country-codes.csv
Corrections to the table are listed in FIXES with the reason; review the diff before committing.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "hrd_mechanisms" / "data"

# Corrections to the copied table, each with its reason.
FIXES = {
    # The table's official_name_en for CI is "Ivory Coast"; the UN's own lists use "Côte d'Ivoire"
    # (UN press release ORG/1469; M49). See docs/data-sources.md.
    ("CI", "en"): "Côte d’Ivoire",
}
# Common names people type, beyond the official and CLDR names. Short forms only; a name here
# must designate the state unambiguously.
ALIASES = {
    "BO": ["Bolivia"],
    "BN": ["Brunei"],
    "CD": ["DR Congo", "DRC", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville"],
    "CZ": ["Czech Republic"],
    "FM": ["Micronesia"],
    "GB": ["United Kingdom", "Britain", "UK"],
    "IR": ["Iran"],
    "KP": ["North Korea"],
    "KR": ["South Korea", "Korea"],
    "LA": ["Laos"],
    "MD": ["Moldova"],
    "MK": ["Macedonia"],
    "PS": ["Palestine"],
    "RU": ["Russia"],
    "SY": ["Syria"],
    "SZ": ["Swaziland"],
    "TR": ["Turkey", "Turquie", "Turquía"],
    "TZ": ["Tanzania"],
    "US": ["United States", "United States of America", "USA"],
    "VA": ["Vatican", "Vatican City"],
    "VE": ["Venezuela"],
    "VN": ["Vietnam", "Viet Nam"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor"],
    "CI": ["Ivory Coast"],
}


# States outside the UN that other memberships in the data need. Each with the reason.
EXTRA = {
    "EH": {
        "names": {
            "en": "Sahrawi Arab Democratic Republic",
            "fr": "République arabe sahraouie démocratique",
            "es": "República Árabe Saharaui Democrática",
        },
        "aliases": ["Western Sahara", "SADR", "Sahara occidental", "Sáhara Occidental"],
        "note": "Not a UN member. A member of the African Union and a party to the African Charter, recorded under "
        "ISO 3166-1 EH (Western Sahara), the code commonly used for it.",
    },
}


# Regions as the organizations' data names them, derived from the M49 region and sub-region.
# M49's "Western Asia" mixes the Caucasus, Cyprus and Türkiye (Europe and Central Asia for the
# organizations that serve them) with the Middle East.
WESTERN_ASIA_IN_EUROPE = {"AM", "AZ", "GE", "CY", "TR"}


def regions(code: str, row: dict[str, str]) -> list[str]:
    region, sub = row["Region Name"], row["Sub-region Name"]
    if region == "Americas":
        return ["latin-america"] if sub == "Latin America and the Caribbean" else ["north-america"]
    if region == "Africa":
        return ["africa", "middle-east-north-africa"] if sub == "Northern Africa" else ["africa"]
    if region == "Europe" or sub == "Central Asia" or code in WESTERN_ASIA_IN_EUROPE:
        return ["europe-central-asia"]
    if sub == "Western Asia":
        return ["middle-east-north-africa"]
    if region in ("Asia", "Oceania"):
        return ["asia-pacific"]
    raise ValueError(f"no region for {code}: {region} / {sub}")


def clean(name: str) -> str:
    # UNTERM short names carry "(the)" and "*" markers that are not part of the name.
    name = re.sub(r"\s*\((the|le|la|l'|les|el|los|las)\)\s*", " ", name)
    return name.replace("*", "").strip()


def main(csv_path: str) -> None:
    un = yaml.safe_load((DATA / "memberships" / "un.yaml").read_text(encoding="utf-8"))
    codes = {m["state"] for m in un["members"]}
    with open(csv_path, encoding="utf-8") as handle:
        rows = {r["ISO3166-1-Alpha-2"]: r for r in csv.DictReader(handle)}
    out = []
    for code in sorted(codes | set(EXTRA)):
        r = rows[code]
        extra = EXTRA.get(code, {})
        names = extra.get("names") or {
            lang: FIXES.get((code, lang), r[f"official_name_{lang}"]) for lang in ("en", "fr", "es")
        }
        aliases: list[str] = []
        for candidate in [
            *extra.get("aliases", []),
            r["CLDR display name"],
            clean(r["UNTERM English Short"]),
            *ALIASES.get(code, []),
        ]:
            if candidate and candidate not in names.values() and candidate not in aliases:
                aliases.append(candidate)
        record = {"code": code, "alpha3": r["ISO3166-1-Alpha-3"], "names": names, "regions": regions(code, r)}
        if aliases:
            record["aliases"] = aliases
        if "note" in extra:
            record["note"] = extra["note"]
        out.append(record)
    header = (
        "# States: the 193 UN Member States and the two non-member observer States (memberships/un.yaml),\n"
        "# plus the Sahrawi Arab Democratic Republic (EH), an African Union member outside the UN;\n"
        "# by ISO 3166-1 alpha-2 code, with their UN (M49) names in English, French and Spanish.\n"
        "# Generated by tools/make_states.py; edit the script's FIXES/ALIASES, not this file by hand.\n"
    )
    doc = {
        "sources": [
            {
                "url": "https://unstats.un.org/unsd/methodology/m49/overview/",
                "title": "UN Statistics Division, Standard country or area codes for statistical use (M49): "
                "official names in English, French and Spanish",
                "checked": "2026-11-30",
                "note": "Read through the datasets/country-codes table (github.com/datasets/country-codes, "
                "commit caa72d1e, 2026-05-15), which reproduces the M49 names; the English name of CI corrected.",
            },
            {
                "url": "https://www.iso.org/iso-3166-country-codes.html",
                "title": "ISO 3166-1 alpha-2 and alpha-3 codes (as reproduced in the same table)",
                "checked": "2026-11-30",
            },
        ],
        "states": out,
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    # YAML 1.1 readers take bare NO as false: every code is quoted by safe_dump already; check.
    assert "code: NO\n" not in text
    text = text.replace("checked: '2026-11-30'", "checked: 2026-11-30")
    # Quote every code, as the data guidelines ask, so a reader never wonders about NO.
    text = re.sub(r"^(- code|  alpha3): '?([A-Z]{2,3})'?$", r'\1: "\2"', text, flags=re.M)
    (DATA / "states.yaml").write_text(header + text, encoding="utf-8")
    print(f"wrote {len(out)} states")


if __name__ == "__main__":
    main(sys.argv[1])

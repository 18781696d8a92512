"""Write a synthetic Förderkatalog CSV export at a row-count knob, deterministically.

The rows look like the real export — ``;``-separated, ISO-8859-15, ``="…"`` wrappers
around keys, German numbers and dates, recipient and executing-body place columns — with
skewed distributions: a few ministries and recipients get most grants (Zipf-like), amounts
are log-normal, terms run one to five years, some grants belong to joint projects and
some amounts are undisclosed (``0``). Every name is made up and says so ("Synthetische …"):
this is test and benchmark data, never to be published as if it were real.

    python bench/foerderkatalog_gen.py 250000 var/bench/fk-250k.csv
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
from pathlib import Path
from typing import Final

HEADER: Final = (
    "FKZ;Ressort;Referat;PT;Zuwendungsempfänger;Gemeindekennziffer;Stadt/Gemeinde;Ort;"
    "Bundesland;Staat;Ausführende Stelle;Gemeindekennziffer;Stadt/Gemeinde;Ort;Bundesland;"
    "Staat;Thema;Leistungsplansystematik;Klartext Leistungsplansystematik;Laufzeit von;"
    "Laufzeit bis;Fördersumme in EUR;Förderprofil;Verbundprojekt;Förderart"
)
MINISTRIES: Final = (
    ("BMBF", 40), ("BMWK", 20), ("BMDV", 12), ("BMEL", 8), ("BMUV", 8),
    ("BMI", 5), ("BMG", 4), ("BMFSFJ", 3),
)  # fmt: skip
AGENCIES: Final = ("DLR", "PtJ", "VDI/VDE-IT", "FZJ", "BLE", "ZUG")
STATES: Final = (
    ("01", "Schleswig-Holstein"), ("02", "Hamburg"), ("03", "Niedersachsen"), ("04", "Bremen"),
    ("05", "Nordrhein-Westfalen"), ("06", "Hessen"), ("07", "Rheinland-Pfalz"),
    ("08", "Baden-Württemberg"), ("09", "Bayern"), ("10", "Saarland"), ("11", "Berlin"),
    ("12", "Brandenburg"), ("13", "Mecklenburg-Vorpommern"), ("14", "Sachsen"),
    ("15", "Sachsen-Anhalt"), ("16", "Thüringen"),
)  # fmt: skip
KINDS: Final = ("GmbH", "e.V.", "Universität", "Hochschule", "Stadt", "Gemeinde", "Landkreis", "AG")
TOPICS: Final = (
    "Digitale Verwaltung", "Datenplattform", "Breitbandausbau", "Smart City", "KI in Kommunen",
    "Offene Daten", "Bürgerportal", "IT-Sicherheit", "Digitale Bildung", "Mobilität",
)  # fmt: skip
LPS: Final = ("B1411", "B1412", "B1420", "C2101", "C2102", "D3300", "E1100", "F2210")
PROFILES: Final = ("Forschung", "Infrastruktur", "Demonstration", "Qualifizierung")
DEFAULT_SEED: Final = 20261202


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _money(value: float) -> str:
    text = f"{value:,.2f}"  # 1,234,567.89
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


class Recipients:
    """A fixed population of recipients; grant counts follow a Zipf-like law."""

    def __init__(self, rng: random.Random, count: int) -> None:
        self.people = []
        for index in range(count):
            state_key, state = STATES[rng.randrange(len(STATES))]
            county = rng.randint(1, 99)
            municipality = rng.randint(1, 999)
            ags = f"{state_key}{rng.randint(1, 5)}{county:02d}{municipality:03d}"
            place = f"Synthetikstadt {index % 997}"
            kind = KINDS[rng.randrange(len(KINDS))]
            if kind in ("Stadt", "Gemeinde"):
                name = f"{kind} {place}"
            elif kind == "Landkreis":
                name = f"Landkreis Synthetik {county}"
            else:
                name = f"Synthetische {kind} {index}"
            self.people.append((name, ags, place, state))
        self.cumulative = list(
            itertools.accumulate(1.0 / (rank + 1) ** 0.9 for rank in range(count))
        )

    def pick(self, rng: random.Random) -> tuple[str, str, str, str]:
        return rng.choices(self.people, cum_weights=self.cumulative)[0]


def generate(rows: int, out: Path, *, seed: int = DEFAULT_SEED, report: bool = False) -> None:
    """Write ``rows`` grants to ``out`` (ISO-8859-15)."""
    rng = random.Random(seed)
    recipients = Recipients(rng, max(50, rows // 20))
    out.parent.mkdir(parents=True, exist_ok=True)
    joint_open: list[str] = []
    with out.open("w", encoding="iso-8859-15", newline="") as stream:
        stream.write(HEADER + "\r\n")
        for index in range(rows):
            ministry = _weighted(rng, MINISTRIES)
            name, ags, place, state = recipients.pick(rng)
            start = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(15 * 365))
            end = start + dt.timedelta(days=rng.randint(365, 5 * 365))
            amount = 0.0 if rng.random() < 0.03 else round(rng.lognormvariate(11.5, 1.3), 2)
            topic = TOPICS[rng.randrange(len(TOPICS))]
            joint = ""
            if rng.random() < 0.3:
                if joint_open and rng.random() < 0.6:
                    joint = joint_open[rng.randrange(len(joint_open))]
                else:
                    joint = f"Verbundprojekt Synthese {index}: {topic}"
                    joint_open = [*joint_open[-50:], joint]
            executing = "" if rng.random() < 0.8 else recipients.pick(rng)
            fields = [
                f'="{index // 100000 % 100:02d}SYN{index:07d}"',
                ministry,
                f"{rng.randint(100, 799)}",
                AGENCIES[rng.randrange(len(AGENCIES))],
                name,
                f'="{ags}"',
                place,
                place,
                state,
                "Deutschland",
            ]
            if executing:
                ename, eags, eplace, estate = executing
                fields += [ename, f'="{eags}"', eplace, eplace, estate, "Deutschland"]
            else:
                fields += ["", "", "", "", "", ""]
            code = LPS[rng.randrange(len(LPS))]
            fields += [
                f"{joint or 'Vorhaben'}: {topic} ({index})",
                code,
                f"Synthetische Systematik {code}",
                start.strftime("%d.%m.%Y"),
                end.strftime("%d.%m.%Y"),
                _money(amount),
                PROFILES[rng.randrange(len(PROFILES))],
                joint,
                "Zuwendung",
            ]
            stream.write(";".join(fields) + "\r\n")
            if report and index and index % 50_000 == 0:
                print(f"  {index:,} rows written", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int, help="number of grants (rows) to write")
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    args = parser.parse_args()
    generate(args.rows, args.out, seed=args.seed, report=True)
    print(f"wrote {args.rows:,} rows to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

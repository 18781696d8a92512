"""Who trains whom (``trains``).

The trainer is the body after "von"/"vom"/"durch"/"an der" in a passive of training
("Geschult werden die Beschäftigten vom X", "Fortgebildet werden sie an der Hochschule X"),
else a body of the clause of a word of training ("X schult", "Die Schulung übernimmt X",
"Kurse bietet X an"). Who is trained: the people counted in the sentence or the next one
("rund 280 Beschäftigte"), else the course or initiative the sentence names, else the one
the article is about.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.clauses import clause, name_starts
from loaders.articles.findings import Count, Fact, Mention, Ref, ref
from loaders.articles.sentences import Sentence
from loaders.articles.windows import holds

_TRAINING: Final = re.compile(
    r"\b(?:[Gg]eschult|schul(?:t|en|te|ten)\b|[Aa]usgebildet|bild(?:et|en|ete|eten)\b(?=[^.;]*\baus\b)|"
    r"[Ff]ortgebildet|[Ww]eitergebildet|qualifizier\w*|[Qq]ualifiziert|[Cc]oacht|"
    r"\w*[Ss]chulung\w*|\w*[Kk]urse\b|\w*[Kk]ursen\b|[Ll]ehrgang\w*|[Ss]eminar\w*|"
    r"[Ff]ortbildung\w*|[Ww]eiterbildung\w*|Übungs\w+)"
)
_WORDS: Final = (
    "chul",
    "bildet",
    "bilden",
    "gebildet",
    "ualifizier",
    "oacht",
    "urse",
    "ehrgang",
    "eminar",
    "bildung",
    "Übungs",
)
_BY: Final = re.compile(r"\b(?:vo[nm]|durch|an)\s(?:der|dem|den|die|das)?\s?")
_TRAINERS: Final = ("training_provider", "academy", "university")
_PEOPLE: Final = re.compile(
    r"(?i:beschäftigte|mitarbeit|teilnehm|lotsen|beauftragte|ratsmitglieder|mitglieder|"
    r"studierende|auszubildende|führungskräfte|fachkräfte|ehrenamtliche|senior|bürger|"
    r"gerätewarte|sachbearbeiter|kräfte|leiter|verordnete|paten|lehrer|beamt|angestellte)"
    r"|innen\b"
)
_PEOPLE_NAMED: Final = re.compile(
    r"\b(?:[Dd]ie|[Dd]en|[Dd]er|[Ii]hre[nm]?|[Ss]eine[nm]?)[ \t]+(?:\w+[ \t]+)?"
    r"(?P<np>[A-ZÄÖÜ][a-zäöüß]+innen[ \t]+und[ \t]+[A-ZÄÖÜ][a-zäöüß]+|"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Mitglieder|Mitgliedern|Beschäftigten|Mitarbeitenden|Lotsen|"
    r"Auszubildenden|Studierenden|Ehrenamtlichen|Lehrkräfte|Führungskräfte))\b"
)
"""People trained, not counted: "Die Leiterinnen und Leiter … werden geschult", "bietet ihren
Mitgliedern Seminare an"."""
_TEACHES: Final = re.compile(r"(?i:institut|schule|akademie)")
"""Words of a name that tell a body that teaches (a kind the name finder may not give)."""

_NOT_TRAINER: Final = re.compile(r"(?:für|aus|mit)\s(?:die|den|das|der|dem)?\s?$")


def trainers(
    text: str,
    s: Sentence,
    ms: list[Mention],
    counts: list[Count],
    next_counts: list[Count],
    main: Mention | None,
    has_amount: bool,
    date: str | None,
) -> list[Fact]:
    """The ``trains`` facts of sentence ``s`` (``counts``: its counts; ``next_counts``: those
    of the sentence after it; ``has_amount``: a sum of money in it, so paying for courses)."""
    if has_amount or not holds(s.text, _WORDS):
        return []
    starts = name_starts(ms)
    for cue in _TRAINING.finditer(text, s.start, s.end):
        if any(m.start <= cue.start() < m.end for m in ms):
            continue  # a word of a name ("Verwaltungsschule")
        low, high = clause(text, s, cue.start(), cue.end(), starts)
        # a comma inside a body's name ("Hochschule für A, B und C") ends no clause
        low = min([m.start for m in ms if m.start < low < m.end], default=low)
        found = _trainers(text, ms, low, high, cue.end())
        if not found:
            continue
        trained = _trained(text, ms, counts + next_counts, low, high, main, found[0])
        if trained is None:
            return []
        whom, count = trained
        return [
            Fact(s.start, s.end, "trains", ref(t), whom, 0.6, count=count, date=date) for t in found
        ]
    return []


def _trainers(text: str, ms: list[Mention], low: int, high: int, after: int) -> list[Mention]:
    """The agent of a passive of training, else the training providers of the clause (each:
    "bieten die Verwaltungsschule X sowie die Akademie Y Kurse an"), else its first body."""
    by = _BY.search(text, after, high)
    if by is not None:
        agent = next((m for m in ms if m.start == by.end() and m.cls == "Organisation"), None)
        if agent is not None:
            return [agent]
    bodies = [
        m
        for m in ms
        if low <= m.start < high
        and m.cls == "Organisation"
        and _NOT_TRAINER.search(text, max(low, m.start - 9), m.start) is None
    ]
    providers = [m for m in bodies if m.kind in _TRAINERS or _TEACHES.search(m.label)]
    return providers[:3] or bodies[:1]


def _trained(
    text: str,
    ms: list[Mention],
    counts: list[Count],
    low: int,
    high: int,
    main: Mention | None,
    trainer: Mention,
) -> tuple[Ref, Count | None] | None:
    people = [c for c in counts if _PEOPLE.search(c.of) is not None]
    if people:
        return Ref(people[0].of, None, "Organisation"), people[0]
    named = _PEOPLE_NAMED.search(text, low, high)
    if named is not None:
        return Ref(named.group("np"), None, "Organisation"), None
    works = [m for m in ms if low <= m.start < high and m.cls in ("Initiative", "Event")]
    if works:
        return ref(works[0]), None
    if main is not None and main.label != trainer.label:
        return ref(main), None
    return None

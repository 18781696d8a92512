"""Who takes part in, wins or receives from an initiative (``participates_in``), read from a
sentence that lists bodies with a word of winning, being chosen, applying or joining.

"Die Stadt A, die Gemeinde B und der Kreis C sind die Gewinner des X", "Platz zwei ging an
die Stadt A", "Unter den ausgewählten Kommunen sind A, B und C", "Neben A beteiligen sich B
und C", "Beworben hatten sich 27 Kommunen" (what is counted, with the count): each body
listed takes part in what the sentence names, else in the initiative the article is about.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.findings import Count, Fact, Mention, Ref, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_WINS: Final = re.compile(
    r"(?=(?i:[gsptlba]|(?<=preis)))"  # (the first letters of its words, tested at once)
    r"(?i:gewinner\w*|gewonnen|gewinnt|sieger(?:in|innen|n)?\b|preisträger\w*|"
    r"(?<![a-zäöüß])platz\b|(?<![a-zäöüß])plätzen\b|"
    r"preis(?:e|geld)?\s(?:ging|gingen|geht|gehen)|"
    r"(?:ging(?:en)?\san|teilen\ssich)\b(?=.*(?:Preis|Platz|Rang))|(?<=Preis).*teilen\ssich|"
    r"landete\w*|belegte\w*|ausgezeichnet)"
)
_CHOSEN: Final = re.compile(
    r"(?=(?i:[apmdz]))"  # (the first letters of its words, tested at once)
    r"(?i:ausgewählt\w*|auswahl\b|pilotkommune\w*|modellkommune\w*|modellregion\w*|"
    r"den\sauftakt\smachen|den\sanfang\smachen|zuschlag)"
)
_JOINS: Final = re.compile(
    r"(?=(?i:[bsdmntk]))"  # (the first letters of its words, tested at once)
    r"(?i:beworben|\bbewerb(?:en|e|t)\b|\bbewarben\b|beteilig(?:t|en)\ssich|beteiligt\ssind|"
    r"sind\sdabei|dabei\ssind|mitnutzen|machen\smit|nahmen\steil|nehmen\steil|"
    r"\bteilnehmen\b|\bteilgenommen\b|delegationen|kamen\szu\w*)"
)
"""Verbs of applying, joining and taking part — not the nouns ("die Teilnehmenden", "57
Bewerbungen", "im Wettbewerb"), nor "angeschlossen" or "mitmachen", which over the 177
fixture articles marked no annotated participant (38 false ones)."""
_ATTENDS: Final = re.compile(
    r"(?=(?i:[bgkipnz]))"  # (the first letters of its words, tested at once)
    r"(?i:besuchten|besucht\b|gekommen\b|kamen\b|informierten\ssich|präsentierten\ssich|"
    r"nahmen\steil|zu\sende\sgegangen)"
)
"""Verbs of attending an event: what is counted in the sentence attends the event named
before ("Den Digitaltag besuchten rund 300 Gäste", "Mehr als 250 Planer nahmen teil")."""
_GETS: Final = re.compile(
    r"(?=(?i:[bme]))"  # (the first letters of its words, tested at once)
    r"(?i:bescheid|mittel\s(?:aus|daraus)|erhalten\s(?:jeweils|je)\b)"
)
_WORDS: Final = (
    "ewinn",
    "ewonnen",
    "ieger",
    "reisträger",
    "latz",
    "lätze",
    "reis",
    "ging",
    "teilen sich",
    "landete",
    "belegte",
    "usgezeichnet",
    "usgewählt",
    "uswahl",
    "ilotkommune",
    "odellkommune",
    "odellregion",
    "uftakt",
    "nfang",
    "uschlag",
    "eworben",
    "ewerb",
    "eteilig",
    "dabei",
    "mitnutzen",
    "mitmachen",
    "machen mit",
    "nahmen teil",
    "nehmen teil",
    "eilnehm",
    "teilen sich",
    "angeschlossen",
    "elegation",
    "kamen zu",
    "escheid",
    "Mittel aus",
    "Mittel daraus",
    "erhalten je",
    "esucht",
    "ekommen",
    "kamen",
    "informierten sich",
    "räsentierten sich",
    "u Ende gegangen",
)
_NOT_LISTED: Final = frozenset({"ministry", "federation", "state", "bank", "foundation", "party"})
_PRIZE: Final = re.compile(r"(?i:preis|wettbewerb|award|challenge)")
_BODIES: Final = re.compile(
    r"(?i:kommunen|gemeinden|städte|landkreise|kreise|teams|gäste|unternehmen|start-ups|"
    r"teilnehmende|ehrenamtliche|ämter|verwaltungen|bewerbungen|einrichtungen)"
)


def participants(
    text: str,
    s: Sentence,
    ms: list[Mention],
    counts: list[Count],
    main: Mention | None,
    has_amount: bool,
    date: str | None,
    index: Spans | None = None,
) -> list[Fact]:
    """The ``participates_in`` facts of sentence ``s`` (``main``: the article's initiative;
    ``has_amount``: a sum of money in it — then only winners and recipients are read;
    ``index``: the article's names, for the event people counted attend)."""
    if not counts and not any(m.cls == "Organisation" for m in ms):
        return []  # no body named nor counted: no one takes part
    if not holds(s.text, _WORDS):
        return []
    role = (
        "winner"
        if _WINS.search(text, s.start, s.end)
        else "recipient"
        if _GETS.search(text, s.start, s.end)
        else "participant"
        if _CHOSEN.search(text, s.start, s.end) or _JOINS.search(text, s.start, s.end)
        else None
    )
    attends = (
        role is None
        and counts
        and not has_amount
        and _ATTENDS.search(text, s.start, s.end) is not None
    )
    if attends:
        return _attending(s, ms, counts, main, index, date)
    if role is None or (has_amount and role == "participant"):
        return []
    works = [m for m in ms if m.cls in ("Initiative", "Event")]
    if role == "winner":  # what is won, not the work that wins it
        works = [m for m in works if m.kind == "competition" or _PRIZE.search(m.label)]
    named_prize = role == "winner" or _PRIZE_AGAIN.search(text, s.start, s.end) is not None
    prize = (
        index.last_before(s.start, _is_prize)
        if named_prize and not works and index is not None
        else None
    )
    target = works[0] if works else prize or main
    if target is None:
        return []
    bodies = [
        m
        for m in ms
        if m.cls == "Organisation" and m.kind not in _NOT_LISTED and m.label != target.label
    ]
    aim = ref(target)
    found = [
        Fact(
            s.start,
            s.end,
            "participates_in",
            ref(m),
            aim,
            0.5,
            role=role,
            date=date,
        )
        for m in bodies[:12]
    ]
    if not found:
        counted = [c for c in counts if _BODIES.search(c.of) is not None]
        if counted:
            c = counted[0]
            subject = Ref(c.of, None, "Organisation")
            found.append(
                Fact(
                    s.start,
                    s.end,
                    "participates_in",
                    subject,
                    aim,
                    0.5,
                    role=role,
                    count=c,
                    date=date,
                )
            )
    return found


_PRIZE_AGAIN: Final = re.compile(r"\b(?:[Dd]en|[Dd]em|[Dd]er|[Dd]es)\s(?:Preis|Wettbewerb)\w*\b")
"""A prize named again by its head noun ("Um den Preis hatten sich 33 Kommunen beworben")."""


def _is_prize(m: Mention) -> bool:
    return m.cls in ("Initiative", "Event") and (
        m.kind == "competition" or _PRIZE.search(m.label) is not None
    )


def _attending(
    s: Sentence,
    ms: list[Mention],
    counts: list[Count],
    main: Mention | None,
    index: Spans | None,
    date: str | None,
) -> list[Fact]:
    """What is counted attends the event of the sentence, else the one named last before."""
    events = [m for m in ms if m.cls == "Event"]
    before = None if index is None else index.last_before(s.start, lambda m: m.cls == "Event")
    target = events[0] if events else before or main
    if target is None:
        return []
    c = counts[0]
    return [
        Fact(
            s.start,
            s.end,
            "participates_in",
            Ref(c.of, None, "Organisation"),
            ref(target),
            0.5,
            role="participant",
            count=c,
            date=date,
        )
    ]

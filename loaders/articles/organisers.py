"""Who hosts an event or runs an initiative (``organises``), read from the clause of a verb
of hosting and from a programme named with its owner.

A clause with a verb of hosting ("richtet … aus", "veranstaltet", "ausgelobt", "getragen",
"lädt … ein", "gestartet", "Gastgeber ist") names its hosts: every body of the clause, those
after "gemeinsam mit" too. What they host is the event or initiative the clause names, else
the one a relative clause belongs to ("beim Forum X, das der Verband ausrichtet"), else the
one named before that the clause refers to by a pronoun or a head noun ("Ausgerichtet wird
der Wettbewerb vom X"). A programme named with its owner ("das Programm X der
Senatskanzlei", "aus seinem Programm X") is run by that owner.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.clauses import clause, name_starts, named_again
from loaders.articles.findings import Fact, Mention, Ref, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_HOSTING: Final = re.compile(
    r"(?=(?i:[abefgiklorsv]))"  # (the first letters of all its words: tested at once)
    r"(?:(?P<noun>(?:Gastgeber|Ausrichter|Veranstalter|Organisator)\w*"
    r"(?=\s(?:ist|sind|war|waren|wird|werden)\b))"
    r"|(?!Gastgeber|Ausrichter|Veranstalter|Organisator)"
    r"(?i:ausricht\w*|ausgerichtet|auszurichten|richte[nt]?e?\b(?=[^.;]*\baus\b)|"
    r"veranstalte[nt]?\w*|organisier\w*|ausgelobt|lob(?:t|te|ten)\b(?=[^.;]*\baus\b)|"
    r"getragen|einlädt|eingeladen|lädt\b(?=[^.;]*\bein\b)|luden?\b(?=[^.;]*\bein\b)|"
    r"gestartet|aufgelegt|initiiert\w*|ins Leben gerufen|koordinier\w*)"
    r"|(?P<joint>(?i:freigeschaltet|schalte[nt]?\b(?=[^.;]*\bfrei\b)|in\sBetrieb|"
    r"aufgebaut|aufbauen|bau(?:t|en)\b(?=[^.;]*\bauf\b)|eingeführt|einführen|"
    r"führ(?:t|en)\b(?=[^.;]*\bein\b)|vereinbart|entwickel\w*|betreib\w*|eröffne\w*)))"
)
"""Verbs and nouns of hosting an event or running an initiative."""

_WORDS: Final = (
    "richt",
    "eranstalt",
    "rganisat",
    "rganisier",
    "gelobt",
    "lob",
    "etragen",
    "lädt",
    "laden",
    "lud",
    "estartet",
    "ufgelegt",
    "nitiiert",
    "Leben gerufen",
    "oordinier",
    "Gastgeber",
    "emeinsam",
)

_RELATIVE: Final = re.compile(
    r"\s*(?:(?:zu|an|bei|auf|mit|in|von)\s)?(?:den|die|das|der|dem|denen|dessen|deren)\s"
)
"""The opening of a relative clause: "…, den der Verband ausrichtet"."""

_BACK: Final = re.compile(
    r"\b(?:er|sie|es|ihn|de[nrms]|die|das)\s(?P<head>[A-ZÄÖÜ][\w-]+)|\b(?:er|sie|es|ihn)\b"
)
"""A pronoun or a head noun after an article: what the clause refers back to."""

_COMPETITIONS: Final = ("Wettbewerb", "Preis", "Award", "Auszeichnung", "Challenge")
_EVENTS: Final = (
    "Konferenz",
    "Kongress",
    "Tagung",
    "Forum",
    "Barcamp",
    "Veranstaltung",
    "Hackathon",
    "Messe",
    "Gipfel",
    "Workshop",
    "Tag",
    "Sommerschule",
    "Fachtag",
    "Treffen",
)

_WORK_HEADS: Final = (
    "Angebot",
    "Vorhaben",
    "Portal",
    "Plattform",
    "Akademie",
    "Projekt",
    "Pilotprojekt",
    "Modellprojekt",
    "Netzwerk",
)
"""Head nouns of a work run for others ("Getragen wird das Angebot von X", "Koordiniert wird
das Netzwerk vom Y")."""
_EVENT_VERB: Final = re.compile(r"(?i:ausgerichtet|eingeladen|veranstaltet|organisiert)$")
"""Participles of hosting an event that open a sentence with its hosts after them."""

_JOINT: Final = re.compile(r"\b(?:gemeinsam\w*|zusammen\smit)\b")
"""Building or running done jointly ("bauen gemeinsam … auf", "ihr gemeinsames Projekt")."""

_PRIZE: Final = re.compile(r"(?i:preis|wettbewerb|award|challenge|auszeichnung)")
_MAKERS: Final = frozenset({"company", "startup"})
"""Kinds of bodies that build what others run: no hosts of it."""

_GEMEINSAM: Final = re.compile(r"\b(?:gemeinsam|zusammen)\smit\b")
_NOT_HOST: Final = re.compile(r"(?:für|an|über|gegen)\s(?:die|den|das|der|dem)\s$")
"""Words before a body that make it no host ("für die Stadt X")."""


def organisers(
    text: str, s: Sentence, ms: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """The ``organises`` facts of sentence ``s`` read from its clauses of hosting."""
    if not holds(s.text, _WORDS):
        return []
    found: list[Fact] = []
    starts = name_starts(ms)
    for cue in _HOSTING.finditer(text, s.start, s.end):
        low, high = clause(text, s, cue.start(), cue.end(), starts)
        if cue.group("joint") and _JOINT.search(text, low, high) is None:
            continue  # building or running something is hosting it only when done jointly
        if _GEMEINSAM.search(text, low, high) is not None:
            # "X gemeinsam mit dem Y (Y), dem …": the clause runs on past a short form's comma
            high = clause(text, s, high + 1, high + 1, starts)[1] if high < s.end else high
        hosts = [
            m
            for m in ms
            if low <= m.start < high
            and m.cls == "Organisation"
            and _NOT_HOST.search(text, max(low, m.start - 12), m.start) is None
            and not (cue.group("joint") and m.kind in _MAKERS)  # who builds it for them
        ] or named_again(text, index, low, high)
        if not hosts:
            continue
        what = _hosted(text, ms, index, low, high, initiative=bool(cue.group("joint")))
        opens = cue.start() == s.start and _EVENT_VERB.match(cue.group()) is not None
        if what is None and (cue.group("noun") or opens):
            # "Ausrichter waren A und B", "Eingeladen hatten A und B": the event named before
            what = index.last_before(low, lambda m: m.cls == "Event") or index.last_before(
                low, lambda m: m.cls == "Initiative"
            )
        if what is None:
            continue
        found += [
            Fact(s.start, s.end, "organises", ref(h), ref(what), 0.6, date=date)
            for h in hosts[:4]
            if h.label != what.label
        ]
    return found


def _hosted(
    text: str, ms: list[Mention], index: Spans, low: int, high: int, *, initiative: bool
) -> Mention | None:
    """What the clause's hosts host: see the module's description (``initiative``: an
    initiative of the clause before an event of it)."""
    works = [m for m in ms if m.cls in ("Event", "Initiative")]
    own = [m for m in works if low <= m.start < high]
    if initiative:
        own = [m for m in own if m.cls == "Initiative"] + [m for m in own if m.cls == "Event"]
    if own:
        return own[0]
    if _RELATIVE.match(text, low) is not None:
        before = [m for m in works if m.end <= low]
        if before:
            return before[-1]
    back = _BACK.search(text, low, high)
    if back is None:
        return None
    head = back.group("head")
    if head is not None and not head.endswith(
        _COMPETITIONS + _EVENTS + ("ramm", "rojekt") + _WORK_HEADS
    ):
        return None

    def wanted(m: Mention) -> bool:
        if m.cls not in ("Event", "Initiative"):
            return False
        if head is None or head in m.label:
            return True
        if head.endswith(_WORK_HEADS):
            return m.cls == "Initiative" and m.kind != "programme"
        if head.endswith(_COMPETITIONS):
            return m.kind == "competition" or _PRIZE.search(m.label) is not None
        if head.endswith(_EVENTS):
            return m.cls == "Event"
        return m.kind in ("programme", "project")

    return index.last_before(low, wanted) or index.last_before(
        low, lambda m: m.cls in ("Event", "Initiative")
    )


_OF_OWNER: Final = re.compile(r"[“”\"»«]?\s(?:des|der)\s")
"""Between a programme's name and its owner's: "das Programm X der Senatskanzlei"."""

_FROM_PROGRAMME: Final = re.compile(
    r"\b(?:[Aa]us|in|mit|über|im\sRahmen)\s(?:de[mrs]|seine[mrs]?|ihre[mrs]?|sein|ihr|das)\s"
    r"(?:neuen?\s)?[\w-]*(?:[Pp]rogramm|[Rr]ichtlinie|[Ff]onds|[Mm]odellvorhaben|[Ii]nitiative)"
    r"s?\s[„\"»]?"
)
"""Money or a place given out of a programme ("aus dem Landesprogramm X", "in sein
Förderprogramm X")."""

_RUN: Final = frozenset(
    {
        "programme",
        "funding_call",
        "competition",
        "strategy",
        "qualification_programme",
        "lighthouse_project",
        "project",
    }
)
"""Kinds of initiatives a body runs (not a product a company sells)."""

_OWNERS: Final = frozenset(
    {"ministry", "public_body", "federation", "state", "foundation", "bank", "agency"}
)
"""Kinds of bodies that run programmes of funding."""


def programmes(
    text: str, s: Sentence, ms: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """Programmes named with the body that runs them: "das Programm X der Senatskanzlei",
    "Das Ministerium Y gibt Z Euro aus dem Programm X", "aus seinem Programm X"."""
    found: list[Fact] = []
    works = [m for m in ms if m.cls == "Initiative"]
    if not works:
        return found
    for p in works:
        owner = _OF_OWNER.match(text, p.end) if p.kind in _RUN else None
        if owner is not None:
            o = next(
                (
                    m
                    for m in ms
                    if m.start == owner.end() and m.cls == "Organisation" and m.kind not in _MAKERS
                ),
                None,
            )
            if o is not None:
                found.append(Fact(s.start, s.end, "organises", ref(o), ref(p), 0.6, date=date))
                continue
        cue = _FROM_PROGRAMME.search(text, max(s.start, p.start - 60), p.start)
        if cue is None or cue.end() != p.start:
            continue
        owners = [m for m in ms if m.cls == "Organisation" and m.kind in _OWNERS]
        if not owners and re.match(r"\w+\s(?:sein|ihr)", cue.group()):
            before = index.last_before(
                s.start, lambda m: m.cls == "Organisation" and m.kind in _OWNERS
            )
            owners = [] if before is None else [before]
        if not owners and _OWNER_CLAUSE.match(text, p.end) is not None:
            # "aus dem Programm X, das das Ministerium seit 2025 auflegt"
            owners = named_again(text, index, p.end, s.end)
        if owners:
            found.append(Fact(s.start, s.end, "organises", ref(owners[0]), ref(p), 0.55, date=date))
    return found


_OWNER_CLAUSE: Final = re.compile(r"[“”\"»«]?,\s(?:das|den|die|mit\sdem|mit\sder)\s")
"""A relative clause after a programme that names its owner again by its head noun."""

_FOR_OWN: Final = re.compile(
    r"\bfür\s(?:sein|ihr)(?:e|en|em)?\s(?:(?:gemeinsame[ns]?|neue[ns]?|ehrenamtliche[ns]?)\s)?"
    r"(?:[A-ZÄÖÜ][\w-]*\s)?[„\"»]?"
)
"""A work named as a body's own ("erhielt der Landkreis X für seine App „Y“")."""
_WITH_WORK: Final = re.compile(
    r"Mit\s(?:dem|der|ihrem|seinem|ihrer|seiner)\s(?:[A-ZÄÖÜ][\w-]*\s)?[„\"»]?"
)
_WILL: Final = re.compile(r"[“”\"«]?\s(?:will|wollen|möchte|möchten)\s(?:der|die|das)?\s?")
"""Opening a sentence with a work before its body's will: "Mit dem Projekt „Y“ will der
Landkreis X …"."""
_ADOPTS: Final = re.compile(r"\b(?:beschlossen|beschließt|beschließen|verabschiedet)\b")
"""A council adopting its body's strategy ("Der Kreistag hat die Digitalstrategie „Y“
beschlossen")."""
_COUNCIL: Final = re.compile(
    r"(?P<head>Verbandsgemeinde|Samtgemeinde|Gemeinde|Stadt)rat\s(?P<name>.+)"
)
"""A council named with its body's name: "Verbandsgemeinderat X" is the council of
"Verbandsgemeinde X"."""
_LOCAL: Final = frozenset({"county", "city", "municipality", "district"})
_FUNDERS: Final = frozenset({"ministry", "state", "bank", "foundation", "federation"})
"""Kinds of bodies that give to another's work, not own it."""


def _adopted(text: str, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A strategy a council adopts is run by the council's body: the town, county or district
    of the clause before the verb, else the body a council's name tells."""
    cue = _ADOPTS.search(text, s.start, s.end)
    plans = [m for m in ms if m.cls == "Initiative" and m.kind == "strategy"]
    if cue is None or not plans:
        return []
    before = [m for m in ms if m.cls == "Organisation" and m.end <= cue.start()]
    body: Mention | Ref | None = next((m for m in before if m.kind in _LOCAL), None)
    if body is None:
        council = next((c for m in before if (c := _COUNCIL.match(m.label))), None)
        if council is not None:
            body = Ref(f"{council.group('head')} {council.group('name')}", None, "Organisation")
    if body is None:
        return []
    owner = body if isinstance(body, Ref) else ref(body)
    return [Fact(s.start, s.end, "organises", owner, ref(plans[0]), 0.55, date=date)]


def own_works(
    text: str, s: Sentence, ms: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """A body runs the work named as its own: "erhielt die Stadt X für ihr Portal „Y“",
    "A und B bekommen je … für ihr gemeinsames „Y“", "Mit dem Projekt „Y“ will der Kreis X …"."""
    found: list[Fact] = []
    starts = name_starts(ms)
    if holds(s.text, ("für sein", "für ihr")):
        for cue in _FOR_OWN.finditer(text, s.start, s.end):
            work = next((m for m in ms if m.start == cue.end() and m.cls == "Initiative"), None)
            if work is None:
                continue
            low = clause(text, s, cue.start(), cue.end(), starts)[0]
            bodies = [
                m
                for m in ms
                if low <= m.start
                and m.end <= cue.start()
                and m.cls == "Organisation"
                and m.kind not in _FUNDERS | _MAKERS
            ] or named_again(text, index, low, cue.start())
            owners = bodies[-4:] if "gemeinsam" in cue.group() else bodies[-1:]
            found += [
                Fact(s.start, s.end, "organises", ref(o), ref(work), 0.55, date=date)
                for o in owners
                if o.label != work.label
            ]
    if holds(s.text, ("beschl", "verabschied")):
        found += _adopted(text, s, ms, date)
    opening = _WITH_WORK.match(text, s.start)
    if opening is not None:
        work = next((m for m in ms if m.start == opening.end() and m.cls == "Initiative"), None)
        will = None if work is None else _WILL.match(text, work.end)
        body = None if will is None else next((m for m in ms if m.start == will.end()), None)
        if work is not None and body is not None and body.cls == "Organisation":
            found.append(Fact(s.start, s.end, "organises", ref(body), ref(work), 0.55, date=date))
    return found

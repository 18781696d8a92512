"""Who supports, accompanies or advises what (``supports``), without money.

Active: "X unterstützt/begleitet/berät/begrüßt Y" — the body before the verb supports what
follows it: a name, or a head noun that refers back ("das Vorhaben", "die Strategie"), else
the initiative the article is about. Passive: "Begleitet wird das Vorhaben von der X",
"…, unterstützt vom X" — the body after "von"/"vom"/"durch" supports what the clause (or
the sentence before it) is about.
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.clauses import clause, name_starts, named_again
from loaders.articles.findings import Fact, Mention, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_SUPPORT: Final = re.compile(
    r"\b(?P<verb>[Uu]nterstütz\w*|[Bb]egleit(?:et|en|ete|eten)\b|[Bb]erät\b|"
    r"[Bb]eraten\b(?=\s(?:werden|wird|wurde|wurden|vo[nm]|die|den|das|der)\b)|"
    r"[Bb]egrüß\w*|[Ee]mpf(?:iehlt|ahl|ohlen)\b|[Ll]ob(?:t|te|ten)\b(?!,)|"
    r"[Ww]ertet\b(?=[^.;]{0,80}\baus\b)|[Aa]usgewertet\b|"
    r"(?<=[Tt]echnisch\s)(?:umgesetzt|betreut)\b)"
)
_WORDS: Final = ("nterstütz", "egleit", "erät", "erat", "egrüß", "mpf", "lob", "ertet", "echnisch")
_PASSIVE: Final = re.compile(r"\b(?:vo[nm]|durch)\s(?:der|dem|den|die|das)?\s?")
_BACK: Final = re.compile(
    r"(?:das|die|den|der|dieses|diese|diesen)\s(?P<head>Vorhaben|Projekt|Pilot\w*|Strategie|"
    r"Gesetz|Programm|Portal|Plattform|App|Angebot|Initiative|Test|Versuch|Vorstoß|Förderung|"
    r"Start-up|Unternehmen|Kommunen|Gemeinden|Gründung|Beitritt|Verbund|Zusammenschluss|"
    r"Kooperation|Kongress|Tagung|Forum|Wettbewerb|Preis|Format)\b"
)
_FORMED_HEADS: Final = ("Gründung", "Beitritt", "Verbund", "Zusammenschluss", "Kooperation")
"""Heads that refer back to a body formed or joined ("begrüßte die Gründung")."""
_FORMED: Final = re.compile(r"(?:[Vv]erbund|Kooperation|Netzwerk|[Zz]weckverband)\b")
_EVENT_HEADS: Final = ("Kongress", "Tagung", "Forum", "Wettbewerb", "Preis", "Format")
_BODIES: Final = ("Start-up", "Unternehmen", "Kommunen", "Gemeinden")
_AUXILIARY: Final = re.compile(r"\b(?:hat|haben|hatte|hatten|wird|werden|will|wollen|soll)\s")
"""An auxiliary between a body and its verb: what it supports lies between them ("Der
Verband hat die Gründung begleitet")."""
_INVERTED: Final = re.compile(r"\s(?:hat|haben|hatte|hatten)\s")
"""A participle opening the sentence before its auxiliary: the doer follows."""
_MONEY: Final = re.compile(r"(?i:euro|€|förder(?!ung\b)|finanz|zuschuss|mittel\b)")


def supporters(
    text: str,
    s: Sentence,
    ms: list[Mention],
    index: Spans,
    main: Mention | None,
    has_amount: bool,
    date: str | None,
) -> list[Fact]:
    """The ``supports`` facts of sentence ``s`` (``main``: the article's initiative)."""
    if has_amount or not holds(s.text, _WORDS):
        return []
    starts = name_starts(ms)
    for cue in _SUPPORT.finditer(text, s.start, s.end):
        if any(m.start <= cue.start() < m.end for m in ms):
            continue  # a word of a name
        low, high = clause(text, s, cue.start(), cue.end(), starts)
        if _MONEY.search(text, low, high) is not None:
            continue  # support with money is funding
        by = _PASSIVE.search(text, cue.end(), high)
        agent = None if by is None else next((m for m in ms if m.start == by.end()), None)
        if agent is not None and agent.cls == "Organisation":
            supported = _supported(text, ms, index, main, low, cue.start(), s.start)
            bodies = [agent]
        elif cue.start() == s.start and _INVERTED.match(text, cue.end()) is not None:
            # "Ausgewertet hat die Antworten die Hochschule X": the last body of the clause
            bodies = [m for m in ms if cue.end() <= m.start < high and m.cls == "Organisation"]
            supported = _supported(text, ms, index, main, cue.end(), cue.end(), s.start)
        else:
            bodies = [
                m for m in ms if low <= m.start < cue.start() and m.cls == "Organisation"
            ] or named_again(text, index, low, cue.start())
            aux = _AUXILIARY.search(text, bodies[-1].end if bodies else low, cue.start())
            if aux is not None:  # "X hat die Gründung begleitet": what lies before the verb
                supported = _supported(text, ms, index, main, aux.end(), cue.start(), s.start)
            else:
                supported = _supported(text, ms, index, main, cue.end(), high, s.start)
        if supported is None:
            continue
        found = [
            Fact(s.start, s.end, "supports", ref(body), ref(supported), 0.6, date=date)
            for body in bodies[-1:]
            if body.label != supported.label
        ]
        if found:
            return found
    return []


def _supported(
    text: str,
    ms: list[Mention],
    index: Spans,
    main: Mention | None,
    low: int,
    high: int,
    sentence: int,
) -> Mention | None:
    """What the words ``low:high`` name as supported: a name, a head noun that refers back,
    else the article's initiative."""
    named = [m for m in ms if low <= m.start < high and m.cls in ("Initiative", "Event", "Law")]
    if named:
        return named[0]
    back = _BACK.search(text, low, high)
    if back is not None and back.group("head") in _BODIES:
        if back.group("head") in ("Start-up", "Unternehmen"):
            return index.last_before(low, lambda m: m.kind in ("company", "startup"))
        return None  # "berät die Kommunen": no one named
    bodies = [m for m in ms if low <= m.start < high and m.cls == "Organisation"]
    if back is None and bodies:
        return bodies[0]
    earlier = [m for m in ms if sentence <= m.start < low and m.cls in ("Initiative", "Event")]
    if earlier:
        return earlier[-1]
    if back is not None and back.group("head") == "Gesetz":
        return index.last_before(low, lambda m: m.cls == "Law") or main
    if back is not None and back.group("head") in _FORMED_HEADS:
        return index.last_before(low, _formed) or main
    if back is not None and back.group("head") in _EVENT_HEADS:
        return index.last_before(low, _event) or main
    if back is not None and back.group("head") == "Programm":
        return index.last_before(low, lambda m: m.kind == "programme") or main
    if main is not None and main.kind == "programme":
        return index.last_before(low, _work) or main
    return main


def _formed(m: Mention) -> bool:
    return m.cls == "Organisation" and (
        m.kind in ("special_purpose_association", "network") or _FORMED.search(m.label) is not None
    )


def _event(m: Mention) -> bool:
    return m.cls == "Event" or m.kind == "competition"


def _work(m: Mention) -> bool:
    return m.cls == "Initiative" and m.kind not in ("programme", "competition", "strategy")

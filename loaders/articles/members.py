"""Who belongs to which body (``member_of``).

- A relative clause after a body's name tells its members: "der Zweckverband X, dem der Kreis
  und alle fünf Ämter angehören", "der Landkreistag, in dem alle zehn Landkreise
  zusammengeschlossen sind", "die X GmbH, an der mehr als 400 Kommunen beteiligt sind" —
  each body named there, else what is counted ("400 Kommunen", with the count), else the
  plural noun ("Kommunen").
- "X vertritt (rund) 418 Kommunen": what is counted, with the count.
- "X ist Mitglied im Y", "X ist dem Y beigetreten": X (a name, a body named again by its
  head noun, or the body a pronoun stands for) belongs to Y.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from loaders.articles.clauses import both, named_again
from loaders.articles.findings import Count, Fact, Mention, Ref, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_WORDS_OF: Final = r"(?:[^,;.:]|\.(?=\d)|(?<=\b[A-Z][a-z])\.(?=\s[A-ZÄÖÜ]))"
"""A clause's characters: no mark of a clause, but the dots of a number ("1.200") or of a short
title before a name ("St. Ingbert")."""

_MEMBERS_CLAUSE: Final = re.compile(
    r"(?:\s\([^()\n]{1,30}\))?(?:\s(?:in|aus)\s[A-ZÄÖÜ][\w-]+(?:\s\([^()\n]{1,20}\))?)?"
    r"(?:\smit\sSitz\sin\s[A-ZÄÖÜ][\w-]+)?"
    r"(?:,\s(?:eine[mrs]?|de[mr])\s[^,;.:()]{1,60}?(?=,))?,\s"
    r"(?:(?:de[mr]|in\sde[mr]|an\sde[mr]|denen)\s(?P<members>" + _WORDS_OF + r"{1,160}?)"
    r"\s(?:(?:als|alle\sals)\s(?:Mitglied(?:er)?|Gesellschafter)\s)?"
    r"(?:angehör(?:en|t)|zusammengeschlossen\s(?:sind|haben|ist)|organisiert\s(?:sind|ist)|"
    r"beteiligt\s(?:sind|ist)|vertreten\s(?:sind|ist)|Mitglied(?:er)?\s(?:sind|ist))\b"
    r"|(?:dessen|deren)\s(?:Mitglieder|Mitglied|Träger|Gesellschafter)\s"
    r"(?P<owners>" + _WORDS_OF + r"{1,160}?)\s(?:sind|ist)\b)"
)
"""A relative clause of members after a body's name (its short name, seat or an apposition
between): "X (XY) in Z, einem Verein mit Sitz in Z, dem A und B angehören", "X, deren
Gesellschafter A und B sind", "X mit Sitz in Z, in dem A und B Mitglied sind"."""
_REPRESENTS: Final = re.compile(r"\b(?:vertr(?:itt|eten)|(?:zählt|betreut)(?=[^.;]*Mitglied))\b")
_MEMBERSHIP: Final = re.compile(
    r"\b(?:ist|sind|wurde|wird|war|waren|werden)\s(?:[\w-]+\s){0,5}?"
    r"Mitglied(?:er)?\s(?:im|in\sde[mr]|de[sr]|beim|bei(?:\sde[mr])?)\s"
)
_JOINING: Final = re.compile(
    r"\b(?:ist|sind|wurde|wird|war|waren|ha(?:t|ben)\ssich)\s(?:[\w-]+\s){0,5}?de[mr]\s"
)
"""Before the body joined: "ist dem Y beigetreten", "haben sich dem Y angeschlossen"."""
_KIND_BEFORE: Final = re.compile(
    r"(?:[a-zäöü][\w-]*\s)?(?:[\w-]*(?:[Vv]erband|[Vv]erein|[Nn]etzwerk|[Bb]ündnis)\s)?[„\"»]?"
)
"""Before the body one belongs to: an adjective and its kind ("im landesweiten Netzwerk „Y“")."""

_AGAIN: Final = re.compile(
    r"(?:[Dd]as|[Dd]er|[Dd]ie)\s(?P<head>Unternehmen|Start-up|Verein|Hochschule|Verband)\s"
)
_AGAIN_KINDS: Final = {
    "Unternehmen": ("company", "startup"),
    "Start-up": ("company", "startup"),
    "Verein": ("association",),
    "Hochschule": ("university",),
    "Verband": ("municipal_association", "association", "federation"),
}
"""A member named again by a noun of its kind ("Das Unternehmen ist Mitglied im Y")."""

_OPENING_AGAIN: Final = re.compile(
    r"(?:[Dd]er|[Dd]ie|[Dd]as)\s(?:Verband|Zweckverband|Verbund|Verein|Bündnis|Netzwerk)(?=,\s)"
)
"""A body named again by its head noun before its clause of members ("Der Verband, dem …")."""
_BELONGS: Final = re.compile(r"\bgehör(?:t|en|te|ten)\s(?:de[mr]|seit\s\w+\sde[mr])\s")
""""X gehört dem Y an"."""

_ENTERS: Final = re.compile(r"\btr(?:itt|eten|at|aten)\b[^.;]{0,80}\bbei\b|Beitritt")
"""Joining a body: "tritt … bei", "Beitritt"."""

_JOINED: Final = re.compile(
    r"\bbeigetreten\b|\bangeschlossen\b|\btr(?:itt|aten)\b[^.;]{0,80}\bbei\b"
)
_PLURAL: Final = re.compile(
    r"(?P<noun>Kommunen|Gemeinden|Städte|Landkreise|Kreise|Ämter|Samtgemeinden|"
    r"Verbandsgemeinden|Mitgliedsgemeinden|Städte\sund\sGemeinden|Kommunen\sund\sLandkreise)$"
)
_ALL: Final = re.compile(r"(?:alle|die|allen|den)\s$")
"""Before a counted plural that stands for bodies named before: "alle drei Städte"."""

_KINDS: Final = {
    "Städte": ("city",),
    "Gemeinden": ("municipality",),
    "Kommunen": ("city", "municipality"),
    "Landkreise": ("county",),
    "Kreise": ("county",),
}
_HEADS: Final = {
    "Ämter": "Amt ",
    "Samtgemeinden": "Samtgemeinde ",
    "Verbandsgemeinden": "Verbandsgemeinde ",
}
_FROM: Final = re.compile(r"\baus\s")

_LOCAL: Final = ("city", "municipality", "county", "district")
_TOGETHER: Final = {
    "Partner": _LOCAL,
    "Partnern": _LOCAL,
    "Beteiligten": _LOCAL,
    "Verwaltungen": _LOCAL,
    "Partnerkommunen": ("city", "municipality"),
    "Städte und Gemeinden": ("city", "municipality"),
    "Gemeinden und Städte": ("city", "municipality"),
}
"""Plurals that stand for the local bodies an article names as the partners of its project
("alle fünf Partner", "alle beteiligten Verwaltungen"), besides those of one kind
(``_KINDS``)."""
_ALL_OF_THEM: Final = re.compile(
    r"\b(?:alle\s(?:(?:beteiligten|teilnehmenden|genannten)\s)?|die\s(?:beteiligten|teilnehmenden)\s)"
    r"(?P<noun>Partner|Beteiligten|Verwaltungen|Partnerkommunen|Kommunen|Städte\sund\sGemeinden|"
    r"Gemeinden\sund\sStädte|Städte|Gemeinden|Landkreise|Kreise|Ämter)$"
)
"""Uncounted, such a plural stands for the bodies named before only with "alle" or a word
of taking part ("der Kreis und alle beteiligten Kommunen"), not with an adjective of their
state ("alle sächsischen Gemeinden")."""
_ALL_OF_A_KIND: Final = re.compile(
    r"[Aa]lle\s(?P<np>(?:[a-zäöü][\w-]*\s)?(?:Städte\sund\sGemeinden|Kommunen|Städte|"
    r"Gemeinden|Landkreise|Kreise|Ämter|Landkreise\sund\skreisfreien\sStädte))\s$"
)
"""A plural opening a sentence of membership: "Alle sächsischen Kommunen sind Mitglied im Y"."""

_FOUNDED: Final = re.compile(
    r"\b(?:(?:\w*[Vv]ereinbarung|[Ss]atzung|[Gg]ründung(?:svertrag)?)\s(?:über\s)?(?:de[snmr]|die)\s"
    r"(?:gemeinsamen\s)?|[Vv]ertrag\süber\s(?:de[nm]|die|eine[nm]?)\sgemeinsame[nm]?\s)"
    r"(?:Zweckverband\w*\s|Verbund\w*\s|Verband\w*\s)?[„\"»]?"
)
"""A body the parties found together: "eine Vereinbarung über die „X“", "die Satzung des
Zweckverbands „X“", "den Vertrag über eine gemeinsame „X“"."""

_FOUNDING: Final = re.compile(
    r"\b(?:haben|hatten|gründe(?:n|te|ten)|damit)\s(?:[\w.-]+\s){0,5}?(?:den|die|das|einen|eine|ein)\s"
    r"(?:gemeinsamen\s|neuen\s)?(?:Zweckverband\w*\s|Verbund\w*\s|Verband\w*\s|Verein\s)?[„\"»]?"
)
"""The parties before "haben (am Montag) den Zweckverband „X“ gegründet", "gründen den Y", "…
haben eine Vereinbarung unterzeichnet und damit den „Z“ gegründet"."""

_PRONOUN: Final = re.compile(r"(?:Es|Sie|Er)\s")
_THEY: Final = re.compile(r"sie\b")
_WORDS: Final = (
    "eitritt",
    "ereinbarung",
    "atzung",
    "ründung",
    "gehör",
    "zählt",
    "betreut",
    "ngehör",
    "usammengeschlossen",
    "rganisiert",
    "eteiligt",
    "ertr",
    "Mitglied",
    "Träger",
    "esellschafter",
    "beigetreten",
    "ngeschlossen",
    "ründe",
    " bei",
    "ertrag",
)


def members(
    text: str,
    s: Sentence,
    ms: list[Mention],
    counts: list[Count],
    index: Spans,
    date: str | None,
) -> list[Fact]:
    """The ``member_of`` facts of sentence ``s`` (``counts``: the counts in it)."""
    if not holds(s.text, _WORDS):
        return []
    bodies = [m for m in ms if m.cls == "Organisation"]
    found: list[Fact] = []
    for body in bodies:
        clause = _MEMBERS_CLAUSE.match(text, body.end, s.end)
        if clause is not None:
            found += _listed(text, s, ms, counts, body, clause, index, date)
    opening = _OPENING_AGAIN.match(text, s.start)
    if not found and opening is not None:  # "Der Verband, dem alle 218 Gemeinden angehören"
        clause = _MEMBERS_CLAUSE.match(text, opening.end(), s.end)
        again = named_again(text, index, s.start, opening.end()) if clause else []
        if clause is not None and again:
            found += _listed(text, s, ms, counts, again[0], clause, index, date)
    if not found:
        found += _founders(_FOUNDED, text, s, ms, bodies, date)
    if not found and "ründe" in s.text:
        found += _founders(_FOUNDING, text, s, ms, bodies, date)
    if not found:
        found += _represents(text, s, bodies, counts, index, date)
    if not found:
        found += _membership(text, s, bodies, counts, index, date)
    if not found and len(bodies) > 1 and _ENTERS.search(text, s.start, s.end) is not None:
        # "tritt die Stadt X der Y bei", "X: Y-Beitritt beschlossen": the first body joins the
        # second
        found.append(_fact(s, ref(bodies[0]), bodies[1], 0.5, date))
    return found


def _fact(
    s: Sentence,
    member: Ref,
    body: Mention,
    conf: float,
    date: str | None,
    count: Count | None = None,
) -> Fact:
    return Fact(s.start, s.end, "member_of", member, ref(body), conf, count=count, date=date)


def _named_before(text: str, c: Count, index: Spans, start: int) -> list[Mention]:
    """The bodies "alle drei Städte" or "alle fünf Partner" stand for: the last three towns,
    the last five local bodies named before."""
    if c.value > 12 or _ALL.search(text, max(0, c.start - 6), c.start) is None:
        return []
    return _bodies_before(c.of, index, start, c.value)


def _bodies_before(noun: str, index: Spans, start: int, count: int | None) -> list[Mention]:
    """The last ``count`` bodies of the kind ``noun`` stands for named before ``start`` (all
    of them, two to fifteen, without a count); none when there are not so many."""
    kinds = _TOGETHER.get(noun) or _KINDS.get(noun.split()[-1], ())
    head = _HEADS.get(noun.split()[-1])
    if not kinds and head is None:
        return []
    found: dict[str, Mention] = {}
    for m in reversed(index.items[: bisect_left(index.starts, start)]):
        if m.cls == "Organisation" and (m.kind in kinds or (head and m.label.startswith(head))):
            found.setdefault(m.label, m)
            if len(found) == count:
                return list(found.values())
    if count is None and 2 <= len(found) <= 15:
        return list(found.values())
    return []


def _listed(
    text: str,
    s: Sentence,
    ms: list[Mention],
    counts: list[Count],
    body: Mention,
    clause: re.Match[str],
    index: Spans,
    date: str | None,
) -> list[Fact]:
    group = "members" if clause.group("members") is not None else "owners"
    low, high = clause.start(group), clause.end(group)
    origin = _FROM.search(text, low, high)  # "37 Ämter aus den Kreisen A und B"
    if origin is not None:
        high = origin.start()
    named = [m for m in ms if low <= m.start < high and m.cls == "Organisation"]
    counted = [c for c in counts if low <= c.start < high]
    if not named:  # "dem der Kreis und alle fünf Ämter angehören"
        named = [m for m in named_again(text, index, low, high) if m.label != body.label]
    if not named and not counted and _THEY.match(text, low):
        # "Beide Städte arbeiten in der Y zusammen, der sie als Mitglieder angehören"
        named = [m for m in both(text, index, s.start, body.start) if m.label != body.label]
    found = [_fact(s, ref(m), body, 0.65, date) for m in named]
    if counted:
        c = counted[0]
        earlier = _named_before(text, c, index, s.start)
        if earlier:
            found += [_fact(s, ref(m), body, 0.55, date) for m in earlier]
        else:
            found.append(_fact(s, Ref(c.of, None, "Organisation"), body, 0.55, date, count=c))
    else:
        together = _ALL_OF_THEM.search(clause.group(group))
        earlier = (
            []
            if together is None
            else [
                m
                for m in _bodies_before(together.group("noun"), index, s.start, None)
                if m.label != body.label and all(m.label != n.label for n in named)
            ]
        )
        plural = _PLURAL.search(clause.group(group))
        if earlier:  # "der Kreis und alle beteiligten Kommunen": each named before
            found += [_fact(s, ref(m), body, 0.5, date) for m in earlier]
        elif plural is not None:
            found.append(_fact(s, Ref(plural.group("noun"), None, "Organisation"), body, 0.5, date))
    return found


def _founders(
    cues: re.Pattern[str],
    text: str,
    s: Sentence,
    ms: list[Mention],
    bodies: list[Mention],
    date: str | None,
) -> list[Fact]:
    """The bodies before a founding's cue belong to the body it founds: the signers of
    ``_FOUNDED`` ("eine Vereinbarung über die „X“"), the founders of ``_FOUNDING`` ("A und B
    haben den Zweckverband „X“ gegründet")."""
    for cue in cues.finditer(text, s.start, s.end):
        new = next((m for m in ms if m.start == cue.end()), None)
        if new is None or new.cls not in ("Organisation", "Initiative"):
            continue
        if cue.group().startswith(("hat", "damit")) and "gegründet" not in text[new.end : s.end]:
            continue
        parties = [m for m in bodies if m.end <= cue.start() and m.label != new.label]
        return [_fact(s, ref(m), new, 0.55, date) for m in parties[:12]]
    return []


def _represents(
    text: str,
    s: Sentence,
    bodies: list[Mention],
    counts: list[Count],
    index: Spans,
    date: str | None,
) -> list[Fact]:
    """ "Der Verband vertritt 418 Kommunen": what is counted after the verb belongs to it (the
    body named before, or named again by its head noun)."""
    cue = _REPRESENTS.search(text, s.start, s.end)
    if cue is None:
        return []
    after = [c for c in counts if c.start >= cue.end()]
    if not after:
        return []
    before = [m for m in bodies if m.end <= cue.start()]
    if not before:
        before = named_again(text, index, s.start, cue.start())
    if not before:
        return []
    c = after[0]
    return [_fact(s, Ref(c.of, None, "Organisation"), before[-1], 0.55, date, count=c)]


def _kind_again(text: str, s: Sentence, index: Spans, end: int) -> Mention | None:
    """The body "Das Unternehmen" opening the sentence stands for: the last one of its kind."""
    again = _AGAIN.match(text, s.start)
    if again is None or again.end() > end:
        return None
    kinds = _AGAIN_KINDS[again.group("head")]
    return index.last_before(s.start, lambda m: m.cls == "Organisation" and m.kind in kinds)


def _membership(
    text: str,
    s: Sentence,
    bodies: list[Mention],
    counts: list[Count],
    index: Spans,
    date: str | None,
) -> list[Fact]:
    """ "X ist Mitglied im Y", "X ist dem Y beigetreten"."""
    cue = _MEMBERSHIP.search(text, s.start, s.end)
    if cue is None:
        cue = _JOINING.search(text, s.start, s.end)
        if cue is not None and _JOINED.search(text, cue.end(), s.end) is None:
            cue = None
    if cue is None:
        cue = _BELONGS.search(text, s.start, s.end)
        if cue is None:
            return []
    kind = _KIND_BEFORE.match(text, cue.end())
    at = cue.end() if kind is None else kind.end()
    whole = next((m for m in bodies if cue.end() <= m.start <= at + 2), None)
    if whole is None:
        return []
    before = [m for m in bodies if m.end <= cue.start()]
    member: Mention | None = before[-1] if before else None
    if member is None:  # "Beide Ämter gehören dem Y an"
        pair = both(text, index, s.start, cue.start())
        if pair:
            return [_fact(s, ref(m), whole, 0.55, date) for m in pair if m.label != whole.label]
    if member is None:
        again = named_again(text, index, s.start, cue.start())
        member = again[0] if again else _kind_again(text, s, index, cue.start())
    if member is None:  # "haben sich mehr als 30 Kommunen dem Y angeschlossen"
        counted = [c for c in counts if s.start <= c.start and c.end <= cue.end() + 40]
        if counted and counted[0].end < whole.start:
            c = counted[0]
            return [_fact(s, Ref(c.of, None, "Organisation"), whole, 0.55, date, count=c)]
    if member is None:  # "Alle sächsischen Kommunen sind Mitglied im Y"
        plural = _ALL_OF_A_KIND.match(text, s.start, cue.start())
        if plural is not None:
            return [_fact(s, Ref(plural.group("np"), None, "Organisation"), whole, 0.5, date)]
    if member is None and _PRONOUN.match(text, s.start):
        member = index.last_before(
            s.start, lambda m: m.cls == "Organisation" and m.label != whole.label
        )
    if member is None or member.label == whole.label:
        return []
    return [_fact(s, ref(member), whole, 0.6, date)]

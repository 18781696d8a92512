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

from loaders.articles.clauses import named_again
from loaders.articles.findings import Count, Fact, Mention, Ref, ref
from loaders.articles.sentences import Sentence
from loaders.articles.spans import Spans
from loaders.articles.windows import holds

_MEMBERS_CLAUSE: Final = re.compile(
    r"(?:\s\([^()\n]{1,30}\))?,\s(?:de[mr]|in\sde[mr]|an\sde[mr]|denen)\s(?P<members>[^,;.:]{1,160}?)"
    r"\s(?:(?:als|alle\sals)\s(?:Mitglieder|Gesellschafter)\s)?"
    r"(?:angehör(?:en|t)|zusammengeschlossen\s(?:sind|haben|ist)|organisiert\s(?:sind|ist)|"
    r"beteiligt\s(?:sind|ist))\b"
)
_REPRESENTS: Final = re.compile(r"\b(?:vertr(?:itt|eten)|(?:zählt|betreut)(?=[^.;]*Mitglied))\b")
_MEMBERSHIP: Final = re.compile(
    r"\b(?:ist|sind|wurde|wird|war|waren)\s(?:[\w-]+\s){0,3}?(?:Mitglied(?:er)?\s(?:im|in\sde[mr]|de[sr])"
    r"|(?:de[mr])\s)"
)
_BELONGS: Final = re.compile(r"\bgehör(?:t|en|te|ten)\s(?:de[mr]|seit\s\w+\sde[mr])\s")
""""X gehört dem Y an"."""

_ENTERS: Final = re.compile(r"\btr(?:itt|eten|at|aten)\b[^.;]{0,80}\bbei\b|Beitritt")
"""Joining a body: "tritt … bei", "Beitritt"."""

_JOINED: Final = re.compile(r"\bbeigetreten\b|\btr(?:itt|aten)\b[^.;]{0,80}\bbei\b")
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

_FOUNDED: Final = re.compile(
    r"\b(?:\w*[Vv]ereinbarung|[Ss]atzung|[Gg]ründung(?:svertrag)?)\s(?:über\s)?(?:de[snmr]|die)\s"
    r"(?:gemeinsamen\s)?(?:Zweckverband\w*\s|Verbund\w*\s|Verband\w*\s)?[„\"»]?"
)
"""A body the parties found together: "eine Vereinbarung über die „X“", "die Satzung des
Zweckverbands „X“"."""

_PRONOUN: Final = re.compile(r"(?:Es|Sie|Er)\s")
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
    "beigetreten",
    " bei",
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
    if not found:
        found += _founded(text, s, ms, bodies, date)
    if not found:
        found += _represents(text, s, bodies, counts, date)
    if not found:
        found += _membership(text, s, bodies, index, date)
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
    """The bodies "alle drei Städte" stands for: the last three towns named before."""
    if c.value > 10 or _ALL.search(text, max(0, c.start - 6), c.start) is None:
        return []
    noun = c.of.split()[-1]
    kinds, head = _KINDS.get(noun, ()), _HEADS.get(noun)
    if not kinds and head is None:
        return []
    found: dict[str, Mention] = {}
    for m in reversed(index.items[: bisect_left(index.starts, start)]):
        if m.cls == "Organisation" and (m.kind in kinds or (head and m.label.startswith(head))):
            found.setdefault(m.label, m)
            if len(found) == c.value:
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
    low, high = clause.start("members"), clause.end("members")
    origin = _FROM.search(text, low, high)  # "37 Ämter aus den Kreisen A und B"
    if origin is not None:
        high = origin.start()
    named = [m for m in ms if low <= m.start < high and m.cls == "Organisation"]
    counted = [c for c in counts if low <= c.start < high]
    found = [_fact(s, ref(m), body, 0.65, date) for m in named]
    if counted:
        c = counted[0]
        earlier = _named_before(text, c, index, s.start)
        if earlier:
            found += [_fact(s, ref(m), body, 0.55, date) for m in earlier]
        else:
            found.append(_fact(s, Ref(c.of, None, "Organisation"), body, 0.55, date, count=c))
    elif not named:
        plural = _PLURAL.search(clause.group("members"))
        if plural is not None:
            found.append(_fact(s, Ref(plural.group("noun"), None, "Organisation"), body, 0.5, date))
    return found


def _founded(
    text: str, s: Sentence, ms: list[Mention], bodies: list[Mention], date: str | None
) -> list[Fact]:
    """The bodies that sign a body's founding belong to it."""
    for cue in _FOUNDED.finditer(text, s.start, s.end):
        new = next((m for m in ms if m.start == cue.end()), None)
        if new is None or new.cls not in ("Organisation", "Initiative"):
            continue
        parties = [m for m in bodies if m.end <= cue.start() and m.label != new.label]
        return [_fact(s, ref(m), new, 0.55, date) for m in parties[:12]]
    return []


def _represents(
    text: str, s: Sentence, bodies: list[Mention], counts: list[Count], date: str | None
) -> list[Fact]:
    """ "Der Verband vertritt 418 Kommunen": what is counted after the verb belongs to it."""
    cue = _REPRESENTS.search(text, s.start, s.end)
    if cue is None:
        return []
    before = [m for m in bodies if m.end <= cue.start()]
    after = [c for c in counts if c.start >= cue.end()]
    if not before or not after:
        return []
    c = after[0]
    return [_fact(s, Ref(c.of, None, "Organisation"), before[-1], 0.55, date, count=c)]


def _membership(
    text: str, s: Sentence, bodies: list[Mention], index: Spans, date: str | None
) -> list[Fact]:
    """ "X ist Mitglied im Y", "X ist dem Y beigetreten"."""
    cue = _MEMBERSHIP.search(text, s.start, s.end)
    if cue is None or (
        "Mitglied" not in cue.group() and _JOINED.search(text, cue.end(), s.end) is None
    ):
        cue = _BELONGS.search(text, s.start, s.end)
        if cue is None:
            return []
    whole = next((m for m in bodies if cue.end() <= m.start <= cue.end() + 2), None)
    if whole is None:
        return []
    before = [m for m in bodies if m.end <= cue.start()]
    member = before[-1] if before else None
    if member is None:
        again = named_again(text, index, s.start, cue.start())
        member = again[0] if again else None
    if member is None and _PRONOUN.match(text, s.start):
        member = index.last_before(
            s.start, lambda m: m.cls == "Organisation" and m.label != whole.label
        )
    if member is None or member.label == whole.label:
        return []
    return [_fact(s, ref(member), whole, 0.6, date)]

"""Names a text introduces for its bodies: short forms, lists and the short names of companies.

"Zentrum für X (ZfX)" and "…, kurz ZfX" give a short name that stands for the body later;
"die Landkreise A und B" names two bodies of one kind; "X GmbH" is later called "X".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Final

from loaders.articles.findings import Mention
from loaders.articles.lexicon import (
    CAP,
    FUNCTION_WORDS,
    INITIATIVE_HEADS,
    ORG_NOUNS,
    PLURAL_PLACE_HEADS,
    ROLE_WORD_RE,
)
from loaders.articles.spans import Intervals, Spans
from loaders.articles.windows import windowed

_ACRONYM: Final = re.compile(
    r"(?:\((?:kurz:?[ \t]+)?|,[ \t]+kurz:?[ \t]+)"
    r"(?P<acr>[A-ZÄÖÜ][A-Za-zäöü]*[A-ZÄÖÜ][\wäöü]*(?:[-.][A-ZÄÖÜ][\wäöü]*)?"
    r"(?:[ \t][A-ZÄÖÜ][\wäöü]+)?|[a-z]{3,6}|(?P<camel>[a-z]{1,3}[A-ZÄÖÜ][\wäöü]*"
    r"(?:-[A-ZÄÖÜ][\wäöü]*)?))"
    r"(?P<close>\)|(?=[ \t]*[,.;:]))"
)
"""A short name in brackets after a name ("(XYZ)", "(XY NRW)", "(xyz)", "(xYz-W)"), or after
"kurz"."""
_CONNECTORS: Final = frozenset(
    ["für", "und", "in", "der", "des", "die", "den", "dem", "von", "zur"]
)
_NAME_WORD: Final = re.compile(r"[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]*)*|[a-zäöüß]+")
_ORG_NOUN: Final = re.compile(rf"(?i:{ORG_NOUNS})")
_LOWER_ADJECTIVE: Final = re.compile(r"[a-zäöü]+(?:e|en|er|es)")
_TWO_PHRASES: Final = re.compile(r"\b(?:und|sowie)[ \t]+(?:der|die|das|den|dem|des)\b")
_PLACE_ADJECTIVE: Final = re.compile(r"[A-ZÄÖÜ][a-zäöü]+(?:ische|sche)[nrs]?")
_INITIAL_WORD: Final = re.compile(r"(?<![\wäöüß-])[A-ZÄÖÜ]")
_WORK_HEADS: Final = tuple(h for h, (cls, _) in INITIATIVE_HEADS.items() if cls != "Organisation")


def initials_fit(short: str, name: str) -> bool:
    """Whether the letters of a short name occur in order in the name, the first first."""
    letters = [c for c in short.lower() if c.isalpha()]
    words = name.lower()
    if not letters or not words.startswith(letters[0]):
        return False
    at = 1
    for c in letters[1:]:
        at = words.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def _fits(short: str, name: str) -> bool:
    """Whether a short name fits a name, or the name without its first word when that is a
    kind of body ("Zweckverband Kommunale Informationsverarbeitung X" → "KIX") or an
    adjective of place ("Xisches Ministerium für A und B" → "MAB")."""
    if initials_fit(short, name):
        return True
    first, _, rest = name.partition(" ")
    if _PLACE_ADJECTIVE.fullmatch(first) and initials_fit(short, rest):
        return True
    return (
        rest.count(" ") >= 1 and _ORG_NOUN.search(first) is not None and initials_fit(short, rest)
    )


def _name_before(text: str, end: int, short: str) -> tuple[int, int] | None:
    """The name a short form stands for, read back from ``end``: capitalised words and the
    small words between them ("Zentrum für Aus- und Fortbildung"), starting with a word
    whose initial is the short form's, naming a kind of body ("…zentrum", "Anstalt")."""
    words: list[tuple[int, int]] = []
    at = end
    while len(words) < 10:
        gap = at
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if words and gap > 0 and text[gap - 1] == "," and gap < at and text[at].isupper():
            gap -= 1  # "Hochschule für A, B und C (ABC)": a comma between the name's words
        start = gap
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
            start -= 1
        word = text[start:gap]
        if not word or _NAME_WORD.fullmatch(word) is None:
            break
        if (
            word[0].islower()
            and word not in _CONNECTORS
            and not (_LOWER_ADJECTIVE.fullmatch(word) and words)
        ):
            break
        words.append((start, gap))
        at = start
        if start == 0 or text[start - 1] not in " \t":
            break
    words.reverse()
    for start, word_end in words:
        first = text[start:word_end]
        if not first[0].isupper() or first.lower() in FUNCTION_WORDS:
            continue
        name = text[start:end].rstrip()
        if _TWO_PHRASES.search(name):
            continue  # "X und der Präsident des Y (Z)": two phrases, the name is in the last
        if initials_fit(short, name) and (_ORG_NOUN.search(name) or _spelled(short, name)):
            return start, start + len(name)
    return None


def _spelled(short: str, name: str) -> bool:
    """Whether a name of two or more capitalised words gives a short name of capitals the
    initial of each word, in order ("Kommunale Datenverarbeitung X" → "KDX", "Föderale
    X-Kooperation" → "FXKO"): the short name spells out the name, whatever its kind."""
    initials = [m.group() for m in _INITIAL_WORD.finditer(name)]
    if len(initials) < 2 or not short.isupper():
        return False
    if any(w.lower().endswith(_WORK_HEADS) for w in name.split()):
        return False  # "Fonds für X und Y (FXY)", "Programm …": a work, not a body
    at = 0
    for c in initials:
        at = short.find(c, at)
        if at < 0:
            return False
        at += 1
    return True


def short_names(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """Short names a text defines ("(KSZ)", ", kurz KSZ") for a body named right before
    them, the name itself when no pattern found it, and every later use of the short name."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    done: set[str] = set()
    for m in _ACRONYM.finditer(text):
        if m.group().startswith("(") and not (m.start() and text[m.start() - 1] in " \t"):
            continue
        short = m.group("acr")
        if short in done or short.lower() in FUNCTION_WORDS:
            continue
        if m.group("close") != ")" and "kurz" not in m.group():
            continue
        before = m.start() - 1 if m.group().startswith("(") else m.start()
        body = next(
            (
                x
                for x in index.overlapping(max(0, before - 1), before)
                if x.end == before and x.cls in ("Organisation", "Initiative", "Law", "Event")
            ),
            None,
        )
        if body is None:
            body = _of_place(text, index, before)
            if body is not None:
                extra.append(body)
        span = _name_before(text, before, short)
        if (
            span is not None
            and (body is None or span[0] < body.start)
            and not any(x.cls == "Person" for x in index.overlapping(*span))
        ):
            if body is not None and body in extra:
                extra.remove(body)
            surface = text[span[0] : span[1]]
            body = Mention(span[0], span[1], surface, _label(surface), "Organisation", None)
            extra.append(body)
        if body is None or (
            not _fits(short, body.text) and "kurz" not in m.group() and not m.group("camel")
        ):  # (a brand written "xYz" in brackets right after a body needs no fitting initials)
            continue
        done.add(short)
        shorts = [short]
        first, _, place = short.partition(" ")
        if place and len(first) >= 2 and first.isupper() and first not in done:
            shorts.append(first)  # "(ABC Y)" for a body of the place Y: later "ABC" alone
            done.add(first)
        taken = Intervals(())
        for name in shorts:
            for start in _uses(text, name, 0):
                end = start + len(name)
                inner = index.overlapping(start, end)
                if taken.overlaps(start, end):
                    continue
                if all(x.cls == "Place" and start <= x.start and x.end <= end for x in inner):
                    # (a place inside the short name, "ABC Y", gives way to it)
                    extra.append(
                        Mention(start, end, name, body.label, body.cls, body.entity, body.kind, 0.7)
                    )
            taken = Intervals((x.start, x.end) for x in extra)
    return extra


_STATE_WORD: Final = re.compile(r"[ \t](?P<state>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$")


def _of_place(text: str, index: Spans, end: int) -> Mention | None:
    """A body named with its state or place right before a short form ("Ministerium für A
    und B Xland (MAB)", "Hochschule für A, B und C Y (HABC)"): the body's name with the
    place's."""
    word = _STATE_WORD.search(text, max(0, end - 40), end)
    if word is None:
        return None
    at = word.start()
    ministry = next((x for x in index.overlapping(at - 1, at) if x.end == at), None)
    if ministry is None or ministry.cls != "Organisation" or ministry.kind in _PLACE_KINDS:
        return None
    label = f"{ministry.label} {word.group('state')}"
    return Mention(
        ministry.start,
        end,
        text[ministry.start : end],
        label,
        ministry.cls,
        None,
        ministry.kind,
        0.7,
    )


_PLACE_KINDS: Final = ("city", "municipality", "county", "district", "state", "place")


def _label(surface: str) -> str:
    """A label for a name found before its short form: the name on one line, as declined in
    the text ("Kommunalen Zentrum"; the graph's curators settle the nominative)."""
    return " ".join(surface.split())


def _uses(text: str, short: str, first: int) -> Iterator[int]:
    """Where a short name stands as a word (or starts a compound: "X-Geschäftsführer")."""
    at = text.find(short, first)
    while at >= 0:
        end = at + len(short)
        before_ok = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-")
        after = text[end : end + 2]
        after_ok = not after[:1].isalnum() and not (after[:1] == "-" and not after[1:].isupper())
        if before_ok and (after_ok or (after[:1] == "-" and after[1:2].isupper())):
            yield at
        at = text.find(short, end)


_GOES_ON: Final = r"(?=,|\.|[ \t]+(?:und|sowie)[ \t]+(?:[A-ZÄÖÜ]|d(?:ie|er|en|as)[ \t]))"
"""After a name of two words in a list: the list goes on (or the sentence ends, or another
list begins: "die Städte A und B C sowie die Gemeinden D und E")."""
_LIST_HEADS: Final = {
    **PLURAL_PLACE_HEADS,
    "Länder": ("Land", "state"),
    "Städten": ("Stadt", "city"),
    "Landkreisen": ("Landkreis", "county"),
    "Kreisen": ("Kreis", "county"),
    "Bezirken": ("Bezirk", "district"),
    "Ämtern": ("Amt", "municipality"),
    "Landgemeinden": ("Landgemeinde", "municipality"),
    "Marktgemeinden": ("Marktgemeinde", "municipality"),
    "Märkte": ("Markt", "municipality"),
    "Märkten": ("Markt", "municipality"),
    "Ländern": ("Land", "state"),
    "Beiräte": ("Beirat", "committee"),
    "Beiräten": ("Beirat", "committee"),
}
"""The plurals a list of bodies follows: "die Landkreise A und B", "die Länder C und D", also
in the dative ("den Städten A, B und C", "aus den Kreisen D und E"), and councils of districts
("die Beiräte F und G")."""
_LISTED_NAME: Final = (
    rf"(?:Bad[ \t]+)?{CAP}(?:/{CAP})?"
    rf"(?:[ \t]+(?:am|im|an[ \t]+der|in[ \t]+der|ob[ \t]+der)[ \t]+{CAP}|[ \t]+\({CAP}\))?"
)
"""A name in a list of bodies: a word, also with a spa's "Bad", a river after a slash, a
region after "am", "im", "an der" or in brackets ("Bad X", "X/Saale", "X im Allgäu", "Y am
Brocken", "Z (Harz)")."""
_LIST_HEAD: Final = re.compile(
    rf"(?P<head>{'|'.join(_LIST_HEADS)})[ \t]+(?P<items>{_LISTED_NAME}(?:[ \t]+{CAP}{_GOES_ON})?"
    rf"(?:(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+){_LISTED_NAME}(?:[ \t]+{CAP}{_GOES_ON})?)+)"
)
_PARTNERS: Final = ("Nachbar", "Pilot", "Modell", "Partner", "Mitglieds")
"""First parts of a plural of bodies that tell their part ("die Nachbarlandkreise A und B",
"unsere Mitgliedsstädte C und D")."""
_PARTNER_HEAD: Final = re.compile(
    rf"(?:{'|'.join(_PARTNERS)})(?P<head>{'|'.join(h.lower() for h in _LIST_HEADS)})"
    + _LIST_HEAD.pattern[_LIST_HEAD.pattern.index(")") + 1 :]
)
"""A list after such a compound plural: "die Nachbarlandkreise A und B", "Modellstädte C, D
und E"."""
_ITEM: Final = re.compile(rf"{_LISTED_NAME}(?:[ \t]+{CAP}{_GOES_ON})?")
"""An item of a list: one word, or two where the list goes on ("die Ämter A, B C und D")."""


def listed(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """Bodies named in a list after the plural of their kind: "die Landkreise A, B und C"
    (each one "Landkreis A", …)."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    named: dict[tuple[str, str | None], Mention] | None = None
    partners = any(p in text for p in _PARTNERS)
    heads = [*_LIST_HEAD.finditer(text), *(_PARTNER_HEAD.finditer(text) if partners else ())]
    for m in heads:
        if m.start() and text[m.start() - 1].isalnum():
            continue
        head = m.group("head")
        singular, kind = _LIST_HEADS[head[0].upper() + head[1:]]
        if named is None:  # bodies named in full: "Bezirksamt X" is the body of "den Bezirken X"
            named = {
                (x.label.partition(" ")[2], x.kind): x
                for x in reversed(found)
                if x.cls == "Organisation" and " " in x.label
            }
        end = m.end("items")  # (read a little past it: what follows tells a last name of two words)
        items = [i for i in _ITEM.finditer(text, m.start("items"), end + 12) if i.start() < end]
        names = [i for i in items if i.group() not in ("und", "sowie")]
        if len(names) < 2 or any(i.group().lower() in FUNCTION_WORDS for i in names):
            continue
        for item in names:
            start, end = item.span()
            if any(x.cls != "Place" for x in index.overlapping(start, end)):
                continue  # (a place of the same name is the body here: see extract)
            body = named.get((item.group(), kind))
            if body is not None:
                extra.append(
                    Mention(start, end, item.group(), body.label, body.cls, body.entity, kind, 0.65)
                )
                continue
            label = f"{singular} {item.group()}"
            extra.append(Mention(start, end, item.group(), label, "Organisation", None, kind, 0.65))
    return _one_label(extra)


def _one_label(extra: list[Mention]) -> list[Mention]:
    """A name listed after two plurals of one kind ("in den Bezirken X und Y", "die
    Bezirksämter X und Y") names one body: by the longer head ("Bezirksamt X")."""
    best: dict[tuple[str, str | None], Mention] = {}
    for x in extra:
        known = best.get((x.text, x.kind))
        if known is None or (x.entity is None and len(x.label) > len(known.label)):
            best[x.text, x.kind] = x
    return [
        x
        if (b := best[x.text, x.kind]) is x
        else Mention(x.start, x.end, x.text, b.label, b.cls, b.entity, b.kind, x.confidence)
        for x in extra
    ]


_TOWN_ITEM: Final = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:(?:-[A-ZÄÖÜ][a-zäöüß]+)+(?:[ \t][A-ZÄÖÜ][a-zäöüß]+)?)?"
    r"(?:[ \t]am[ \t][A-ZÄÖÜ][a-zäöüß]+)?"
)
"""A town's name: "X", "X-Y", "X-Bad Y", "X am Y" (capitalised: never "und" or "sowie")."""
_TOWN_ITEM_RE: Final = re.compile(_TOWN_ITEM)
_TOWN_LIST: Final = re.compile(
    rf"{_TOWN_ITEM}(?:,[ \t]+{_TOWN_ITEM})+[ \t]+(?:und|sowie)[ \t]+{_TOWN_ITEM}(?![\wäöüß-])"
)
"""A list of names "A, B, C und D"."""
_TOWN_KINDS: Final = ("city", "municipality")
_TOWN_LIST_RUN: Final = re.compile(r"[A-Za-zÄÖÜäöüß, \t-]+")
"""A run of the only characters a list of towns is made of (see :func:`_may_list`)."""
_LIST_COMMA: Final = re.compile(r",[ \t]")
_LIST_AND: Final = re.compile(r"[ \t](?:und|sowie)[ \t]")


def _may_list(text: str, runs: list[tuple[int, int]], at: int) -> bool:
    """Whether a match of ``_TOWN_LIST`` may hold position ``at``: such a match lies in one run
    of the characters lists are made of (``runs``, sorted), which then has a comma and an
    "und" or "sowie" between blanks. A cheap test before the pattern is read there."""
    i = bisect_right(runs, (at, len(text) + 1)) - 1
    if i < 0 or not runs[i][0] <= at < runs[i][1]:
        return False
    start, end = runs[i]
    return bool(_LIST_COMMA.search(text, start, end) and _LIST_AND.search(text, start, end))


def towns_listed(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """Names listed with a town the text names as a body ("A, B, Stadt C und D"): towns too,
    when each is one capitalised name and none is a common noun.

    >>> text = "Die Orte Adorf, Bedorf und Cedorf planen."
    >>> town = Mention(17, 23, "Bedorf", "Stadt Bedorf", "Organisation", None, "city")
    >>> [m.text for m in towns_listed(text, [town])]
    ['Adorf', 'Cedorf']
    """
    extra: list[Mention] = []
    done = -1
    runs: list[tuple[int, int]] | None = None
    for town in found:
        if town.kind not in _TOWN_KINDS or town.start < done:
            continue
        if runs is None:  # (read once, when the text names a town)
            runs = [m.span() for m in _TOWN_LIST_RUN.finditer(text)]
        if not _may_list(text, runs, town.start):
            continue  # no list can hold the town: its patterns need not be read
        low = max(0, text.rfind("\n", 0, town.start) + 1, town.start - 300)
        for m in _TOWN_LIST.finditer(text, low, min(len(text), town.end + 300)):
            if m.start() > town.start:
                break  # (the lists after it do not hold it)
            if not town.start < m.end():
                continue
            done = m.end()
            items = list(_TOWN_ITEM_RE.finditer(m.group()))
            words = [i.group() for i in items]
            if any(w.lower() in FUNCTION_WORDS or w in _NOT_PLACES for w in words):
                break
            if any(
                w.lower().endswith(_NOUN_END) and " " not in w and w != town.text for w in words
            ):
                break
            for i in items:
                start, end = m.start() + i.start(), m.start() + i.end()
                if index is None:  # (built only for a list found: lists are rare)
                    index = Spans(found)
                if not index.overlapping(start, end):
                    extra.append(
                        Mention(start, end, i.group(), i.group(), "Organisation", None, town.kind)
                    )
            break
    return extra


_LEGAL_TAIL: Final = re.compile(
    r"[ \t]+(?:GmbH(?:[ \t]*&[ \t]*Co\.[ \t]*KG)?|gGmbH|AG|SE|KGaA|UG|eG|e\.[ \t]?V\.|mbH)$"
)


def company_names(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """A company named with its legal form ("X Analytics GmbH") and later without it."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    seen: set[str] = set()
    for m in found:
        if m.cls != "Organisation" or m.kind not in ("company", "startup"):
            continue
        tail = _LEGAL_TAIL.search(m.text)
        if tail is None:
            continue
        short = " ".join(m.text[: tail.start()].split())
        if len(short) < 4 or short in seen or short.split()[0].lower() in FUNCTION_WORDS:
            continue
        seen.add(short)
        shorts = [short]
        first = short.split()[0]
        if " " in short and _OWN_WORD.fullmatch(first) and first.lower() not in FUNCTION_WORDS:
            shorts.append(first)  # "X Kommunale IT-Dienste GmbH" is later "X"
        for name in shorts:
            taken = [(x.start, x.end) for x in extra]
            extra += [
                x
                for x in _company_uses(text, name, m, index)
                if not any(a < x.end and x.start < b for a, b in taken)
                and not (
                    name is not short and _COMMON_BEFORE.search(text, max(0, x.start - 40), x.start)
                )
            ]
    return extra


_COMMON_BEFORE: Final = re.compile(
    r"(?<![\wäöüß])(?:ein(?:e[mnrs]?)?|[a-zäöüß]{3,}(?:en|em|er|es))[ \t]+\Z"
)
"""An indefinite article or an inflected adjective before a company's first word said alone: a
common noun ("in einem dreidimensionalen Xmodell" before "Xmodell Nord GmbH")."""


_OWN_WORD: Final = re.compile(
    r"[A-ZÄÖÜ](?:[A-ZÄÖÜ0-9]{3,}|[a-zäöüß0-9]{3,}(?<!sch)(?<!lich)(?<!er)(?<!e[nrs]))"
)
"""A first word that can stand for a company: no adjective ("Kommunale", "Adorfer",
"Digitalen", "Technische")."""


def _company_uses(text: str, short: str, m: Mention, index: Spans) -> list[Mention]:
    """Where a company's short name stands as a word of its own, outside other names."""
    extra = []
    at = text.find(short)
    while at >= 0:
        end = at + len(short)
        whole = (at == 0 or not text[at - 1].isalnum()) and not (
            end < len(text)
            and (
                text[end].isalnum() or (text[end] == "-" and not text[end + 1 : end + 2].isupper())
            )
        )  # (it may open a compound: "X-Geschäftsführer")
        if whole and not index.overlapping(at, end):
            extra.append(Mention(at, end, short, m.label, m.cls, m.entity, m.kind, 0.7))
        at = text.find(short, end)
    return extra


_STATE_NAMED: Final = re.compile(
    rf"(?P<head>Land(?:es)?|Freistaat(?:es|s)?)[ \t]+(?P<name>{CAP})(?![\wäöüß-])"
)


def states_named(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """A state the text calls "Land X" or "Freistaat X" (X hyphenated, part of another
    name the text gives or ending its clause, so "im Land Bauanträge" is none), or whose
    (hyphenated) name ends the name of a ministry or municipal association ("Landkreistag
    X"): that phrase, and X alone; "der Freistaat" alone for the one "Freistaat X" named."""
    index = Spans(found) if index is None else index
    names: dict[str, str] = {}
    extra: list[Mention] = []
    seen: dict[str, bool] = {}
    for m in _STATE_NAMED.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        name = m.group("name")
        if name.lower() in FUNCTION_WORDS:
            continue
        if "-" not in name and text[m.end() : m.end() + 1] not in (".", ",", ";", ")"):
            if name not in seen:
                seen[name] = _inside_a_name(text, name, index)
            if not seen[name]:
                continue  # (a name ending its clause is no noun: "vom Land X.")
        head = "Land" if m.group("head").startswith("Land") else "Freistaat"
        label = f"{head} {name}"
        names.setdefault(name, label)
        inner = index.overlapping(m.start(), m.end())
        if all(x.cls == "Place" and m.start() <= x.start and x.end <= m.end() for x in inner):
            extra.append(
                Mention(m.start(), m.end(), m.group(), label, "Organisation", None, "state", 0.7)
            )
    for x in found:
        if x.kind in ("municipal_association", "ministry") and " " in x.text.strip():
            last = x.text.split()[-1]
            if "-" in last and last[:1].isupper() and x.text.split()[-2][:1].isupper():
                names.setdefault(last, f"Land {last}")
    phrases = Intervals((x.start, x.end) for x in extra)
    for name, label in names.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if text[end : end + 1] == "s":
                end += 1
            whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")
            )
            if whole and _free(index, at, end) and not phrases.overlaps(at, end):
                extra.append(
                    Mention(at, end, text[at:end], label, "Organisation", None, "state", 0.65)
                )
            at = text.find(name, end)
    return extra + _free_state_again(text, found, index)


def _free(index: Spans, start: int, end: int) -> bool:
    """Whether nothing is found at ``start:end`` but a bare name of no kind there (a
    headline's topic, "X: …"), which a state's name gives a kind."""
    return all(
        x.start == start and x.end == end and x.kind is None and x.entity is None
        for x in index.overlapping(start, end)
    )


def _free_state_again(text: str, found: list[Mention], index: Spans) -> list[Mention]:
    """ "Der Freistaat" without a name, when the text names one "Freistaat X": that state."""
    if "Freistaat" not in text:
        return []
    states = {x.label: x for x in found if x.kind == "state" and x.label.startswith("Freistaat")}
    if len(states) != 1:
        return []
    (state,) = states.values()
    extra = []
    for m in _FREE_STATE.finditer(text):
        if not index.overlapping(m.start(), m.end()):
            extra.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    state.label,
                    state.cls,
                    state.entity,
                    state.kind,
                    0.6,
                )
            )
    return extra


_FREE_STATE: Final = re.compile(r"(?<![\w-])Freistaat(?:es|s)?(?![\w-]|[ \t]+[A-ZÄÖÜ])")


def _inside_a_name(text: str, name: str, index: Spans) -> bool:
    """Whether ``name`` is a word of a name the text gives a body or initiative."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            for x in index.overlapping(at, end):
                if x.cls != "Person" and x.kind != "state" and x.start <= at and end <= x.end:
                    return True
        at = text.find(name, end)
    return False


_IN_PLACES: Final = re.compile(
    rf"[\s(„\"](?:[Ii]n|nach|aus)[ \t]+(?P<list>{CAP}(?:(?:,[ \t]*|[ \t]+(?:und|oder)[ \t]+)"
    rf"(?:in[ \t]+)?{CAP})*)"
)
_PLACE_WORD: Final = re.compile(
    rf"{CAP}(?:[ \t]+(?:am|an der|im|ob der)[ \t]+{CAP}|[ \t]+\([A-ZÄÖÜ][\wäöüß]+\))?"
)
_SEPARATOR: Final = re.compile(r"(?:,[ \t]*|[ \t]+(?:und|oder)[ \t]+)(?:in[ \t]+)?")
_NOT_PLACES: Final = frozenset(
    [
        "Kraft",
        "Betrieb",
        "Zukunft",
        "Höhe",
        "Form",
        "Anspruch",
        "Frage",
        "Zusammenarbeit",
        "Kooperation",
        "Abstimmung",
        "Sachen",
        "Richtung",
        "Präsenz",
        "Echtzeit",
        "Vollzeit",
        "Teilzeit",
        "Ordnung",
        "Summe",
        "Gang",
        "Kürze",
        "Zahlen",
        "Euro",
        "Deutsch",
        "Englisch",
        "Verbindung",
        "Absprache",
        "Rücksprache",
        "Ruhe",
        "Eigenregie",
        "Papierform",
        "Textform",
        "Städten",
        "Gemeinden",
        "Kommunen",
        "Landkreisen",
        "Kreisen",
        "Schulen",
        "Kitas",
        "Behörden",
        "Verwaltungen",
        "Rathäusern",
        "Ämtern",
        "Unternehmen",
        "Dörfern",
        "Regionen",
        "Ländern",
        "Bundesländern",
        "Stadtteilen",
        "Bezirken",
        "Ortsteilen",
        "Zeiten",
        "Zukunft",
        "Teilen",
        "Summe",
        "Bereichen",
        "Projekten",
        "Jahren",
        "Monaten",
        "Wochen",
        "Tagen",
        "Kürze",
        "Stufen",
        "Phasen",
        "Runden",
        "Etappen",
        "Schritten",
        "Gruppen",
        "Teams",
        "Modulen",
        "Angaben",
        "Ansicht",
        "Auskunft",
        "Meinung",
        "Einschätzung",
        "Auffassung",
        "Abschluss",
        "Ablauf",
        "Ende",
        "Beginn",
        "Start",
    ]
)
_NOUN_END: Final = (
    "ung", "heit", "keit", "schaft", "tion", "ität", "ismus", "nis", "zeit", "ment", "tät",
    "ik", "ie", "ierung", "chen", "ungen", "ern", "ssen", "nahmen", "lagen", "ionen", "ären",
    "eren", "ägen", "iften", "tren", "ten", "ien", "äten", "te", "se", "ge", "amt", "ps", "ts",
    "os", "as", "ks", "ns", "ls", "ms", "rs", "ys", "mitteln", "geldern", "schulen", "mmen",
    "papier", "zahl", "fällen", "kursen", "gruppen", "stunden", "sekunden", "heimen",
    "seminaren", "vereinen", "tagen", "schränken", "theken",
)  # fmt: skip
"""Endings of common nouns (and their plurals) rather than of places' names."""


def places_after(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """Places named after "in", "nach" or "aus" ("in X", "in A, B und C", "nach Y am Z")."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    for m in _IN_PLACES.finditer(text):
        at = m.start("list")
        while (p := _PLACE_WORD.match(text, at, m.end("list") + 40)) is not None:
            start, end = p.span()
            word = text[start : start + len(p.group().split()[0])]
            after = text[end : end + 2]
            if (
                word not in _NOT_PLACES
                and word.lower() not in FUNCTION_WORDS
                and not word.lower().endswith(_NOUN_END)
                and not (after[:1] == " " and after[1:2].isupper() and "(" not in p.group())
                and not index.overlapping(start, end)
            ):
                extra.append(Mention(start, end, p.group(), p.group(), "Place", None, "place", 0.6))
            sep = _SEPARATOR.match(text, end)
            if sep is None or sep.end() >= m.end("list") + 1:
                break
            at = sep.end()
    return extra


_COUNCIL_OF: Final = {
    "Stadtrat": ("Stadt",),
    "Stadtverordnetenversammlung": ("Stadt", "Hansestadt"),
    "Magistrat": ("Stadt", "Hansestadt"),
    "Gemeinderat": ("Gemeinde",),
    "Marktgemeinderat": ("Markt",),
    "Verbandsgemeinderat": ("Verbandsgemeinde",),
    "Samtgemeinderat": ("Samtgemeinde",),
    "Amtsausschuss": ("Amt",),
    "Kreistag": ("Landkreis", "Kreis"),
    "Bezirksversammlung": ("Bezirksamt", "Bezirk"),
    "Bezirksverordnetenversammlung": ("Bezirksamt", "Bezirk"),
    "Verbandsversammlung": ("Zweckverband",),
    "Landtag": ("Land", "Freistaat"),
    "Abgeordnetenhaus": ("Land",),
    "Bürgerschaft": ("Hansestadt", "Freie", "Stadt"),
    "Senatskanzlei": ("Land", "Freie"),
    "Staatskanzlei": ("Land", "Freistaat"),
}
"""Councils named by their noun alone, with the heads of the bodies they are councils of."""
_COUNCIL: Final = re.compile(
    r"(?P<noun>" + "|".join(sorted(_COUNCIL_OF, key=len, reverse=True)) + r")(?:e?s)?(?![\wäöüß-])"
)
"""A council's noun (its capital read first, so the engine skips to it)."""
_ARTICLE_BEFORE: Final = re.compile(
    r"(?:(?<![\wäöüß])(?:[Dd]er|[Dd]ie|[Dd]as|dem|den|des)[ \t]+|[\wäöüß]:[ \t]+|^)$"
)
"""An article before a council's noun, a headline's topic ("X: Landtag beschließt …") or
the start of the text (a headline "Landtag beschließt …")."""
GENITIVE_OF: Final = {
    "Stadt": "der Stadt",
    "Hansestadt": "der Hansestadt",
    "Gemeinde": "der Gemeinde",
    "Verbandsgemeinde": "der Verbandsgemeinde",
    "Samtgemeinde": "der Samtgemeinde",
    "Markt": "des Marktes",
    "Amt": "des Amtes",
    "Landkreis": "des Landkreises",
    "Kreis": "des Kreises",
    "Bezirksamt": "des Bezirksamts",
    "Bezirk": "des Bezirks",
    "Zweckverband": "des Zweckverbands",
    "Land": "des Landes",
    "Freistaat": "des Freistaates",
    "Freie": "der Freien",
}


def councils(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """A council named by its noun with an article ("Der Kreistag hat …", "dem Stadtrat"):
    the council of the body of its kind named last before (else first after), as "Kreistag des
    Landkreises X"; not "im Kreistag" or "ein Kreistag" (a place, any council)."""
    if not any(noun in text for noun in _COUNCIL_OF):
        return []
    index = Spans(found) if index is None else index
    extra = []
    for m in _COUNCIL.finditer(text):
        start, end = m.span("noun")
        if _ARTICLE_BEFORE.search(text, max(0, start - 5), start) is None:
            continue
        if index.overlapping(start, end):
            continue
        noun = m.group("noun")
        heads = _COUNCIL_OF[noun]

        def of_kind(x: Mention, heads: tuple[str, ...] = heads) -> bool:
            return x.cls == "Organisation" and x.label.split()[0] in heads

        owner = _OWNER_AFTER.match(text, m.end())
        named = (
            None if owner is None else next(iter(index.starting(owner.end(), owner.end())), None)
        )
        state_office = (
            named is not None
            and named.kind in ("state", "place")
            and "Land" in heads
            and owner is not None
            and not owner.group().strip()
        )  # "die Senatskanzlei X": the office of the state X, by that name
        if (
            owner is not None
            and named is not None
            and (named.cls == "Organisation" or state_office)
        ):
            if owner.group().strip():
                continue  # "Der Kreistag des Landkreises X": the county is named, that will do
            # "die Bezirksversammlung X", "Der Verbandsgemeinderat X": one name
            end = named.end
            label = f"{noun}{owner.group()}{text[named.start : named.end]}"
            kind = _OFFICE if noun.endswith("kanzlei") else None
            extra.append(Mention(start, end, text[start:end], label, "Organisation", None, kind))
            continue
        body = index.last_before(start, of_kind) or next(
            (x for x in found if x.start > end and of_kind(x)), None
        )
        label = noun
        if body is not None:
            head, _, name = body.label.partition(" ")
            label = f"{noun} {GENITIVE_OF[head]} {name}"
        kind = _OFFICE if noun.endswith("kanzlei") else None
        extra.append(Mention(start, end, text[start:end], label, "Organisation", None, kind, 0.6))
    return extra


_OFFICE: Final = "public_body"
"""The kind of a state's chancellery ("Senatskanzlei", "Staatskanzlei"): a public body that
gives money, as a ministry does (a council grants it from its own body's budget)."""


_OWNER_AFTER: Final = re.compile(r"[ \t]+(?:(?:des|der|von)[ \t]+)?")


_GROUP_AFTER: Final = re.compile(
    r"[ \t]+\((?P<group>[A-ZÄÖÜ][\wäöüß]*(?:[ /-][A-ZÄÖÜ0-9][\wäöüß]*){0,3})\)"
)
"""A party or group in brackets after a person's name: "X (CDU)", "Y (Freie Wähler)"."""


def groups_after(text: str, people: list[Mention]) -> list[Mention]:
    """The party or group a person's name is followed by in brackets ("Landrat X (CDU)"):
    a body of its own."""
    extra = []
    for person in people:
        if text[person.end : person.end + 2].strip()[:1] != "(":
            continue
        m = _GROUP_AFTER.match(text, person.end)
        if m is None:
            continue
        start, end = m.span("group")
        group = m.group("group")
        extra.append(Mention(start, end, group, group, "Organisation", None, "party", 0.6))
    return extra


_APPOSITION: Final = re.compile(
    r"(?<![\wäöüß.-])(?P<name>[A-ZÄÖÜ][\wäöüß]*(?:[-.][\wäöüß]+)*|[a-z]+[A-Z0-9][\wäöüß]*"
    r"(?:[-.][\wäöüß]+)*)(?P<short>[ \t]+\([^()\n]{2,20}\))?,[ \t]+(?P<article>der|die|das|dem|des)"
    r"[ \t]+(?:(?!(?:der|die|das|dem|den|des)[ \t])[a-zäöü][a-zäöüß-]*(?:e|en|er|es)[ \t]+){0,3}"
    r"(?P<noun>(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Dd]ienstleister|[Aa]nstalt|"
    r"[Vv]erein|[Vv]erband|[Uu]nternehmen|[Bb]ank|[Ss]tiftung|[Ss]oftwarehaus|[Gg]esellschaft|"
    r"[Gg]enossenschaft|[Aa]gentur|Start-?up|[Ff]irma))(?:e?s)?(?![\wäöüß-])"
)
"""A name followed by a definite noun phrase of a kind of body in apposition: "X, der
kommunale IT-Dienstleister", "Y, die gemeinsame IT-Anstalt", "Z, dem Verein …" (not a relative
clause: "…, die der Verband …")."""
_APPOSITION_ANCHOR: Final = re.compile(r",[ \t]+(?:der|die|das|dem|des)[ \t]")
"""A part of every match of ``_APPOSITION``: it is read only around these (see
:func:`_appositions`)."""


def _name_run_start(text: str, at: int) -> int:
    """Where the run of characters of a name (``[\\wäöüß.-]``) that ends at ``at`` starts."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.-"):
        at -= 1
    return at


def _appositions(text: str) -> Iterator[re.Match[str]]:
    """``_APPOSITION.finditer(text)``, read only in the stretch of each ", der" where a match
    can lie: from the start of the word before the comma (or before a short name in brackets
    before it) to the first character after it that is no letter, blank or hyphen (the
    words after the article are such)."""
    windows: list[tuple[int, int]] = []
    for anchor in _APPOSITION_ANCHOR.finditer(text):
        comma = anchor.start()
        low = _name_run_start(text, comma)
        if text[comma - 1 : comma] == ")":  # "X (XY), der …": the word before the brackets
            bracket = text.rfind("(", max(0, comma - 23), comma - 1)
            if bracket >= 0:
                blank = bracket
                while blank > 0 and text[blank - 1] in " \t":
                    blank -= 1
                low = min(low, _name_run_start(text, blank))
        high = anchor.end()
        while high < len(text) and (text[high].isalnum() or text[high] in "_ \t-"):
            high += 1
        windows.append((low, high))
    merged: list[tuple[int, int]] = []
    for low, high in sorted(windows):  # overlapping stretches are read as one
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(high, merged[-1][1]))
        else:
            merged.append((low, high))
    for low, high in merged:
        yield from _APPOSITION.finditer(text, low, high)


_APPOSITION_WORDS: Final = (
    "ienstleister", "nstalt", "erein", "erband", "nternehmen", "ank", "tiftung",
    "oftwarehaus", "esellschaft", "enossenschaft", "gentur", "tart", "irma",
)  # fmt: skip
_RUN_BY: Final = re.compile(
    r"(?:Rechenzentr(?:um|en|ums)|Server[ns]?)[ \t]+(?:von|(?P<article>der|des))[ \t]+"
    r"(?P<name>[A-ZÄÖÜ][\wäöüß]*(?:[-.][\wäöüß]+)*|[a-z]{1,5}(?=[A-Z0-9])[\wäöüß]*"
    r"(?:[-.][\wäöüß]+)*)(?![\wäöüß-])(?![ \t]+[A-ZÄÖÜ])"
)
"""The body a data centre or server belongs to ("in einem Rechenzentrum von X", "auf Servern
der Y.Z"): after an article, only a name written as a brand (capitals, digits or a dot inside:
"der Kreisverwaltung" is a common noun)."""
_RUN_BY_WORDS: Final = ("Rechenzentr", "Server")
_COMMON_ENDS: Final = ("ung", "heit", "keit", "schaft", "tion", "ität", "ums", "ens", "en")
_LOCATIVE_BEFORE: Final = re.compile(r"\b(?:[Ii]n|aus|nach|bei)[ \t]+$")
_NUMBER_BEFORE: Final = re.compile(r"\d[ \t]+$")
"""A number right before a word: a sum's unit or a count's noun, no name ("70.000 Euro")."""


def _apposition_kind(noun: str) -> str:
    lower = noun.lower()
    if "dienstleister" in lower:
        return "it_service_provider"
    if lower.endswith("bank"):
        return "bank"
    if lower.endswith("stiftung"):
        return "foundation"
    if lower.endswith(("verein", "verband")):
        return "association"
    if lower.endswith(("anstalt", "agentur")):
        return "public_body"
    return "company"


def named_in_apposition(
    text: str, found: list[Mention], index: Spans | None = None
) -> list[Mention]:
    """A name the text explains by a noun of a kind of body after it ("X, der kommunale
    IT-Dienstleister"): a body, there and wherever the name stands alone."""
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    seen: set[str] = set()
    appositions = _appositions(text) if any(w in text for w in _APPOSITION_WORDS) else iter(())
    run_by = _RUN_BY.finditer(text) if any(w in text for w in _RUN_BY_WORDS) else iter(())
    for m in [*appositions, *run_by]:
        name = m.group("name")
        start, end = m.span("name")
        if name in seen or name.lower() in FUNCTION_WORDS or len(name) < 3:
            continue
        if index.overlapping(start, end) or _LOCATIVE_BEFORE.search(text, max(0, start - 6), start):
            continue
        if _NUMBER_BEFORE.search(text, max(0, start - 4), start):
            continue  # "…, wir mit X Euro, der Regionalverband mit Y Euro": a unit, no name
        if m.re is _RUN_BY and (
            _ORG_NOUN.search(name)
            or name.lower().endswith(_COMMON_ENDS)
            or (name.isalpha() and m.group("article") is not None)
        ):
            continue  # "im Rechenzentrum der Kreisverwaltung": a common noun
        seen.add(name)
        kind = _apposition_kind(m.group("noun")) if m.re is _APPOSITION else "it_service_provider"
        body = Mention(start, end, name, name, "Organisation", None, kind, 0.7)
        extra += _company_uses(text, name, body, index)
    for body in found:  # "das Start-up X", "der IT-Dienstleister Y": later "X", "Y" alone
        if body.kind == "startup" and body.entity is None and body.text not in seen:
            seen.add(body.text)
            taken = Intervals((x.start, x.end) for x in extra)
            extra += [
                x
                for x in _company_uses(text, body.text, body, index)
                if not taken.overlaps(x.start, x.end)
            ]
    return extra


_HEAD_OF_TOWN: Final = re.compile(
    r"(?:(?P<ober>Ober)?[Bb]ürgermeister(?:in)?|(?P<city>Stadtrat)|Gemeinderat)[ \t]+von[ \t]+"
    rf"(?P<name>(?:Bad[ \t]+)?{_TOWN_ITEM})(?![\wäöüß-])"
)
"""A town after its head's title or its council and "von": "Bürgermeisterin von X",
"Oberbürgermeister von Y", "der Stadtrat von Z"."""
_HEAD_OF_TOWN_ANCHOR: Final = re.compile(r"(?:meister(?:in)?|rat)[ \t]+von[ \t]")
"""A part of every match of ``_HEAD_OF_TOWN`` (read only around it, see ``windows.windowed``)."""
_PREPOSITION_BEFORE: Final = re.compile(r"(?<![\wäöüß])(?:[Ii]n|[Ii]m|nach|aus|von|bei|am)[ \t]+$")
"""A preposition before a town's name again: a place there ("in X", "im Rathaus von X")."""


_COLLEAGUE_FROM: Final = re.compile(
    r"Amtskolleg(?:in|e)[ \t]+(?:aus|in|von)[ \t]+"
    r"(?P<name>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*),[ \t]+"
    rf"(?:[A-ZÄÖÜ]+-)?{ROLE_WORD_RE}"
)
"""A colleague in office from a town or county by its bare name, and the title: "Ihr
Amtskollege aus X, Bürgermeister Y" (with a name only, the fixtures mark X a place)."""


def colleagues_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """The town or county a colleague in office heads ("Ihr Amtskollege aus X, Bürgermeister
    Y"): a body, as "Bürgermeister von X" is, not a place."""
    if "Amtskolleg" not in text:
        return []
    extra = []
    for m in _COLLEAGUE_FROM.finditer(text):
        start, end = m.span("name")
        if any(x.cls != "Place" for x in found if x.start < end and start < x.end):
            continue
        name = m.group("name")
        extra.append(Mention(start, end, name, name, "Organisation", None, None, 0.6))
    return extra


def towns_of_heads(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """A town named after its head's title or council and "von" ("Bürgermeister von X", "der
    Stadtrat von Y") is a body, and so is its name wherever it stands alone and nothing else is
    found there (in a list: "Beteiligt sind X, Y und Z"; not after "in", "aus", …).

    >>> text = "Beteiligt sind Adorf und Bedorf. Es sprach der Bürgermeister von Adorf."
    >>> [(m.text, m.start) for m in towns_of_heads(text, [])]
    [('Adorf', 65), ('Adorf', 15)]
    """
    if "meister" not in text and "rat von" not in text:
        return []
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    for m in windowed(_HEAD_OF_TOWN, _HEAD_OF_TOWN_ANCHOR, text):
        name = m.group("name")
        if name.lower() in FUNCTION_WORDS or name in _NOT_PLACES:
            continue
        kind = "city" if m.group("ober") or m.group("city") else "municipality"
        start, end = m.span("name")
        if index.overlapping(start, end) or any(x.start == start for x in extra):
            continue
        extra.append(Mention(start, end, name, name, "Organisation", None, kind, 0.7))
        at = text.find(name)
        while at >= 0:
            after = at + len(name)
            if (
                at != start
                and _PREPOSITION_BEFORE.search(text, max(0, at - 8), at) is None
                and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in '-„“"'))
                and (after == len(text) or not (text[after].isalnum() or text[after] in '-“"'))
                and not index.overlapping(at, after)
            ):
                extra.append(Mention(at, after, name, name, "Organisation", None, kind, 0.7))
            at = text.find(name, after)
    return extra


_OF_STATE_GAP: Final = re.compile(r"[ \t]+(?:des|der|(?P<in>in))[ \t]+(?:Freien[ \t]+)?")
_NAME_ENDS: Final = re.compile(r"[ \t]*[(),;]")
_STATE_WORDS: Final = ("Landes", "Freistaat", "Freien", "Hansestadt")


def bodies_of_states(text: str, found: list[Mention], index: Spans | None = None) -> list[Mention]:
    """A body named with a remit and its state in the genitive ("Zentrum für X und Y des
    Landes Z", "Beauftragte für X der Freien Hansestadt Y"), or with "in" and its state before
    a bracket or a comma ("Zweckverband Elektronische X in Y (XY)", "Anstalt für X in Y, …"):
    one name, the state's with it.

    >>> text = "Das Zentrum für Aus- und Fortbildung des Landes Quaxland schult."
    >>> body = Mention(4, 36, text[4:36], text[4:36], "Organisation", None, "public_body")
    >>> state = Mention(41, 56, text[41:56], "Quaxland", "Organisation", None, "state")
    >>> [m.text for m in bodies_of_states(text, [body, state])]
    ['Zentrum für Aus- und Fortbildung des Landes Quaxland']
    """
    index = Spans(found) if index is None else index
    extra: list[Mention] = []
    for m in found:
        if m.cls != "Organisation" or m.kind in _PLACE_KINDS or m.text.count(" ") < 2:
            continue
        gap = _OF_STATE_GAP.match(text, m.end)
        if gap is None or (" für " not in m.text and not gap.group("in")):
            continue
        state = next(
            (x for x in index.starting(gap.start(), gap.end()) if x.cls == "Organisation"),
            None,
        )
        if state is None or state.kind not in ("state", "city"):
            continue
        if gap.group("in") and (state.kind != "state" or not _NAME_ENDS.match(text, state.end)):
            continue  # "X in Y (XY)", "X in Y, …": the state ends the name
        if (
            not gap.group("in")
            and "Freien" not in gap.group()
            and not state.text.startswith(_STATE_WORDS)
        ):
            continue  # ("… der Stadt X": read as a unit of the town elsewhere)
        surface = text[m.start : state.end]
        extra.append(
            Mention(m.start, state.end, surface, _label(surface), m.cls, None, m.kind, 0.7)
        )
    return extra

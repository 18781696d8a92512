"""What the funding readers share: cues of funding and receiving, kinds of bodies that give,
receive or pay, and bodies not found as names.

The cue of funding (``FUNDING``), of receiving (``RECEIVES``), a sum for each recipient
("je Landkreis"); a body named again by a bare noun ("das Amt", "der Kreis"), a town or
county by its place's name, a plural of bodies ("die Städte", "die beiden Bezirke") and the
names a text lists and then counts; "uns" and "wir" in an interview's answer; a body a
sentence opens with by its kind ("Die Stiftung X Y fördert …"); the work money goes to when
no body receives it. Used by :mod:`~loaders.articles.funding`,
:mod:`~loaders.articles.givers`, :mod:`~loaders.articles.receivers`,
:mod:`~loaders.articles.transfers`, :mod:`~loaders.articles.shares` and
:mod:`~loaders.articles.passed`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import _is_title
from loaders.articles.findings import Mention, Ref, ref
from loaders.articles.lexicon import FUNCTION_WORDS, NUMBER_WORDS, PLURAL_PLACE_HEADS
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence

if TYPE_CHECKING:
    from loaders.articles.facts import Context


_I = re.IGNORECASE
FUNDING: Final = re.compile(
    r"\b(?:förder\w*|gefördert(?!e)\w*|finanzier\w*|finanziell|investier\w*|zur Verfügung|"
    r"bereitgestellt|bereitstell\w*|gewähr(?:t|en|te|ten)\b|zugesagt|zugesprochen|"
    r"bewillig\w*|"
    r"Zusch[uü]ss\w*|bezuschuss\w*|Zuwendung\w*|Fördermittel\w*|Förderbescheid\w*|\w*förderung|\w*mitteln?|bereit)\b",
    _I,
)
_FUNDING_WORDS: Final = (
    "förder",
    "bewillig",
    "finanzier",
    "finanziell",
    "investier",
    "zur verfügung",
    "bereit",
    "zusch",
    "zuwendung",
    "mittel",
    "gewähr",
    "zugesagt",
    "zugesprochen",
)
"""Every match of FUNDING contains one of these (lower case): sentences without them are
not searched."""
_PROVIDING: Final = re.compile(
    r"(?i:zur Verfügung|bereitgestellt|bereitstell\w*|bereit|gewähr(?:t|en|te|ten)|zugesagt|"
    r"zugesprochen)"
)
"""Cues of providing that speak of money only when the sentence states a sum ("gewährt ein
Darlehen von X Euro", not "gewährt Einblick")."""
OWN_MONEY: Final = re.compile(
    r"\b(?:eigene[nm]?[ \t]+(?:Mitteln|Haushalt(?:en|s|es)?)|selbst|"
    r"Eigenanteil\w*|Eigenmittel\w*)\b"
)
"""A share paid by those who carry out the work themselves, not money given to them."""
RECEIVES: Final = re.compile(
    r"(?=[ebrafgk])\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|beantragen|abrufen|"
    r"fließ\w*|fließt|(?:gehen|geht|ging|gingen)(?=(?:[^.;]|\.\d){0,40}?[ \t]an[ \t])|"
    r"(?:kommen|kommt|kam|kamen)(?=(?:[^.;]|\.\d){0,30}?[ \t](?:vom|von)[ \t]))\b"
)
"""Receiving (or money flowing): a funding cue when the sentence states a sum of money."""
PER_RECIPIENT: Final = re.compile(
    r"\b(?:[Jj]ede[rsmn]?|je|pro)[ \t]+(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
"""The kind of recipient a sum is stated for: "je Landkreis", "jede teilnehmende Gemeinde"."""
_NOT_RECIPIENTS: Final = frozenset(
    [
        "Jahr",
        "Jahre",
        "Jahren",
        "Monat",
        "Monate",
        "Woche",
        "Tag",
        "Kopf",
        "Einwohner",
        "Euro",
        "Antrag",
        "Teilnehmer",
        "Teilnehmerin",
        "Teilnehmenden",
        "Teilnehmende",
        "Preisgeld",
        "Geld",
        "Budget",
    ]
)
_RECIPIENTS: Final = (
    "municipality",
    "city",
    "county",
    "startup",
    "company",
    "district",
    "special_purpose_association",
)
_PAYERS: Final = ("municipality", "city", "county")
_DONORS: Final = ("bank", "foundation", "investor")
"""Bodies that give money of their own when a sentence states a sum and a verb of paying."""
_COMPANIES: Final = ("company", "startup")


def _us(ctx: Context, s: Sentence) -> Ref | None:
    """The body "uns" and "wir" stand for in a sentence of an interview's answer."""
    if ctx.we is None or not any(low <= s.start < high for low, high in ctx.answers):
        return None
    return ctx.we


def _opener(ctx: Context, s: Sentence, *, by_noun: bool = False) -> Mention | None:
    """The body a sentence opens with, right after its article: by name (an organisation), or
    with ``by_noun`` any mention there, else the body named again by the head noun it opens
    with ("Der Kreis …")."""
    first = next(iter(ctx.index.starting(s.start, s.start + 5)), None)
    if by_noun:
        lead = _LEAD.match(s.text) if first is None else None
        return first if lead is None else _body_by_noun(ctx, lead.group("noun"), s.start)
    return first if first is not None and first.cls == "Organisation" else None


def _body_of_place(ctx: Context, place: Mention) -> Mention | None:
    """The town or county the text names by a place's name ("Erding": "Landkreis Erding")."""
    named = re.compile(rf"(?<![\w-]){re.escape(place.label)}(?![\w-])")
    return next(
        (b for b in ctx.mentions if b.kind in _PAYERS and named.search(b.label) is not None),
        None,
    )


_MEMBER_NOUNS: Final = frozenset(["Mitglied", "Mitglieder", "Mitgliedern"])


_AND: Final = re.compile(r"(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)(?:(?:der|die|das)[ \t]+)?")


DATIVE_NEXT: Final = re.compile(r"(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)(?:der|dem)[ \t]+")
"""The next body of a list in the dative: ", der X", " und dem Y"."""
_NAME_ITEM: Final = re.compile(r"[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*")
_GOES: Final = r"(?:geht|gehen|ging|gingen|fließt|fließen|floss|flossen)"
"""Verbs of money going somewhere ("geht an", "fließen in")."""
_SMALL_NUMBER: Final = r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
"""A number of bodies, in digits or as a word."""
_EACH: Final = re.compile(
    r"\b(?:[Jj]eweils|[Bb]eide|[Jj]ede[rsm]?[ \t]+der|zu[ \t]+gleichen[ \t]+Teilen|"
    r"[Jj]e(?=[ \t]+(?:(?:bis[ \t]+zu|rund|maximal|höchstens)[ \t]+)?\d))\b"
)
"""A sum for each of the bodies named: "jeweils", "beide", "je 30.000 Euro", "zu gleichen
Teilen"."""
_RECEIVING: Final = re.compile(
    r"\b(?:erh(?:alten|ält|ielt|ielten)|bekomm\w*|beantragen|abrufen|bewerben)\b"
)


def _headed(head: str, m: Mention) -> bool:
    return m.cls == "Organisation" and m.label.startswith(head)


_BODY_NOUN_KINDS: Final = {
    "stadt": ("city",),
    "gemeinde": ("municipality", "city"),
    "kreis": ("county",),
    "landkreis": ("county",),
    "bezirk": ("district",),
    "bezirksamt": ("district",),
}
_CLAUSE_CUT: Final = re.compile(r"[,;:](?=\s)")
"""Where a clause ends (not the comma of "1,35 Millionen")."""


def _body_by_noun(ctx: Context, noun: str, at: int) -> Mention | None:
    """The body a bare noun names again ("das Amt", "Kreis und Verein", "X-Stadt"):
    the last one named before ``at`` of that kind, head word or name without its head."""
    kinds = _BODY_NOUN_KINDS.get(noun.lower())
    stem = key(noun)
    if len(stem) < 3:
        return None
    if kinds is not None:  # "die Gemeinde": a "Gemeinde X" named before, else one of its kind
        headed = ctx.index.last_before(at, partial(_headed, noun + " "))
        if headed is not None and headed.kind in kinds:
            return headed

    def same(x: Mention, exact: bool = False) -> bool:
        if x.cls != "Organisation":
            return False
        if kinds is not None:
            return x.kind in kinds
        words = x.label.split()
        first = key(words[0])
        return (
            first == stem
            or (len(words) > 1 and key(" ".join(words[1:])) == stem)
            or (not exact and len(stem) >= 5 and first.startswith(stem))
            or (not exact and len(stem) >= 6 and first.endswith(stem))
        )

    # the noun itself as the head ("die Verbandsgemeinde": "Verbandsgemeinde X"), before a
    # compound it opens or ends ("Verbandsgemeinderat X", "X-Stadt"); "der Verband" also the
    # association named last whatever its name ("Städte- und Gemeindebund X")
    return (
        ctx.index.last_before(at, partial(same, exact=True))
        or ctx.index.last_before(at, same)
        or (ctx.index.last_before(at, _an_association) if stem == "verband" else None)
    )


def _an_association(m: Mention) -> bool:
    return m.cls == "Organisation" and m.kind in ("municipal_association", "association")


def _plural_payers(
    ctx: Context,
    s: Sentence,
    noun: str,
    plural: tuple[str, str] | None,
    at: int | None = None,
    how_many: re.Pattern[str] | None = None,
) -> list[Ref]:
    """The bodies a plural names ("die Städte" → the cities the sentence names, "die
    Verbandsgemeinden" → the "Verbandsgemeinde …" the article names, "die beiden Bezirke" →
    the two districts it names, when it names just so many), else the plural itself."""
    how_many = _HOW_MANY if how_many is None else how_many
    counted = None if at is None else how_many.search(ctx.text, max(0, at - 24), at)
    if counted is not None and (plural is not None or noun == "Kommunen"):
        n = _NUMBER_WORDS[counted.group("n").lower()]
        kinds = _PAYERS[:2] if plural is None else (plural[1],)
        bodies = {m.label: m for m in ctx.mentions if m.cls == "Organisation" and m.kind in kinds}
        if plural is None and len(bodies) < n:  # towns too few: counties are Kommunen too
            bodies = {
                m.label: m for m in ctx.mentions if m.cls == "Organisation" and m.kind in _PAYERS
            }
        if len(bodies) == n:
            return [ref(m) for m in bodies.values()]
        if len(bodies) > n:  # "die beiden Bezirke" after A and B, before C is told of: A, B
            title = _title_end(ctx)
            first = {m.label: m for m in ctx.mentions if m.start >= title and m.label in bodies}
            return [ref(m) for m in list(first.values())[:n]]
    if plural is not None:
        head, kind = plural
        own = [
            m
            for m in ctx.index.within(s.start, s.end)
            if m.cls == "Organisation" and m.kind == kind
        ]
        if len(own) > 1:
            return [ref(m) for m in own]
        heads = {
            m.label: m
            for m in ctx.mentions
            if m.cls == "Organisation" and m.label.startswith(head + " ")
        }
        if len(heads) > 1:
            return [ref(m) for m in heads.values()]
        if kind == "district":  # "die Bezirke": the "Bezirksamt X" the article names
            offices = {m.label: m for m in ctx.mentions if m.kind == kind}
            if 1 < len(offices) <= 8:
                return [ref(m) for m in offices.values()]
        pair = _pair_as_plural(ctx, s, head)
        if pair and counted is not None and _NUMBER_WORDS[counted.group("n").lower()] == 2:
            return pair  # "Als Pilotbezirke starten A und B. Die beiden Bezirke …"
        places = _places_counted(ctx, noun)
        if places:  # "In A, B und C … Die drei Städte …": the towns named as places
            return [Ref(f"{head} {place}", None, "Organisation") for place in places]
    if noun == "Kommunen" and ctx.last_recipients:
        return ctx.last_recipients  # "Die Kommunen tragen den Rest": those granted money
    return [Ref(noun, None, "Organisation")]


def _places_counted(ctx: Context, noun: str) -> list[str]:
    """The places a text lists and then counts by a plural of bodies ("In A, B und C können
    … Die drei Städte …"): their names, when the list has just so many (the text names no such
    bodies, see :func:`_plural_payers`)."""
    places = [m for m in ctx.mentions if m.cls == "Place" and m.start >= _title_end(ctx)]
    for counted in re.finditer(
        rf"\b(?P<n>beiden?|zwei|drei|vier|fünf)[ \t]+{noun}\b", ctx.text, _I
    ):
        n = _NUMBER_WORDS[counted.group("n").lower()]
        lists: list[list[Mention]] = []
        for m in places:
            if m.start >= counted.start():
                break
            last = lists[-1][-1] if lists else None
            if last is not None and _AND.fullmatch(ctx.text, last.end, m.start):
                lists[-1].append(m)
            else:
                lists.append([m])
        for found in reversed(lists):
            if len(found) == n and len({m.label for m in found}) == n:
                return [m.label for m in found]
        words = _words_listed(ctx, places, counted.start(), n)
        if words:  # "Beteiligt sind A, B, C und D" (A a place named elsewhere): the four
            return words
    return []


_WORD_LIST: Final = re.compile(
    r"(?P<first>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?P<rest>(?:,[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)*"
    r"[ \t]+und[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ \t]*[-A-ZÄÖÜ])"
)
"""A list of single names joined by commas and "und" ("A, B, C und D")."""


def _words_listed(ctx: Context, places: list[Mention], before: int, n: int) -> list[str]:
    """The names of the last list of ``n`` single words before ``before`` one of which a
    place found as a name elsewhere bears ("Beteiligt sind A, B, C und D", A the dateline's
    town, the others not found)."""
    if " und " not in ctx.text[:before]:
        return []
    known = {m.text for m in places}
    last: list[str] = []
    for listed in _WORD_LIST.finditer(ctx.text, _title_end(ctx), before):
        words = re.split(r",[ \t]+|[ \t]+und[ \t]+", listed.group())
        if len(words) == n and known.intersection(words) and not FUNCTION_WORDS.intersection(words):
            last = words
    return last


_NUMBER_WORDS: Final = {"beiden": 2, "beide": 2} | {
    word: n for word, n in NUMBER_WORDS.items() if n <= 8
}
"""The numbers of bodies read before a plural of them (see ``_HOW_MANY_EACH``)."""
_TAKING_PART: Final = r"(?:(?:kommunalen|beteiligten|teilnehmenden|ersten)[ \t]+)?"
"""Between the number and the plural: "die fünf kommunalen Partner", "die drei ersten
Kommunen"."""
_HOW_MANY: Final = re.compile(r"\b(?P<n>beiden?|zwei|drei|vier|fünf)[ \t]+$", re.IGNORECASE)
"""A number before a plural of bodies ("die beiden Bezirke", "den drei Kommunen")."""
_HOW_MANY_EACH: Final = re.compile(
    rf"\b(?P<n>beiden?|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+{_TAKING_PART}$", re.IGNORECASE
)
"""The same before bodies that receive a sum each, up to eight ("die sechs Kommunen erhalten
jeweils", "die fünf kommunalen Partner erhalten je"); a share the bodies pay together ("den Rest
teilen sich die acht Kommunen") stays with their plural beyond five, as annotated."""


def _title_end(ctx: Context) -> int:
    """Where an article's body begins (after its title line, if it has one)."""
    return ctx.sentences[0].end if ctx.sentences and _is_title(ctx.text, ctx.sentences[0]) else 0


_AS_PLURAL: Final = re.compile(
    r"(?P<plural>(?<![a-zäöüß])(?:Bezirke|Städte|Gemeinden|Landkreise|Kreise|Ämter)|"
    r"(?<=[a-zäöüß])(?:bezirke|städte|gemeinden|landkreise|kreise))[ \t]+"
    r"(?:[a-zäöüß]+[ \t]+){0,3}(?P<a>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"[ \t]+und[ \t]+(?P<b>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b(?![ \t]*[-A-ZÄÖÜ])"
)
"""Two local bodies named after a plural of their kind, its verb between: "Als Pilotbezirke
starten A und B", "Modellstädte sind A und B" (each the kind's head and the name)."""


def _pair_as_plural(ctx: Context, s: Sentence, head: str | None = None) -> list[Ref]:
    """The two bodies the sentence before ``s`` names after a plural of their kind (of the
    kind ``head``, when given), as "Bezirk A", "Bezirk B"; none when it names none so."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return []
    before = ctx.sentences[i - 1].text
    if " und " not in before:
        return []
    named = _AS_PLURAL.search(before)
    if named is None or named.group("a") in FUNCTION_WORDS or named.group("b") in FUNCTION_WORDS:
        return []
    plural = named.group("plural")
    kind = PLURAL_PLACE_HEADS.get(plural[:1].upper() + plural[1:])
    if kind is None or (head is not None and kind[0] != head):
        return []
    return [Ref(f"{kind[0]} {named.group(x)}", None, "Organisation") for x in ("a", "b")]


def _listed_before(ctx: Context, s: Sentence, funder: Ref | None) -> list[Ref]:
    """The towns, counties and companies the sentence before ``s`` names (each once); past a
    sentence that names none and goes on about them as "Sie" ("A, B und C machen mit. Sie
    bauen … Dafür gibt ihnen …")."""
    i = bisect_left(ctx.sentence_starts, s.start)
    found: list[Ref] = []
    while i and not found:
        before = ctx.sentences[i - 1]
        for m in ctx.index.within(before.start, before.end):
            if m.kind in _RECIPIENTS and ref(m) != funder and ref(m) not in found:
                found.append(ref(m))
        if not ctx.text.startswith("Sie ", before.start):
            break
        i -= 1
    return found


def _funded_work(ctx: Context, s: Sentence) -> Ref | None:
    """The work money goes to when no body receives it (a share paid towards it, "Aus dem
    Programm fließen X Euro in das Projekt"): the initiative of the sentence, else the one the
    article is about, else the one told of last (never a programme, a call for proposals or
    a prize; a strategy only when no other work is told of)."""
    for strategies in (False, True):

        def fits(m: Mention, strategies: bool = strategies) -> bool:
            return m.kind not in _FUNDS_KINDS and (strategies or m.kind != "strategy")

        works = [
            m
            for m in ctx.index.within(s.start, s.end)
            if m.cls in ("Initiative", "Event") and not ctx.is_source(m) and fits(m)
        ]
        earlier = [m for m in ctx.initiatives if m.start < s.start and fits(m)]
        main = ctx.main if ctx.main is not None and fits(ctx.main) else None
        if main is not None and main is ctx.prize:
            main = None  # a share is paid towards a work, not a prize the work won
        work = works[0] if works else main or (earlier[-1] if earlier else None)
        if work is not None:
            return ref(work)
    return None


_FUNDS_KINDS: Final = ("programme", "funding_call")
"""Initiatives that hand out money: a share is paid towards a work, not into them."""


_HANDING: Final = re.compile(
    r"\b(?:Förderbescheid\w*|Zuwendungsbescheid\w*|Bescheid\w*|Scheck\w*)\b"
)
"""A grant handed over in person: "überreichte … einen Förderbescheid über X Euro an …"."""


_SUPPORTING: Final = re.compile(
    r"(?:u(?<!\wu)nterstützt|u(?<!\wu)nterstützte|f(?<!\wf)ördert|f(?<!\wf)örderte)\b"
)
"""An active verb of funding: the body named again after it is its object (each word at a
word's start, written to start with its letter, so the engine skips to those letters)."""


_SUPPORTS_NAMED: Final = re.compile(
    r"\b(?:unterstützt|unterstützte|fördert|förderte|bezuschusst|bezuschusste)[ \t]+"
    r"(?:(?:den|die|das)[ \t]+)?$"
)
"""An active verb of funding right before the body it names as its object."""


_LEAD: Final = re.compile(
    r"(?:Die|Der|Das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A sentence opening with a body named again by its head noun ("Die Stiftung …")."""
_AGENT: Final = re.compile(r"\b(?:vom|von[ \t]+der|von[ \t]+dem)[ \t]+$")
"""The agent of a passive: "von der Sparkasse X", "vom Verein Y"."""
_TAKES: Final = re.compile(r"\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam)\b")
_MONEY_OF: Final = re.compile(r"[a-zäöü](?:mitteln|geldern)[ \t]+de[rs][ \t]+$")
"""Money named as a body's, right before the body: "aus Lottomitteln der Gesellschaft Y"."""
_OPENING_BODY: Final = (
    r"(?:Die|Der|Das)[ \t]+(?P<name>(?P<adj>[A-ZÄÖÜ][a-zäöü]+er[ \t]+)?"
    r"(?:[A-ZÄÖÜ][\w-]*[ \t]+){0,2}?"
    r"(?P<head>[A-ZÄÖÜ][\w-]*?(?:stiftung|bank|behörde|schule|akademie|kasse|Bank)|Stiftung|"
    r"Bank|Behörde|Akademie)"
    r"(?:[ \t]+(?:[A-ZÄÖÜ][\w()-]*|im|in[ \t]+der|des|der|für|und)){0,6}?)[ \t]+(?={verbs}\b)"
)
"""A sentence opening with a body of a kind that may pay or train, by a name with no head
after it ("Die Stiftung X Y", "Die Xer Finanzbehörde", "Die Volkshochschule im Kreis
Z"), up to its verb."""


def _opening_body(ctx: Context, s: Sentence, verb: re.Pattern[str]) -> tuple[str, Ref, int] | None:
    """The body a sentence opens with as the subject of ``verb`` when it is not found as a
    name (with its head noun): its words up to the verb; a place's adjective before it stands
    after it, as names have it, when the text names the place ("Die Xer Finanzbehörde"
    → "Finanzbehörde Hamburg")."""
    if s.text[:1] != "D":
        return None
    m = verb.match(s.text)
    if m is None:
        return None
    if ctx.index.overlapping(s.start + m.start("head"), s.start + m.end("head")):
        return None  # found as a name
    name = " ".join(m.group("name").split())
    if name == m.group("head") and "-" not in name:
        # "Die Stiftung …": a body named again by its head noun, no name ("Die X-Bank" is one:
        # a hyphen joins a short name to the head)
        return None
    adj = m.group("adj")
    if adj is not None:
        place = adj.strip()[:-2]
        if re.search(rf"(?<![\w-]){re.escape(place)}(?![\w])", ctx.text) is not None:
            name = f"{name[len(adj.strip()) + 1 :]} {place}"
    head = m.group("head").split("-")[-1]
    return head, Ref(name, None, "Organisation"), m.end("name")


_FLOWS_TO: Final = re.compile(
    rf"\b{_GOES}\b(?:[^.;,]|[.,]\d){{0,30}}?[ \t]an[ \t]+"
    r"(?:(?:die|den|das)[ \t]+)?(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""Money going to a body: "geht an die X", "fließen an den Verein Y" (the head noun before a
name found without it)."""
_AND_BODY: Final = re.compile(r"[ \t]+(?:und|sowie)[ \t]+(?:(?:der|die|das|den|dem)[ \t]+)?")


_IN_PLACE: Final = re.compile(r"\b(?:in|im|aus)[ \t]+(?:ganz[ \t]+)?$")

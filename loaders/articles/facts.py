"""Relations between the things found, sentence by sentence, from cue words and positions.

Funding (funder, funded initiative or recipient, amount), part-of, organiser, participant,
winner or recipient (with counts when no names are given), training provider, supporter,
cooperation, membership, location. "Das Land" and "das Vorhaben" refer back to the state
and the initiative the article is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Final

from loaders.articles.cooperation import cooperation
from loaders.articles.factkit import (
    _FUNDERS,
    _GOVERNMENTS,
    _LAND_WORDS,
    _NEAR,
    _PART_OF_WORDS,
    _PRIZE_NAME,
    ANAPHOR,
    LAND_REF,
    PART_OF,
    SOURCE,
    _fact,
    _found,
    _is_title,
    _land,
    _new_body,
    _whole_after,
)
from loaders.articles.findings import Amount, Count, DateRef, Fact, Mention, Ref, ref
from loaders.articles.funding import (
    _ALL_COSTS,
    _COSTS_FIRST,
    _INVESTORS,
    _PART_SHARE,
    _investors,
    _real,
    _right_after,
    _with_own_shares,
)
from loaders.articles.fundkit import _opening_body
from loaders.articles.givers import _GIVING_VERB
from loaders.articles.located import TERRITORIES, located
from loaders.articles.members import members
from loaders.articles.organisers import organisers, own_works, programmes
from loaders.articles.participants import participants
from loaders.articles.parts import parts
from loaders.articles.passed import _LOCAL_BUDGET
from loaders.articles.sentences import Sentence
from loaders.articles.shares import _OWN_SHARE, _OWN_WORDS
from loaders.articles.spans import Sorted, Spans
from loaders.articles.supporters import supporters
from loaders.articles.trainers import trainers

ORGANISER: Final = re.compile(
    r"\b\w*(?:[Vv]eranstaltung|[Kk]onferenz|[Tt]agung|[Ww]orkshop|[Kk]ongress)\s+(?:des|der|vom)\s+"
)
ORGANISES: Final = re.compile(
    r"(?=[vorlaugsi])\b(?:veranstalte\w*|organisier\w*|richte\w*(?=[^.;]*\baus\b)|ausrichte\w*|"
    r"ausgerichtet|getragen|lädt|"
    r"an den Start gebracht|gestartet|startet|initiiert\w*|ins Leben gerufen)\b"
)
PARTICIPATES: Final = re.compile(
    r"(?=[gGPaeTnbBmSA])\b(?:gewinn\w*|gewonnen|Preisträger\w*|[Aa]usgezeichnet|Sieger\w*|"
    r"erhalten|erhält|"
    r"teilnehmen|teilgenommen|nehmen|nimmt|[Bb]eteilig\w*|mitmachen)\b"
)
"""Verbs of winning, receiving and taking part (not the nouns: "für alle Teilnehmer")."""
_NOT_COMPOUND_HEADS: Final = frozenset(["projekt", "programm", "vorhaben", "initiative"])
"""Heads too general to name one event or initiative again by compound."""
_HEAD_BEFORE: Final = re.compile(r"\b(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,})[ \t]+[„“\"»]?$")
"""The head noun right before an initiative's name: "Förderlinie" in "Förderlinie „X“"."""
_HEAD_AGAIN: Final = re.compile(
    r"\b(?:[Dd](?:er|ie|as|em|en|es|iese[rsmn]?))[ \t]+(?:[a-zäöü]+[ \t]+)?"
    r"(?P<head>[A-ZÄÖÜ][a-zäöüß]{3,}?)(?:e?s)?\b(?![ \t]*[„“\"»A-ZÄÖÜ])"
)
"""A head noun with an article and no name after it: "der Förderlinie", "des Programms"."""
_ORGANISER_WORDS: Final = ("eranstaltung", "onferenz", "agung", "orkshop", "ongress")
_ORGANISES_WORDS: Final = (
    "veranstalte",
    "organisier",
    "richte",
    "ausgerichtet",
    "getragen",
    "lädt",
    "an den Start gebracht",
    "gestartet",
    "startet",
    "initiiert",
    "ins Leben gerufen",
)
_PARTICIPATES_WORDS: Final = (
    "gewinn",
    "gewonnen",
    "Preisträger",
    "usgezeichnet",
    "Sieger",
    "erhalten",
    "erhält",
    "eilnehm",
    "nehmen",
    "nimmt",
    "eteilig",
    "mitmachen",
)


_OF_STATE: Final = re.compile(
    r"\b(?:des|der)[ \t]+(?P<head>Land|Freistaat)(?:es|s)?[ \t]+(?P<state>[A-ZÄÖÜ][\w-]+)"
)
"""A state in a body's name: "… des Landes Sachsen-Anhalt", "… des Freistaates Thüringen"."""


_STATE_NAMED: Final = re.compile(
    r"(?P<head>L(?<![\w-]L)and|F(?<![\w-]F)reistaat)(?:es|s)?[ \t]+"
    r"(?P<state>[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
"""A state named as "Land Y" or "Freistaat Y"."""


def _unknown_states(text: str, mentions: list[Mention]) -> list[tuple[int, Ref]]:
    """States named "Land Y" or "Freistaat Y" that are no mention: Y is a word of a name the
    text names, or ends its clause ("vom Land Y."), so is no noun ("das Land Mittel …")."""
    if "Land " not in text and "Freistaat " not in text:
        return []
    found = []
    for named in _STATE_NAMED.finditer(text):
        state = named.group("state")
        if any(m.start <= named.start() < m.end for m in mentions):
            continue
        if text[named.end() : named.end() + 1] in (".", ",", ";", ":", ")") or any(
            state in m.label for m in mentions
        ):
            found.append(
                (named.start(), Ref(f"{named.group('head')} {state}", None, "Organisation"))
            )
    return found


@dataclass
class Context:
    """What facts are read from: the text, its sentences and everything found in it."""

    text: str
    sentences: list[Sentence]
    mentions: list[Mention]
    amounts: list[Amount]
    counts: list[Count]
    dates: list[DateRef]
    federation: Ref | None = None
    roles: list[Fact] | None = None

    def __post_init__(self) -> None:
        self.role_of = {
            f.subject.label: f.object
            for f in self.roles or ()
            if f.predicate == "holds_role" and f.object is not None
        }
        """The body each person holds a role in."""
        self.kind_of = {m.label: m.kind for m in self.mentions if m.cls == "Organisation"}
        """The kind of each body named (by label)."""
        self.we, self.answers = _interviewee(self.text, self.role_of)
        """In an interview, the body of the one who answers ("uns", "wir"), and the answers:
        for a unit's head, the town or county the text names most ("uns" in the answers of the
        head of a Fachdienst is the county)."""
        if self.we is not None and self.kind_of.get(self.we.label) not in _WE_KINDS:
            local = Counter(
                m.label for m in self.mentions if m.cls == "Organisation" and m.kind in _LOCAL
            ).most_common(1)
            if local and _UNIT_LABEL.match(self.we.label):
                self.we = next(ref(m) for m in self.mentions if m.label == local[0][0])
        self.index = Spans(self.mentions)
        self.amount_index = Sorted(self.amounts)
        self.count_index = Sorted(self.counts)
        self.date_index = Sorted(self.dates)
        self.states = [m for m in self.mentions if m.kind == "state" and m.entity]
        self.state_starts = [m.start for m in self.states]
        wholes = _wholes(self.text, self.index)
        self.initiatives = [
            m for m in self.mentions if m.cls in ("Initiative", "Event") and m.start not in wholes
        ]
        self.initiative_starts = [m.start for m in self.initiatives]
        title = (
            self.sentences[0].end
            if self.sentences and _is_title(self.text, self.sentences[0])
            else 0
        )
        self.main = next(
            (m for m in self.initiatives if m.cls == "Initiative" and m.start >= title), None
        )
        """The initiative the article is about: the first one its body names."""
        self.first_work = self.main or next(
            (m for m in self.mentions if m.cls == "Initiative" and m.start >= title), None
        )
        """The initiative the article is about, else the first one named, a whole too."""
        prizes = [
            m
            for m in self.initiatives
            if m.kind == "competition" or _PRIZE_NAME.search(m.label) is not None
        ]
        self.prize = next((m for m in prizes if m.start >= title), prizes[0] if prizes else None)
        """The prize or competition the article tells of (prize money is its money)."""
        self.heads: dict[str, list[Mention]] = {}
        for m in self.mentions:
            if m.cls in ("Initiative", "Event"):
                head = _HEAD_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                if head is not None:
                    self.heads.setdefault(head.group("head"), []).append(m)
        self.sentence_starts = [s.start for s in self.sentences]
        self.unknown_states = _unknown_states(self.text, self.mentions)
        """States the graph does not know, named "Land Y" (with their positions)."""
        self.last_funder: tuple[int, Ref] | None = None
        """The funder of the last sentence that stated a grant (not a share paid by those
        who do the work), with that sentence's end."""
        self.last_funded: Ref | None = None
        """What the last sentence that stated a sum funded."""
        self.last_financed: Ref | None = None
        """The company whose investors the text told of last."""
        self.financed_until = -1
        """Where the last sentence that told of investors in a company ends."""
        self.last_recipients: list[Ref] = []
        """The towns and counties the last grant to several of them went to."""
        self.opened: list[tuple[int, str, Ref]] = []
        """Bodies not found as names that sentences opened with as payers (see
        :func:`_opening_body`), with their positions and head nouns."""

    def last_initiative_before(self, position: int) -> Mention | None:
        """The initiative or event mentioned last before ``position``."""
        i = bisect_left(self.initiative_starts, position)
        return self.initiatives[i - 1] if i else None

    def named_again(self, s: Sentence) -> Mention | None:
        """An initiative a sentence names again by the head noun its name followed ("aus der
        Förderlinie „X“" … "eine Runde der Förderlinie"): the last one named before."""
        for m in _HEAD_AGAIN.finditer(s.text):
            found = self.heads.get(m.group("head"))
            if found is None:
                found = self.compounds(m.group("head"))  # "die Messe": the "Xmesse Y"
            before = [x for x in found if x.start < s.start]
            if before:
                return before[-1]
        return None

    def compounds(self, head: str) -> list[Mention]:
        """The events and initiatives whose name opens with a compound of ``head``
        ("Baumesse X" for "Messe")."""
        tail = head.lower()
        if len(tail) < 5 or tail in _NOT_COMPOUND_HEADS:
            return []
        return [m for m in self.initiatives if m.label.split()[0].lower().endswith(tail)]

    def is_source(self, m: Mention) -> bool:
        """Whether an initiative is named as where money comes from ("aus dem Programm X")."""
        return SOURCE.search(self.text, max(0, m.start - 40), m.start) is not None

    def last_work_before(self, position: int) -> Mention | None:
        """The initiative or event mentioned last before ``position`` that is not named as
        where money comes from, else the one the article is about."""
        i = bisect_left(self.initiative_starts, position)
        while i:
            i -= 1
            if not self.is_source(self.initiatives[i]):
                return self.initiatives[i]
        return self.first_work

    def antecedent(self, s: Sentence, funder: Ref, *, bodies: bool = True) -> Ref | None:
        """What "dafür", "das Projekt" or a bare sum refers to: an initiative of the sentence
        before, else a body (no funder) it named last, else the initiative named last."""
        i = bisect_left(self.sentence_starts, s.start)
        if i:
            before = self.sentences[i - 1]
            named = [m for m in self.index.within(before.start, before.end) if m.cls != "Person"]
            for m in reversed(named):
                if (
                    m.cls in ("Initiative", "Event")
                    and m in self.initiatives
                    and not self.is_source(m)
                ):
                    return ref(m)  # not where money came from: "aus dem Programm X"
            earlier = self.last_work_before(s.start)
            if earlier is not None and s.start <= earlier.start < s.end:
                earlier = None  # first named in this very sentence (as where money comes from)
            if bodies and earlier is not None:
                if self.is_source(earlier):  # a programme money comes from is no work funded
                    return _new_body(self) or ref(earlier)
                return ref(earlier)  # the work told of (before, else the article's), not a body
            for m in reversed(named):
                if not bodies:
                    break
                if m.cls == "Organisation" and m.kind not in _FUNDERS[:3] and ref(m) != funder:
                    return ref(m)
        if not bodies:
            return None
        earlier = self.last_initiative_before(s.start)
        return None if earlier is None else ref(earlier)

    def state_in_names(self) -> Ref | None:
        """The state a text names only inside a body's name ("Ministerium für X des Landes
        Y"), as "Land Y": what "das Land" refers to when no state is named on its own; else
        a state the graph does not know that the text calls "Land Y" (see
        :func:`_unknown_states`)."""
        for m in self.mentions:
            if m.cls == "Organisation":
                named = _OF_STATE.search(m.label)
                if named is not None:
                    return Ref(f"{named.group('head')} {named.group('state')}", None, m.cls)
        return self.unknown_states[0][1] if self.unknown_states else None

    def state_before(self, position: int) -> Mention | None:
        """The state named last before ``position`` (else the first one named after it)."""
        i = bisect_left(self.state_starts, position)
        if i:
            return self.states[i - 1]
        return self.states[0] if self.states else None


def _wholes(text: str, index: Spans) -> set[int]:
    """Starts of initiatives named as the whole something is part of ("Teil der Strategie X"):
    context, not what later sentences refer back to."""
    found = set()
    for cue in PART_OF.finditer(text):
        whole = _whole_after(cue.end(), index.starting(cue.end(), cue.end() + _NEAR))
        if whole is not None:
            found.add(whole.start)
    return found


def facts(ctx: Context) -> list[Fact]:
    """Every relation the sentences state."""
    found: list[Fact] = []
    places = [m for m in ctx.mentions if m.cls == "Place" or m.kind in TERRITORIES]
    for s in ctx.sentences:
        ms = [m for m in ctx.index.within(s.start, s.end) if m.cls != "Person"]
        if _is_title(ctx.text, s):
            continue  # a title repeats what the text states
        text = s.text
        if not ms and not ctx.amount_index.inside(s.start, s.end):
            if (
                _found(LAND_REF, _LAND_WORDS, text) is not None  # "… vom Land."
                or _found(_OWN_SHARE, _OWN_WORDS, text) is not None  # "Den Rest tragen …"
                or _found(_LOCAL_BUDGET, ("aushalt",), text) is not None  # "aus unserem …"
                or (
                    "osten" in text  # "Die Bremer Bank übernahm die Kosten für …"
                    and _ALL_COSTS.search(text) is not None
                    and _opening_body(ctx, s, _GIVING_VERB) is not None
                )
                or (
                    "osten" in text  # "Die Kosten der Kurse trägt der Kreis."
                    and (_COSTS_FIRST.search(text) or _PART_SHARE.search(text)) is not None
                )
            ):
                found.extend(_real(s, _with_own_shares(ctx, s, ms, text, None)))
            counts = ctx.count_index.inside(s.start, s.end)
            if counts:  # "Beworben hatten sich 27 Kommunen.", "Rund 300 Gäste kamen."
                found.extend(
                    participants(ctx.text, s, ms, counts, ctx.main, False, None, ctx.index)
                )
            if counts:  # "Der Verband vertritt 419 Städte."
                found.extend(members(ctx.text, s, ms, counts, ctx.index, None))
            # "Das Programm gehört zur Gesamtsteuerung X": a whole named without quotes
            found.extend(parts(ctx.text, s, ms, ctx.index, ctx.main, None))
            continue  # every other relation needs a name in the sentence, or a sum of money
        dates = ctx.date_index.inside(s.start, s.end)
        date = next((d.value for d in dates if d.value), None)
        classes = {m.cls for m in ms}
        bodies = "Organisation" in classes
        works = "Initiative" in classes or "Event" in classes
        private = _found(_PRIVATE, _PRIVATE_WORDS, text)
        if private is None and _right_after(ctx, s, ctx.financed_until) and _OF_ROUND.search(text):
            private = _OF_ROUND.search(text)  # "X Euro davon kommen von der Bank Y": the round's
        if (
            private is None
            and _right_after(ctx, s, ctx.financed_until, within=3)
            and any(m.cls == "Organisation" and m.kind in (*_INVESTORS, None) for m in ms)
        ):
            # "Angeführt wird die Runde von X", "Weitere Y Euro kommen von Z", "Ergänzt wird die
            # Finanzierung durch ein Darlehen der Bank W": the round told of goes on (with a
            # body that may invest; "Weitere X Euro gibt das Land" is a grant)
            private = _found(_ROUND_GOES_ON, _ROUND_GOES_ON_WORDS, text)
        if private is None:
            found.extend(_real(s, _with_own_shares(ctx, s, ms, text, date)))
        elif bodies:
            found.extend(_investors(ctx, s, ms, date))
        elif ctx.amount_index.inside(s.start, s.end):
            ctx.financed_until = s.end  # "Es hat eine Finanzierungsrunde über X Euro abgeschlossen"
        counts = ctx.count_index.inside(s.start, s.end)
        paid = bool(ctx.amount_index.inside(s.start, s.end))
        if works:  # the readers below return nothing without what they need in the sentence
            found.extend(_part_of(ctx, s, ms, text, date))
            found.extend(_organiser(ctx, s, ms, text, date))
        if bodies or works:  # ("aus dem Programm X, das das Ministerium auflegt")
            found.extend(programmes(ctx.text, s, ms, ctx.index, date))
        if bodies:
            found.extend(organisers(ctx.text, s, ms, ctx.index, date))
            found.extend(own_works(ctx.text, s, ms, ctx.index, date))
            found.extend(supporters(ctx.text, s, ms, ctx.index, ctx.main, paid, date))
            found.extend(_trainers(ctx, s, ms, counts, paid, date))
        if works or ctx.main is not None:
            found.extend(_participates(ctx, s, ms, text, date))
            found.extend(participants(ctx.text, s, ms, counts, ctx.main, paid, date, ctx.index))
        if bodies:
            joined = members(ctx.text, s, ms, counts, ctx.index, date)
            found.extend(_not_fellow_members(cooperation(ctx.text, s, ms, ctx.index, date), joined))
            found.extend(joined)
        found.extend(located(ctx.text, s, ms, places, ctx.index, date))
        found.extend(parts(ctx.text, s, ms, ctx.index, ctx.main, date))
    hosts = {(f.subject, f.object, f.start) for f in found if f.predicate == "organises"}
    found = [
        f
        for f in found
        if f.predicate != "participates_in" or (f.subject, f.object, f.start) not in hosts
    ]  # who hosts an event does not also take part in it
    return _unique(found)


_ROUND_GOES_ON: Final = re.compile(
    r"\b(?:Runde|[Ww]eitere|[Üü]brigen|investier\w*|Darlehen\w*|Finanzierung)\b"
)
"""Words that go on telling of a round of financing told of in the sentence before."""
_ROUND_GOES_ON_WORDS: Final = ("Runde", "eitere", "brigen", "nvestier", "Darlehen", "Finanzierung")
_OF_ROUND: Final = re.compile(
    r"\b(?:[Dd]avon|[Dd]en[ \t]+größten[ \t]+(?:Teil|Anteil)|[Dd](?:en|er)[ \t]+Rest)\b"
)
"""A part of money told of ("X Euro davon kommen von …", "Den größten Teil steuerte X bei;
den Rest teilen sich Y und Z"): after a round of financing, its investors."""


def _unique(found: list[Fact]) -> list[Fact]:
    seen: set[tuple[str, Ref, Ref | None, int]] = set()
    result = []
    for fact in found:
        key = (fact.predicate, fact.subject, fact.object, fact.start)
        if key not in seen and fact.subject != fact.object:
            seen.add(key)
            result.append(fact)
    return result


_PRIVATE: Final = re.compile(
    r"(?=[FeWRKIGiwrkgAas])\b(?:Finanzierungsrunde\w*|eingesammelt|eingeworben|\w*[Kk]apitalgeber\w*|"
    r"[Ii]nvestor\w*|[Gg]eldgeber\w*|Wagniskapital\w*|Risikokapital\w*|"
    r"[Aa]n[ \t]+(?:dem|der)[ \t]+(?:jungen[ \t]+)?(?:Start-up|Startup|Unternehmen|Firma)\b"
    r"(?=(?:[^.;]|\.\d)*\bbeteiligt\b)|"
    r"(?:steigt|stieg|stiegen)(?=[ \t](?:[^.;]|\.\d)*\bmit[ \t](?:[^.;]|\.\d)*\bein\b))"
)
"""Private money for a company: a round of financing, investors, a stake ("An dem Start-up
hat sich die X GmbH mit Y Euro beteiligt", "Im Mai stieg die X GmbH mit Y Euro ein")."""
_PRIVATE_WORDS: Final = (
    "stieg",
    "Finanzierungsrunde",
    "eingesammelt",
    "eingeworben",
    "apitalgeber",
    "nvestor",
    "eldgeber",
    "agniskapital",
    "isikokapital",
    "beteiligt",
)


_ANSWER: Final = re.compile(r"^(?P<name>[A-ZÄÖÜ][\w-]+):[ \t]", re.MULTILINE)
"""A paragraph of an interview: "Frage: …" or the answer, "<Surname>: …"."""


_PARAGRAPH: Final = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
"""A paragraph: lines up to a blank line."""
_ADDRESSED: Final = re.compile(r"^(?:Herr|Frau)[ \t]+(?P<name>[A-ZÄÖÜ][\w-]+),")
"""A question that opens by addressing the one who answers: "Herr X, …"."""
_QUESTIONS: Final = 3
"""Questions an interview asks at the least."""


_WE_KINDS: Final = ("city", "municipality", "county", "district", "company", "startup")
"""Kinds of bodies whose head speaks for them as "wir" themselves."""
_LOCAL: Final = ("city", "municipality", "county", "district")
_UNIT_LABEL: Final = re.compile(
    r"(?:Fachdienst|Stabsstelle|Sachgebiet|Abteilung|Referat|Dezernat|Fachbereich|"
    r"[A-ZÄÖÜ][\wäöüß-]*(?:amt|zentrum|stelle|büro))\b"
)
"""The label of a unit of a local body ("Fachdienst Klimaschutz", "Bürgerservicezentrum")."""


def _interviewee(text: str, role_of: dict[str, Ref]) -> tuple[Ref | None, list[tuple[int, int]]]:
    """In an interview ("Frage: …" and answers "<Surname>: …" by one person, or paragraphs of
    questions, one of them "Herr X, …?", each followed by its answer), the body the one who
    answers holds a role in (whom "uns" and "wir" stand for) and the spans of the answers;
    else (None, [])."""
    if "Frage:" not in text:
        return _asked(text, role_of) if "?\n" in text else (None, [])
    paragraphs = list(_ANSWER.finditer(text))
    names = {p.group("name") for p in paragraphs} - {"Frage"}
    if len(names) != 1 or len(paragraphs) < 3:
        return None, []
    name = names.pop()
    body = next((b for person, b in role_of.items() if person.endswith(" " + name)), None)
    if body is None:
        return None, []
    ends = [p.start() for p in paragraphs[1:]] + [len(text)]
    answers = [
        (p.start(), end) for p, end in zip(paragraphs, ends, strict=True) if p.group("name") == name
    ]
    return body, answers


def _asked(text: str, role_of: dict[str, Ref]) -> tuple[Ref | None, list[tuple[int, int]]]:
    """An interview of paragraphs that ask ("…?") and answer, one of them addressing the one
    who answers by name: that person's body and the answers (see :func:`_interviewee`)."""
    paragraphs = list(_PARAGRAPH.finditer(text))
    asks = [p.group().rstrip().endswith("?") for p in paragraphs]
    if sum(asks) < _QUESTIONS:
        return None, []
    names = {
        m.group("name")
        for p, ask in zip(paragraphs, asks, strict=True)
        if ask and (m := _ADDRESSED.match(p.group())) is not None
    }
    if len(names) != 1:
        return None, []
    name = names.pop()
    body = next((b for person, b in role_of.items() if person.endswith(" " + name)), None)
    if body is None:
        return None, []
    first = asks.index(True)
    answers = [
        p.span()
        for i, (p, ask) in enumerate(zip(paragraphs, asks, strict=True))
        if i > first and not ask
    ]
    return body, answers


def _part_of(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    found: list[Fact] = []
    if not any(m.cls in ("Initiative", "Event") for m in ms):
        return found  # the whole is an initiative of the sentence
    if not any(word in text for word in _PART_OF_WORDS):
        return found
    for cue in PART_OF.finditer(text):
        whole = _whole_after(s.start + cue.end(), ms)
        if whole is None:
            continue
        cue_at = s.start + cue.start()
        parts = [m for m in ms if m.cls in ("Initiative", "Event") and m.end <= cue_at]
        part = parts[-1] if parts else None
        if part is None and (ANAPHOR.search(text) or re.search(r",\s*(?:das|die|der)\s", text)):
            part = ctx.last_initiative_before(s.start)
        if part is not None and part.label != whole.label:
            found.append(_fact(s, "part_of", ref(part), ref(whole), 0.75, date=date))
    return found


def _organiser(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    found: list[Fact] = []
    events = [m for m in ms if m.cls in ("Event", "Initiative")]
    if not events:
        return found  # every organiser fact names an event or initiative of the sentence
    for cue in ORGANISER.finditer(text) if _found(ORGANISER, _ORGANISER_WORDS, text) else ():
        at = s.start + cue.end()
        org = next((m for m in ms if at <= m.start <= at + 1 and m.cls == "Organisation"), None)
        if org is not None and events:
            found.append(_fact(s, "organises", ref(org), ref(events[0]), 0.7, date=date))
    cue2 = _found(ORGANISES, _ORGANISES_WORDS, text)
    if cue2 is not None and not found:
        found = _organised_in_clause(s, ms, cue2, date)
    if cue2 is not None and not found:
        cue_at = s.start + cue2.start()
        orgs = [m for m in ms if m.cls == "Organisation" and m.start < cue_at]
        land = _land(ctx, s, text)
        subjects = [ref(o) for o in orgs] if "gemeinsam" in text else [ref(o) for o in orgs[-1:]]
        if not subjects and land is not None:
            subjects = [land[1]]
        if events:
            event = ref(events[0])
            found += [_fact(s, "organises", who, event, 0.55, date=date) for who in subjects[:3]]
    return found


_CLAUSE_MARK: Final = re.compile("[,;\u2013]")
_HOSTING: Final = re.compile(r"(?i:richte|ausricht|ausgerichtet|veranstalt|organisier|getragen)")


def _organised_in_clause(
    s: Sentence, ms: list[Mention], cue: re.Match[str], date: str | None
) -> list[Fact]:
    """Hosting an event, read within the clause of the verb: "richtet der X den Y aus",
    "…, den der X gemeinsam mit dem Z ausrichtet", "Y wird vom X ausgerichtet". The bodies of
    that clause host; the event is the clause's own, else the one the clause refers back to."""
    if _HOSTING.match(cue.group()) is None:
        return []
    text = s.text
    marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    low = max((i for i in marks if i < cue.start()), default=-1) + 1
    high = min((i for i in marks if i > cue.start()), default=len(text))
    low, high = s.start + low, s.start + high
    at = s.start + cue.start()
    orgs = [m for m in ms if low <= m.start < at and m.cls == "Organisation"] or [
        m for m in ms if at < m.start < high and m.cls == "Organisation"
    ]
    if not orgs:
        return []
    own = [m for m in ms if low <= m.start < high and m.cls == "Event"]
    before = [m for m in ms if m.end <= low and m.cls in ("Event", "Initiative")]
    event = own[0] if own else before[-1] if before else None
    if event is None:
        return []
    return [_fact(s, "organises", ref(o), ref(event), 0.6, date=date) for o in orgs[:3]]


def _trainers(
    ctx: Context, s: Sentence, ms: list[Mention], counts: list[Count], paid: bool, date: str | None
) -> list[Fact]:
    """Who trains whom in ``s``: see ``trainers`` (the people may be counted in the next
    sentence: "… bietet eine Schulung an. Rund 280 Beschäftigte sollen teilnehmen.")."""
    i = bisect_right(ctx.sentence_starts, s.start)
    after = ctx.sentences[i] if i < len(ctx.sentences) else None
    later = ctx.count_index.inside(after.start, after.end) if after is not None else []
    return trainers(ctx.text, s, ms, counts, later, ctx.main, paid, date)


def _not_fellow_members(pairs: list[Fact], joined: list[Fact]) -> list[Fact]:
    """Cooperation facts, less those between bodies the same sentence makes members of one
    body ("A, B und C haben eine Vereinbarung über den Verbund X unterzeichnet": each belongs
    to X; the blind writers annotate no cooperation among them)."""
    bodies: dict[Ref | None, set[Ref]] = {}
    for f in joined:
        bodies.setdefault(f.object, set()).add(f.subject)
    fellows = [members for members in bodies.values() if len(members) > 1]
    if not fellows:
        return pairs
    return [
        f for f in pairs if not any(f.subject in group and f.object in group for group in fellows)
    ]


def _participates(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    if ctx.main is None and not any(m.cls in ("Initiative", "Event") for m in ms):
        return []  # nothing to take part in
    cue = _found(PARTICIPATES, _PARTICIPATES_WORDS, text)
    if cue is None:
        # (not bodies that build, run or accompany the work, "Entwickelt wird das Portal vom
        # X": the blind writers since round 17 annotate none of them as taking part)
        return []
    targets = [m for m in ms if m.cls in ("Initiative", "Event")]
    joins = cue.group().lower().startswith(("teilnehm", "beteilig"))
    if cue.group().lower().startswith("beteilig") and ctx.amount_index.inside(s.start, s.end):
        return []  # "beteiligen sich mit X Euro", "… sich: Sie zahlen X Euro": a share paid
    wins = cue.group().lower().startswith(("sieger", "preisträger", "ausgezeichnet"))
    if not targets:
        earlier = ctx.main if joins or wins else None
        if earlier is None:
            return []
        targets = [earlier]
    word = cue.group().lower()
    role = (
        "winner"
        if word.startswith(("gewinn", "gewonnen", "preisträger", "ausgezeichnet", "sieger"))
        else "recipient"
        if word.startswith("erh")
        else "participant"
    )
    target = ref(targets[0])
    counts = ctx.count_index.inside(s.start, s.end)
    if counts and not joins:
        count = counts[0]
        subject = Ref(count.of, None, "Organisation")
        return [
            _fact(s, "participates_in", subject, target, 0.6, role=role, count=count, date=date)
        ]
    cue_at = s.start + cue.start()
    agents = [m for m in ms if m.cls == "Organisation" and (joins or m.start < cue_at)]
    if not agents and wins:
        # "Ausgezeichnet wurden die Stadt A, die Gemeinde B …": the winners follow the verb
        agents = [m for m in ms if m.cls == "Organisation" and m.kind not in _GOVERNMENTS]
        return [
            _fact(s, "participates_in", ref(a), target, 0.55, role="winner", date=date)
            for a in agents[:10]
        ]
    return [
        _fact(s, "participates_in", ref(a), target, 0.55, role=role, date=date)
        for a in agents[: 8 if joins else 3]
    ]

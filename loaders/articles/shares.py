"""Shares paid by those who carry out the work (``funds``, towards the work): "den Rest von X
Euro zahlt die Gemeinde selbst", "Den Rest teilen sich Kreis und Verein", "die andere Hälfte
tragen die Gemeinden", "aus eigenen Mitteln"; and what each of a group of local bodies pays
("Die vier Kommunen zahlen jeweils X Euro"). Who pays: the bodies the clause names, bodies
named again by a noun or a plural ("die Verbandsgemeinden"), "Jede Kommune", or "sie" for
the body the sentence opens with. ``funding._with_own_shares`` adds them to the grants.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import _FUNDERS, _fact, _found, _new_body
from loaders.articles.findings import Fact, Ref, ref
from loaders.articles.fundkit import (
    _AND,
    _CLAUSE_CUT,
    _HOW_MANY_EACH,
    _IN_PLACE,
    _MEMBER_NOUNS,
    _NUMBER_WORDS,
    _PAYERS,
    _body_by_noun,
    _body_of_place,
    _funded_work,
    _listed_before,
    _opener,
    _plural_payers,
    _title_end,
    _us,
)
from loaders.articles.lexicon import PLURAL_PLACE_HEADS
from loaders.articles.sentences import Sentence
from loaders.articles.transfers import _LENDER

if TYPE_CHECKING:
    from loaders.articles.facts import Context


_OWN_SHARE: Final = re.compile(
    r"(?=[sReEüÜvVaAtWwl])(?:\bselbst\b|"
    r"\beigene[nmr]?[ \t]+(?:Mitteln?|Haushalt(?:en|s|es)?|Tasche|Etat)\b|"
    r"\blaufenden[ \t]+Haushalt\b|"
    r"\b[Ww]as[ \t]+(?:(?:dann|danach|noch|nun)[ \t]+)*fehlt\b|"
    r"\b[Ww]as[ \t]+(?:[^,;.]{1,40}?[ \t])?nicht[ \t]+(?:ab)?deck(?:t|en)\b|"
    r"\bEigen(?:anteil|mittel)\w*|"
    r"\bRest\b|\b[üÜ]brig(?:en)?\b|\b[vV]erbleibend\w*|\banderen?[ \t]+Hälfte\b|"
    r"\bteil(?:en|ten|te|t)[ \t]+sich\b)"
)
"""A share paid by those who carry out the work ("zahlt die Gemeinde selbst", "den Rest teilen sich
A und B", "aus eigenen Mitteln", "aus ihren eigenen Haushalten", "den verbleibenden
Eigenanteil")."""
_OWN_WORDS: Final = (
    "selbst",
    "igen",
    "Rest",
    "brig",
    "erbleibend",
    "Hälfte",
    "teilen sich",
    "teilten sich",
    "teilt sich",
    "fehlt",
    "deck",
    "laufenden Haushalt",
)
_NOT_COVERED: Final = re.compile(r"\bnicht[ \t]+(?:ab)?deck(?:t|en)\b")
"""What money does not cover: the clause before the one that tells who pays the rest."""
_PAYING: Final = re.compile(
    r"(?=[tbaüzfgTidka])\b(?:trägt|tragen|getragen|bringt|bringen|aufbringen|aufgebracht|übernimmt|"
    r"übernehmen|zahlt|zahlen|finanziert|finanzieren|gibt|geben|teilen|teilten|teilt|"
    r"trug|trugen|brachte|brachten|übernahm|übernahmen|zahlte|zahlten|finanzierte|"
    r"investiert|investieren|investierte|investierten|deckt|decken|deckte|deckten|übernommen|"
    r"bezahlt|abdecken|abdeckt|"
    r"(?:kommt|kommen|kam|kamen)(?=(?:[^.;]|\.\d)*\bauf\b))\b"
)
"""Verbs of paying a share."""
_INVESTED_IN: Final = re.compile(
    r"\bin[ \t]+(?:sein|ihr|das|die|den|eine)\w*\b(?=[^.;]*\binvestier)"
)
"""Money a body puts into a thing it names ("in seine Leitstelle investiert"), not a share."""
_HYPOTHETICAL: Final = re.compile(r"\b(?:könnte|könnten|würde|würden|müsste|müssten)\b")
"""A verb of a clause telling what might be, not what is paid."""
_SHARE_NOUNS: Final = re.compile(
    r"\b(?:Rest|Teil|Hälfte|[A-ZÄÖÜ][a-zäöüß]*kosten|Kosten|Eigenanteil\w*|Prozent|Betrag|Anteil|Betrieb)\b"
)
"""What a share is of ("den Rest", "die Kosten", "den verbleibenden Betrag", "Anteil", "den
laufenden Betrieb")."""
_PAYER_NOUN: Final = re.compile(r"[A-ZÄÖÜ][\w-]+")


def _payers(ctx: Context, s: Sentence, low: int, high: int) -> list[Ref]:
    """Who pays a share, named in ``low:high`` of a sentence: the bodies named there, bodies
    named again by a noun ("das Amt", "Landkreis und Kommunen"), or a plural of local bodies
    ("die Verbandsgemeinden", "die vier Kommunen": the bodies of that kind the sentence, else the
    article, names; else the plural itself)."""
    found: list[Ref] = []
    named = [m for m in ctx.index.within(low, high) if m.cls == "Organisation"]
    taken = [(m.start, m.end) for m in named]
    found += [
        ref(m)
        for m in named
        if m.kind not in _FUNDERS[:3]
        and _LENDER.search(ctx.text, max(low, m.start - 24), m.start) is None
    ]  # (not the lender of "Den Rest finanziert der Kreis über einen Kredit der Bank X")
    for place in ctx.index.within(low, high):
        # "bringen A, B und C jeweils X Euro auf": towns named by their places, each the
        # body of that name the text names (not "in A")
        if place.cls == "Place" and not _IN_PLACE.search(
            ctx.text, max(low, place.start - 12), place.start
        ):
            body = _body_of_place(ctx, place)
            if body is not None:
                found.append(ref(body))
                taken.append((place.start, place.end))
    for word in _PAYER_NOUN.finditer(ctx.text, low, high):
        at, noun = word.start(), word.group()
        if any(a <= at < b for a, b in taken) or noun in _NOT_PAYERS:
            continue
        each = _each_of_kind(ctx, s, noun, at)
        if each:
            found += each  # "Jede Kommune bringt einen Eigenanteil auf": each one granted
            continue
        plural = PLURAL_PLACE_HEADS.get(noun)
        if plural is not None or noun == "Kommunen":
            if _BARE_PLURAL.search(ctx.text, max(low, at - 20), at) is not None:
                towns = _plural_payers(ctx, s, noun, plural, at) if noun == "Städte" else []
                if len(towns) > 1 and all(t.label != noun for t in towns):
                    found += towns  # "Kreis und Städte": the towns the text names, each
                    continue
                found.append(Ref(noun, None, "Organisation"))  # "Kreis und Gemeinden": a kind
                continue
            found += _plural_payers(ctx, s, noun, plural, at)
            continue
        if noun in _MEMBER_NOUNS:  # "die Mitglieder": each, see _each_member
            found.append(Ref(noun, None, "Organisation"))
            continue
        body = _body_by_noun(ctx, noun, at)
        if body is not None and body.kind not in _FUNDERS[:3]:
            found.append(ref(body))
    return list(dict.fromkeys(found))


_EACH_ONE: Final = re.compile(r"\b[Jj]ede[rsm]?[ \t]+$")
""""Jede" before a singular noun of a kind of body ("Jede Kommune", "jeder Landkreis")."""
_PLURAL_OF: Final = {head: plural for plural, (head, _) in PLURAL_PLACE_HEADS.items()} | {
    "Kommune": "Kommunen"
}
"""The plural of a singular noun of a kind of local body ("Stadt" → "Städte")."""


def _each_of_kind(ctx: Context, s: Sentence, noun: str, at: int) -> list[Ref]:
    """The bodies "Jede Kommune", "Jede Stadt" stand for: those of that kind granted money
    before (each named), else the bodies of that kind the text names; none when fewer than
    two are found."""
    plural = _PLURAL_OF.get(noun)
    if plural is None or _EACH_ONE.search(ctx.text, max(0, at - 8), at) is None:
        return []
    heads = PLURAL_PLACE_HEADS.get(plural)
    granted = [
        r for r in ctx.last_recipients if heads is None or ctx.kind_of.get(r.label) == heads[1]
    ]
    if len(granted) > 1:
        return granted
    bodies = [b for b in _plural_payers(ctx, s, plural, heads, at) if b.label != plural]
    return bodies if len(bodies) > 1 else []


_SHE_PAYS: Final = re.compile(r"\b(?:sie|er)\b")
"""A body that pays named again by a pronoun ("weitere X Euro trug sie selbst")."""


def _payer_again(ctx: Context, s: Sentence, low: int, high: int) -> list[Ref]:
    """Who pays a share when the clause names no body: "sie" or "er" for the body the sentence
    opens with (by name or by its head noun, "Die Gemeinde hatte … , weitere X Euro trug sie
    selbst"); a town named as a place ("muss X selbst tragen"), the body of that name the text
    names ("Stadt X"), else the place as a body."""
    if _SHE_PAYS.search(ctx.text, low, high) is not None:
        first = _opener(ctx, s, by_noun=True)
        if (
            first is not None
            and first.cls == "Organisation"
            and first.kind in (*_PAYERS, "district")
        ):
            return [ref(first)]
    places = {m.label for m in ctx.index.within(low, high) if m.cls == "Place"}
    if not places:  # a place named again without being found again ("muss X selbst tragen")
        clause = ctx.text[low:high]
        places = {
            m.label
            for m in ctx.mentions
            if m.cls == "Place" and re.search(rf"(?<![\w-]){re.escape(m.label)}(?![\w-])", clause)
        }
    if len(places) == 1:
        name = next(iter(places))
        body = next(
            (
                m
                for m in ctx.mentions
                if m.cls == "Organisation" and m.kind in _PAYERS and m.label.endswith(" " + name)
            ),
            None,
        )
        return [ref(body) if body is not None else Ref(name, None, "Organisation")]
    return []


_BARE_PLURAL: Final = re.compile(r"\b(?:und|sowie)[ \t]+$")
"""A plural joined to a body without an article ("Kreis und Gemeinden"): the kind of body, not
each one the text names."""
_NOT_PAYERS_TEXT: Final = """Rest Teil Hälfte Kosten Eigenanteil Euro Prozent Mitteln Mittel
    Einwohnerzahl Den Die Der Das Weitere Jahr Jahren"""
_NOT_PAYERS: Final = frozenset(_NOT_PAYERS_TEXT.split())
"""Capitalised words of a clause of paying that name no payer."""


_APPOSITION: Final = re.compile(r",[ \t]+(?:der|die|das)[ \t]+")
"""A body's name after a common noun, set off by a comma ("der Versorger, die Stadtwerke X")."""


def _own_shares(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """Shares paid by those who carry out the work, towards the work: "den Rest von X
    Euro zahlt die Gemeinde selbst", "Den Rest teilen sich Kreis und Verein", "die andere
    Hälfte tragen die Gemeinden". The work is the initiative of the sentence, else the one
    the article is about, else the one told of last (never a programme: a share is paid
    towards the work, not into a programme). The sum stays off these facts (a
    share is not a grant of that sum)."""
    own = _found(_OWN_SHARE, _OWN_WORDS, text)
    if own is None:
        return []
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(text)]
    low = max((c + 1 for c in cuts if c < own.start()), default=0)
    high = min((c for c in cuts if c >= own.end()), default=len(text))
    if own.group()[:3] in ("Was", "was") and _NOT_COVERED.search(own.group()):
        # "Was die Landesmittel nicht abdecken, bringen A und B auf": the main clause after it
        high = min((c for c in cuts if c > high), default=len(text))
    clause = text[low:high]
    if _PAYING.search(clause) is None:
        # "Den Rest der Kosten, rund ein Viertel, tragen die Städte selbst": the clause of
        # another word of an own share may hold the verb
        for other in _OWN_SHARE.finditer(text, high):
            low = max((c + 1 for c in cuts if c < other.start()), default=0)
            high = min((c for c in cuts if c >= other.end()), default=len(text))
            clause = text[low:high]
            if _PAYING.search(clause) is not None:
                break
    amounts = ctx.amount_index.inside(s.start + low, s.start + high)
    rest = own.group().lower() == "übrig" or own.group()[:3] in ("Was", "was")
    # ("Was übrig bleibt, teilen sich A und B", "Was dann noch fehlt, deckt X")
    if _PAYING.search(clause) is None or not (
        amounts or rest or _SHARE_NOUNS.search(text, 0, high)
    ):
        return []  # (the share may open the sentence: "Den größten Teil, X Euro, trägt …")
    if _HYPOTHETICAL.search(clause) is not None:
        return []  # "Viele Gemeinden könnten den Eigenanteil kaum aufbringen": no share paid
    if _INVESTED_IN.search(clause) is not None:
        return []  # "hat X Euro aus eigenen Mitteln in seine Leitstelle investiert": its own work
    if _SHARED_AMONG.match(text, low) and (listed := _LIST_GOES_ON.match(text, high)):
        high = listed.end()  # "teilen sich der Kreis, die Stadt und die beiden X": the whole list
    high = _list_end(ctx, s, s.start + low, s.start + high) - s.start
    payers = _payers(ctx, s, s.start + low, s.start + high)
    if not payers:
        payers = _payer_again(ctx, s, s.start + low, s.start + high)
    if not payers and _WE.search(clause) is not None and (us := _us(ctx, s)) is not None:
        payers = [us]  # in an interview, "Wir selbst tragen X Euro"
    if not payers:
        # "Den Rest teilen sich drei Partner: Wir selbst tragen X Euro": a later word of an
        # own share names who pays
        for other in _OWN_SHARE.finditer(text, high):
            low = max((c + 1 for c in cuts if c < other.start()), default=0)
            later = min((c for c in cuts if c >= other.end()), default=len(text))
            said = text[low:later]
            payers = _payers(ctx, s, s.start + low, s.start + later)
            if not payers and _WE.search(said) is not None and (us := _us(ctx, s)) is not None:
                payers = [us]
            if payers:
                break
    if not payers and (apposition := _APPOSITION.match(text, high)) is not None:
        # "Den Rest übernimmt der örtliche Versorger, die Stadtwerke X, …": the body named
        at = s.start + apposition.end()
        body = next(iter(ctx.index.starting(at, at)), None)
        if body is not None and body.cls == "Organisation" and body.kind not in _FUNDERS[:3]:
            payers = [ref(body)]
    if not payers:
        return []
    obj = _funded_work(ctx, s)
    if obj is None:
        obj = _new_body(ctx)  # "Die Gemeinden tragen den Rest": into the body they formed
    if obj is None and not amounts:
        return []  # a share of no sum towards no work the text names: nothing to state
    return [_fact(s, "funds", who, obj, 0.55, date=date) for who in payers]


_WE: Final = re.compile(r"\b[Ww]ir\b")


def _list_end(ctx: Context, s: Sentence, low: int, high: int) -> int:
    """Where a list of bodies that the clause ``low:high`` ends in goes on to beyond its comma
    ("bringen A, B und C jeweils X Euro auf": the clause cut after A)."""
    last = next((m for m in reversed(ctx.index.within(low, high)) if m.cls == "Organisation"), None)
    if last is None or last.end < high - 1:
        return high
    for m in ctx.index.within(last.end, s.end):
        if m.cls != "Organisation" or _AND.fullmatch(ctx.text, last.end, m.start) is None:
            break
        last = m
    cut = _CLAUSE_CUT.search(ctx.text, last.end, s.end)
    return max(high, cut.start() if cut is not None else s.end)


_EACH_PAYS: Final = re.compile(
    r"(?:\b[Jj]ede[rs]?[ \t]+der|\b[Dd]ie)[ \t]+"
    r"(?:(?P<n>beiden|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+)?"
    r"(?:(?:beteiligten|anderen|übrigen|kommunalen|teilnehmenden)[ \t]+)?"
    r"(?P<noun>Kommunen|Städte|Gemeinden|Landkreise|Kreise|Bezirke|Bezirksämter|Ämter|"
    r"Verbandsgemeinden|Samtgemeinden|Ortsgemeinden|Zweckverbände|Partner)[ \t]+"
    r"(?:zahl|steuer|stell|trag|träg|bring|übernimm|übernehm|gib|geb|beteilig)\w*\b"
)
"""Local bodies of one kind each paying a sum of their own, the plural opening the clause:
"Die drei Verbandsgemeinden zahlen je X Euro", "Jede der vier Städte stellt … X Euro bereit",
"Jedes der Ämter steuert einen Eigenanteil von X Euro bei", "die drei anderen Städte geben
jeweils X Euro", "die fünf übrigen Partner zahlen je X Euro", "Die drei Ämter beteiligen sich mit
jeweils X Euro"."""
_EACH_ONE_PAYS: Final = re.compile(
    r"\b[Jj]ede[rs]?[ \t]+(?:[a-zäöü]+(?:e|en)[ \t]+)?(?P<n>)?"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöü]*?(?P<kind>[Kk]ommune|[Gg]emeinde|[Ss]tadt|[Kk]reis))[ \t]+"
    r"(?:zahl|steuer|träg|bring|übernimm|beteilig)\w*\b"
)
"""Each body of a kind paying, in the singular: "Jede Pilotkommune beteiligt sich mit X Euro",
"Jede teilnehmende Gemeinde zahlt X Euro": the bodies of that kind the article names."""
_PLURAL_OF_KIND: Final = {
    "kommune": "Kommunen", "gemeinde": "Gemeinden", "stadt": "Städte", "kreis": "Kreise",
}  # fmt: skip
_EACH_PAYS_WORDS: Final = (
    "Kommunen", "Städte", "emeinden", "reise", "Bezirk", "Ämter", "Partner", "verbände",
)  # fmt: skip
"""Every match of _EACH_PAYS contains one of these (its plural), not just "die"."""


def _each_pays(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """Shares each of a group of local bodies pays towards the work told of (the bodies of that
    kind the article names, as many as it counts), each with the sum of the clause."""
    opening = _found(_EACH_PAYS, _EACH_PAYS_WORDS, text) or _found(
        _EACH_ONE_PAYS, ("Jede", "jede"), text
    )
    if opening is None:
        return _group_pays_own(ctx, s, text, date)
    cut = _CLAUSE_CUT.search(text, opening.end())
    high = s.start + (cut.start() if cut is not None else len(text))
    amounts = ctx.amount_index.inside(s.start + opening.end(), high)
    if not amounts or (opening.group("n") is None and not opening.group().startswith(("J", "j"))):
        return []  # ("die Kommunen zahlen"): no sum, or no count nor "jede der"
    noun = opening.group("noun")
    if opening.re is _EACH_ONE_PAYS:  # "Jede Pilotkommune beteiligt sich …": each of them
        noun = _PLURAL_OF_KIND[opening.group("kind").lower()]
    at = s.start + opening.start("noun")
    if noun == "Partner":
        noun = "Kommunen"  # "die fünf übrigen Partner": the Kommunen named
    plural = PLURAL_PLACE_HEADS.get(noun)
    payers = _plural_payers(ctx, s, noun, plural, at, _HOW_MANY_EACH)
    if re.search(r"\b(?:anderen|übrigen)\b", opening.group()):
        # "Pirna zahlt X, die drei anderen Städte je Y": the bodies of that kind the article
        # names but the clause before, as many as counted
        before = {ref(m) for m in ctx.index.within(s.start, s.start + opening.start())}
        kinds = _PAYERS[:2] if plural is None else (plural[1],)
        title = _title_end(ctx)
        named = {m.label: m for m in ctx.mentions if m.start >= title and m.kind in kinds}
        others = [b for b in map(ref, named.values()) if b not in before]
        counted = _NUMBER_WORDS.get((opening.group("n") or "").lower())
        if others and (counted is None or len(others) == counted):
            payers = others
    payers = [p for p in payers if p.label != noun]
    if len(payers) < 2 and opening.re is _EACH_ONE_PAYS:
        # "… machen mit, darunter die Stadt A, die Gemeinde B und C. Jede Pilotkommune …":
        # the towns and municipalities the sentence before names
        payers = [b for b in _listed_before(ctx, s, None) if ctx.kind_of.get(b.label) in _PAYERS]
    if len(payers) < 2:
        return []
    work = _funded_work(ctx, s)
    if work is None:
        return []
    each = replace(amounts[0], scope="per_recipient")
    return [_fact(s, "funds", who, work, 0.55, amount=each, date=date) for who in payers]


_OWN_GROUP: Final = re.compile(
    r"\b(?:[Dd]ie|[Dd]iese)[ \t]+(?:(?P<n>beiden|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+)?"
    r"(?:(?:beteiligten|teilnehmenden|ausgewählten)[ \t]+)?"
    r"(?P<noun>(?:Pilot|Modell)(?:kommunen|städte|gemeinden|kreise|landkreise)|Modellregionen)"
    r"(?![\wäöüß-])"
)
"""The group of pilot towns an article tells of ("die beiden Pilotstädte", "diese
Pilotkommunen")."""
_OWN_GROUP_CUE: Final = re.compile(r"\b(?:Eigenanteil|selbst|eigenen[ \t]+Mitteln)\b")
_PILOT_KINDS: Final = {
    "kommunen": _PAYERS, "städte": ("city",), "gemeinden": ("municipality",),
    "kreise": ("county",), "landkreise": ("county",), "regionen": _PAYERS,
}  # fmt: skip
"""The kinds of body a group stands for, by its noun after "Pilot"/"Modell"."""


def _group_pays_own(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """Own shares of a group of pilot towns, wherever the sentence names it ("Einen
    Eigenanteil von jeweils X Euro tragen die Pilotkommunen selbst", "Die beiden Pilotstädte
    müssen einen Eigenanteil … aufbringen"): each of the towns granted money before (as many
    as counted), towards the work told of; with the clause's sum, if it states one in euros."""
    if "ilot" not in text and "odell" not in text:
        return []
    group = _OWN_GROUP.search(text)
    if group is None or _OWN_GROUP_CUE.search(text) is None:
        return []
    noun = group.group("noun")
    kinds = _PILOT_KINDS[noun.removeprefix("Pilot").removeprefix("Modell")]
    payers = [r for r in ctx.last_recipients if ctx.kind_of.get(r.label) in kinds]
    counted = _NUMBER_WORDS.get((group.group("n") or "").lower())
    if len(payers) < 2 or (counted is not None and len(payers) != counted):
        return []
    work = _funded_work(ctx, s)
    if work is None:
        return []
    amounts = ctx.amount_index.inside(s.start, s.end)
    each = replace(amounts[0], scope="per_recipient") if len(amounts) == 1 else None
    return [_fact(s, "funds", who, work, 0.55, amount=each, date=date) for who in payers]


_SHARED_AMONG: Final = re.compile(r"[ \t]*teil(?:en|ten|t|te)[ \t]+sich\b")
"""A clause that opens with "teilen sich": its payers follow, listed."""
_LIST_GOES_ON: Final = re.compile(r"(?:,[ \t]+(?:der|die|das|den)[ \t]+[^,;:.]+?)+(?=[.;:]|$)")
"""The rest of a list of bodies after its first comma (", die Stadt und die beiden X")."""

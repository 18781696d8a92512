"""Grants told in shapes ``funding._funding`` reads before its cues of funding: money told
of sent on ("Das Geld geht an den Verein X", "Ausgezahlt wird das Geld … an den Kreis Y"),
a loan told from the borrower's side ("leiht sich die Stadt X Euro bei der Bank Y"), the
receiver named in the next sentence ("Empfängerin ist die Stadt Y"), a public body's
contract with a company ("einen Vertrag über X Euro geschlossen"), and a grant's notice that
reached a body or whose issuer the next sentence names ("Ausgestellt hat ihn das Ministerium
X"). Also the bodies money goes to after a verb of flowing ("fließen an A und B").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import _fact
from loaders.articles.findings import Amount, Fact, Mention, Ref, ref
from loaders.articles.fundkit import (
    _AND,
    _CLAUSE_CUT,
    _COMPANIES,
    _EACH,
    _FLOWS_TO,
    _GOES,
    _NAME_ITEM,
    _PAYERS,
    _body_by_noun,
    _body_of_place,
)
from loaders.articles.lexicon import FUNCTION_WORDS
from loaders.articles.sentences import Sentence

if TYPE_CHECKING:
    from loaders.articles.facts import Context


_NOTICE_ARRIVED: Final = re.compile(
    r"\b(?:Förder|Zuwendungs)?[Bb]escheid\w*"
    r"(?P<issuer>[ \t]+de[rs][ \t]+(?:[^.;„“]|\.\d){1,120}?)?"
    r"[ \t]+über[ \t]+(?:[^.;]|\.\d){0,80}?[ \t]"
    r"(?:(?P<came>ging|gingen|geht|gehen)[ \t]+(?:[^.;]|\.\d){0,40}?)?"
    r"bei(?:m|[ \t]+(?:der|dem))[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?:[^.;]|\.\d){0,40}?"
    r"\b(?(came)ein|(?:eingegangen|eingetroffen|angekommen))\b"
)
"""A grant's notice said to have reached a body: "Der Bescheid über X Euro ist Ende Januar beim
Landkreis eingegangen", "Der Bescheid des Ministeriums Y über X Euro ging im Mai beim Landkreis
ein" (the body receives the grant told of, or the one of the body that issued the notice)."""


def _notice_arrived(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """The grant told of, received by the body its notice reached (named again by its kind,
    or by name right after "beim"): the funder is the body that issued the notice when the
    sentence names it ("Der Bescheid des Ministeriums X"), else the one of the grant told of
    before."""
    arrived = _NOTICE_ARRIVED.search(s.text)
    if arrived is None:
        return []
    issuers = (
        []
        if arrived.group("issuer") is None
        else [
            m
            for m in ctx.index.within(
                s.start + arrived.start("issuer"), s.start + arrived.end("issuer")
            )
            if m.cls == "Organisation"
        ]
    )
    if issuers:
        funder = ref(issuers[0])
    elif ctx.last_funder is not None:
        funder = ctx.last_funder[1]
    else:
        return []
    at = s.start + arrived.start("noun")
    named = next(iter(ctx.index.starting(at, at)), None)
    body = named if named is not None else _body_by_noun(ctx, arrived.group("noun"), at)
    if body is None or body.cls != "Organisation" or ref(body) == funder:
        return []
    sums = ctx.amount_index.inside(s.start, s.start + arrived.end())
    amount = sums[0] if sums else None
    if issuers:
        ctx.last_funder = (s.end, funder)
    return [_fact(s, "funds", funder, ref(body), 0.6, amount=amount, date=date)]


_BORROWS: Final = re.compile(
    r"\b(?:leiht|leihen|lieh|liehen)[ \t]+sich\b|"
    r"\b(?:nimmt|nehmen|nahm|nahmen)\b(?=(?:[^.;]|\.\d)*\b(?:Darlehen|Kredit)\w*\b"
    r"(?:[^.;]|\.\d)*\bauf\b)|"
    r"\b(?:hat|hatte|haben|hatten)\b(?=(?:[^.;]|\.\d)*\b(?:Darlehen|Kredit)\w*\b"
    r"(?:[^.;]|\.\d)*\baufgenommen\b)|"
    r"\b(?:finanziert|finanzieren|finanzierte|finanzierten|bezahlt|bezahlen|bezahlte)\b"
    r"(?=(?:[^.;]|\.\d)*?\b(?:mit|über|durch|aus)[ \t]+(?:einem|einer|einen|ein|eine)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:Darlehen|Kredit)\w*[ \t]+(?:der|des)\b)"
)
"""A body borrowing money: "leiht sich X Euro bei der Bank Y", "nimmt einen Kredit … auf"
(also "hat … aufgenommen"), "finanziert der Kreis mit einem Darlehen der Bank Y" (also "über
einen Kredit der Bank Y", "durch ein Darlehen des Y")."""
_LENDER: Final = re.compile(
    r"(?:\bbei(?:m|[ \t]+(?:der|dem))|\b(?:Darlehen|Kredit)\w*[ \t]+(?:der|des))[ \t]+$"
)
_BORROWER_AFTER: Final = re.compile(
    r"[ \t]+(?:sich[ \t]+)?(?:[Dd]er|[Dd]ie|[Dd]as)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]*)"
)


def _borrowed(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """A loan told from the borrower's side ("Weitere X Euro leiht sich die Stadt als Darlehen
    bei der Bank Y", "Die Gemeinde nimmt bei der Bank Y einen Kredit über X Euro auf",
    "finanziert der Kreis mit einem Darlehen der Bank Y"): the lender after "bei" or "Darlehen
    der" funds the borrower (the body after the verb, else the sentence's subject; either by
    name or by its kind)."""
    verb = _BORROWS.search(s.text)
    if verb is None:
        return []
    named = ctx.index.within(s.start, s.end)
    lender = next(
        (
            m
            for m in named
            if m.cls == "Organisation"
            and _LENDER.search(ctx.text, max(s.start, m.start - 24), m.start) is not None
        ),
        None,
    )
    if lender is None:
        return []
    at = s.start + verb.end()
    named_after = _named_right_after(ctx, at)
    if named_after is not None and named_after != ref(lender):
        # "nimmt Ottweiler bei der Bank Y …", "hat X Digital bei der Bank Y … aufgenommen"
        sums = ctx.amount_index.inside(s.start, s.end)
        amount = sums[0] if len(sums) == 1 else None
        return [_fact(s, "funds", ref(lender), named_after, 0.6, amount=amount, date=date)]
    after = _BORROWER_AFTER.match(ctx.text, at)
    if after is None:  # "Die Stadt leiht sich …": the subject opens the sentence
        after = _BORROWER_AFTER.match(" " + s.text)
        at = s.start - 1
    if after is None:
        return []
    noun_at = at + after.start("noun")
    borrower = next(iter(ctx.index.starting(noun_at, noun_at)), None)
    if borrower is None or borrower.cls != "Organisation":
        borrower = _body_by_noun(ctx, after.group("noun"), noun_at)
    if borrower is None or borrower.cls != "Organisation" or ref(borrower) == ref(lender):
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    amount = sums[0] if len(sums) == 1 else None
    return [_fact(s, "funds", ref(lender), ref(borrower), 0.6, amount=amount, date=date)]


def _named_right_after(ctx: Context, at: int) -> Ref | None:
    """A body named without an article right after a verb: found as a name, a town by its
    place's name, or a company by the first word of its name ("Auwald" for "Auwald X GmbH")."""
    first = next(iter(ctx.index.starting(at + 1, at + 1)), None)
    if first is not None and first.cls == "Organisation":
        return ref(first)
    if first is not None and first.cls == "Place":
        body = _body_of_place(ctx, first)
        return None if body is None else ref(body)
    word = _NAME_ITEM.match(ctx.text, at + 1)
    if word is None or len(word.group()) < 4 or word.group().lower() in FUNCTION_WORDS:
        return None
    company = next(
        (m for m in ctx.mentions if m.kind in _COMPANIES and m.label.split()[0] == word.group()),
        None,
    )
    return None if company is None else ref(company)


_ISSUED: Final = re.compile(r"(?:Ausgestellt|Unterzeichnet|Erteilt)[ \t]+(?:hat|hatte)[ \t]+ihn\b")
"""A notice told of in the sentence before, its issuer named now: "Ausgestellt hat ihn das
Ministerium X"."""
_NOTICE_RECEIVED: Final = re.compile(
    r"\b(?:Förder|Zuwendungs)?[Bb]escheid[ \t]+über\b(?=(?:[^.;]|\.\d)*?\b(?:erhalten|bekommen)\b)"
)
"""A notice a body has received: "hat der Landkreis einen Förderbescheid über X Euro erhalten"."""


def _notice_issued(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """The issuer of a notice the sentence before says a body received ("hat der Landkreis …
    einen Förderbescheid über X Euro erhalten. Ausgestellt hat ihn das Ministerium Y"): Y funds
    the body, with the notice's sum."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i or _ISSUED.match(s.text) is None:
        return []
    before = ctx.sentences[i - 1]
    notice = _NOTICE_RECEIVED.search(before.text)
    issuers = [m for m in ctx.index.within(s.start, s.end) if m.cls == "Organisation"]
    if notice is None or not issuers:
        return []
    at = before.start + notice.start()
    bodies = [m for m in ctx.index.within(before.start, at) if m.cls == "Organisation"]
    funder = ref(issuers[0])
    if not bodies or ref(bodies[-1]) == funder:
        return []
    sums = ctx.amount_index.inside(at, before.end)
    amount = sums[0] if sums else None
    ctx.last_funder = (s.end, funder)
    return [_fact(s, "funds", funder, ref(bodies[-1]), 0.6, amount=amount, date=date)]


def _clause_sum(ctx: Context, s: Sentence, at: int) -> tuple[int, Amount | None]:
    """Where the clause of ``at`` begins, and its one sum before ``at`` (none if it has none
    or several)."""
    cut = max((c.end() for c in _CLAUSE_CUT.finditer(ctx.text, s.start, at)), default=s.start)
    sums = ctx.amount_index.inside(cut, at)
    return cut, sums[-1] if len(sums) == 1 else None


_TO_FIRST: Final = re.compile(
    r"(?:^|[,;][ \t]+(?:und[ \t]+)?|\bund[ \t]+)an[ \t]+(?:(?:die|den|das|dem)[ \t]+)?$"
)
"""A clause that opens with the body money goes to: "…, an den Landkreis X gehen Y Euro"."""


def _to_first(ctx: Context, s: Sentence, m: Mention) -> Amount | None:
    """The sum going to a body named first in its clause, the verb of going right after it
    ("an das Amt X gehen Y Euro"); None when the clause has no such shape or no sum."""
    if _TO_FIRST.search(ctx.text, max(s.start, m.start - 30), m.start) is None:
        return None
    goes = _GOES_AFTER.match(ctx.text, m.end)
    if goes is None:
        return None
    cut = _CLAUSE_CUT.search(ctx.text, goes.end(), s.end)
    sums = ctx.amount_index.inside(goes.end(), cut.start() if cut is not None else s.end)
    return sums[0] if sums else None


def _sent_to(
    ctx: Context, s: Sentence, ms: list[Mention], funder: Ref
) -> list[tuple[Ref, Amount | None]]:
    """The bodies money goes to after a verb of flowing ("geht an die X", "fließen an A und
    B"), with the sum of their clause (for each, "je X Euro gehen an …", when it says so)."""
    if " an " not in s.text and " nach " not in s.text:
        return []
    found: list[tuple[Ref, Amount | None]] = []
    last: Mention | None = None
    for m in ms:
        if m.cls not in ("Organisation", "Place") or ref(m) == funder:
            continue
        joined = last is not None and _AND.fullmatch(ctx.text, last.end, m.start) is not None
        verb = _FLOWS_TO.search(ctx.text, max(s.start, m.start - 50), m.start) or (
            _PAID_TO.search(ctx.text, max(s.start, m.start - 100), m.start)
            if "ezahlt" in s.text or "wiesen" in s.text or "leitet" in s.text or "reich" in s.text
            else None
        )
        if verb is None and m.cls == "Place":  # "flossen … nach Y": to the town Y
            verb = _FLOWS_TO_TOWN.search(ctx.text, max(s.start, m.start - 80), m.start)
            if verb is not None:
                last = m
                a = _clause_sum(ctx, s, m.start)[1]
                body = _body_of_place(ctx, m)  # ("Stadt Y" where the text names it)
                found.append((ref(body) if body else Ref(m.label, None, "Organisation"), a))
                continue
        if verb is None and not joined and (inverted := _to_first(ctx, s, m)) is not None:
            # "…, an den Landkreis X gehen Y Euro": the body first, the verb and sum after it
            found.append(
                (
                    ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation"),
                    inverted,
                )
            )
            last = None
            continue
        if verb is None and not joined:
            last = None
            continue
        last = m
        to = ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation")
        if verb is None:  # listed after the first body money goes to
            found.append((to, found[-1][1]))
            continue
        cut, a = _clause_sum(ctx, s, m.start)
        if a is not None and _EACH.search(ctx.text, cut, a.end) is not None:
            a = replace(a, scope="per_recipient")
        found.append((to, a))
    for again in _SENT_TO_KIND.finditer(s.text) if " an d" in s.text else ():
        # "300.000 Euro gehen an den Landkreis": the body named before, by its kind
        at = s.start + again.start("noun")
        if ctx.index.overlapping(at, at + 1):
            continue
        body = _body_by_noun(ctx, again.group("noun"), at)
        if body is None or ref(body) == funder or any(to == ref(body) for to, _ in found):
            continue
        found.append((ref(body), _clause_sum(ctx, s, at)[1]))
    if not found and (listed := _SENT_TO_NAMES.search(s.text)) is not None:
        # "Je X Euro gehen an A, B und C" (names the text names nowhere else): each one
        names = _NAME_ITEM.findall(listed.group("names"))
        if len(names) > 1 and not any(n.lower() in FUNCTION_WORDS for n in names):
            sums = ctx.amount_index.inside(s.start, s.start + listed.start("names"))
            each = sums[-1] if len(sums) == 1 else None
            if each is not None and _EACH.search(s.text, 0, listed.start("names")) is not None:
                each = replace(each, scope="per_recipient")
            found = [(Ref(n, None, "Organisation"), each) for n in names]
    return found


_FLOWS_TO_TOWN: Final = re.compile(rf"\b{_GOES}\b(?:[^.;,]|[.,]\d){{0,60}}?[ \t]nach[ \t]+$")
"""Money going to a town: "flossen aus dem Programm X nach Y", "gehen nach Z"."""


_GOES_AFTER: Final = re.compile(rf"[ \t]+{_GOES}[ \t]+")
"""A verb of going right after a body ("an den Kreis X gehen …")."""
_SENT_TO_KIND: Final = re.compile(
    rf"\b(?:{_GOES}(?:[^.;,]|[.,]\d){{0,30}}?|"
    r"(?:ausgezahlt|überwiesen|weitergeleitet)(?:[^.;,]|[.,]\d){0,80}?)"
    r"[ \t]an[ \t]+(?:den|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""Money going or paid out to a body named again by its kind: "gehen an den Landkreis",
"ausgezahlt wird das Geld über die Bank X an den Landkreis"."""
_MONEY: Final = (
    r"(?:Geld|Mittel|Summe|Zuschuss|Zuschüsse|Fördermittel|Förderung|Fördersumme|"
    r"Förderge(?:ld|lder))"
)
"""Nouns that name money told of before ("das Geld", "die Mittel")."""
_SENT_TO_NAMES: Final = re.compile(
    rf"\b{_GOES}\b[^.;,]{{0,30}}?[ \t]an[ \t]+"
    r"(?P<names>[A-ZÄÖÜ][\wäöüß-]+(?:,[ \t]+[A-ZÄÖÜ][\wäöüß-]+)*[ \t]+(?:und|sowie)[ \t]+"
    r"[A-ZÄÖÜ][\wäöüß-]+)(?=[ \t]*[.;,]|$)"
)
"""Money going to names listed ("gehen an A, B und C"), each a single capitalised word."""


_SENT_ON: Final = re.compile(
    rf"(?:Das|Die|Der)[ \t]+{_MONEY}[ \t]+{_GOES}[ \t]+(?P<into>in[ \t]+)?"
)
"""Money told of sent on in the next sentence: "Das Geld geht an …", "Die Mittel fließen an
…" (a body), "… fließen in …" (a work or body)."""
_PAID_OUT: Final = re.compile(
    r"(?:Ausgezahlt|Überwiesen|Weitergeleitet)[ \t]+(?:wird|werden|wurde|wurden)[ \t]+"
    rf"(?:das|die|der)[ \t]+{_MONEY}\b"
)
"""Money told of paid out in the next sentence: "Ausgezahlt wird das Geld über die Bank X an
den Kreis Y" (the body after "an" receives; the bank it goes through does not)."""
_PAID_TO: Final = re.compile(
    r"\b(?:ausgezahlt|Ausgezahlt|überwiesen|Überwiesen|weitergeleitet|Weitergeleitet|"
    r"reicht|reichen|reichte|reichten)\b"
    r"(?:[^.;]|\.\d){0,80}?[ \t]an[ \t]+(?:(?:die|den|das|dem)[ \t]+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""A body money is paid out to: "ausgezahlt … an das Amt X", "überwiesen … an den Kreis Y",
"reicht X Euro an die Stadt Y weiter"."""


def _sent_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """ "Das Geld geht an den Verein X", "Die Mittel fließen in das Portal „Y“": the funder of
    the grant told of last funds the body (or work) the money is sent on to."""
    sent = _SENT_ON.match(s.text) or _PAID_OUT.match(s.text)
    if sent is None or ctx.last_funder is None:
        return []
    funder = ctx.last_funder[1]
    if sent.re is _PAID_OUT or sent.group("into") is None:
        to = [body for body, _ in _sent_to(ctx, s, ms, funder)]
    else:  # "fließen in den Aufbau des Portals „Y“": the first work or body named after "in"
        at = s.start + sent.end()
        after = [
            m
            for m in ms
            if at <= m.start < at + 60 and m.cls in ("Organisation", "Initiative", "Event")
        ]
        to = [ref(after[0])] if after and ref(after[0]) != funder else []
    return [_fact(s, "funds", funder, body, 0.55, date=date) for body in to]


_RECEIVER_IS: Final = re.compile(
    r"(?:Zuwendungsempfänger|Empfänger)(?:in|innen)?(?:[ \t]+de[rs][ \t]+\w+)?[ \t]+"
    r"(?:ist|sind|war|waren|wird|werden)[ \t]"
)
"""A sentence naming who receives the grant told of: "Empfängerin ist die Stadt X"."""


def _receiver_named(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """The bodies a sentence names as receiving the grant told of in the one before (by
    whoever gave it), up to the clause's end."""
    opened = _RECEIVER_IS.match(s.text)
    told = ctx.last_funder
    if opened is None or told is None or told[0] < s.start - 2:
        return []
    cut = _CLAUSE_CUT.search(s.text, opened.end())
    high = s.start + (cut.start() if cut is not None else len(s.text))
    bodies = [
        ref(m) for m in ms if m.cls == "Organisation" and m.start < high and ref(m) != told[1]
    ]
    return [_fact(s, "funds", told[1], body, 0.6, date=date) for body in dict.fromkeys(bodies)]


_CONTRACT: Final = re.compile(
    r"\b\w*[Vv]ertrag[ \t]+über[ \t]+(?=(?:[^.;]|\.\d)*?\b(?:abgeschlossen|geschlossen|"
    r"unterzeichnet|unterschrieben)\b)"
)
"""A contract worth a sum, concluded: "einen Rahmenvertrag über höchstens X Euro geschlossen"."""
_BODY_NAMED_AGAIN: Final = re.compile(
    r"\b(?:der|die|das|dem|den)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Bezirksamt|Amt|"
    r"Unternehmen|Start-up|Startup|Firma)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A party of a contract named again by its noun ("mit dem Unternehmen", "Mit dem Bezirksamt")."""


def _contract(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A public body's contract with a company for a sum: the body pays the company."""
    deal = _CONTRACT.search(s.text)
    sums = (
        []
        if deal is None
        else ctx.amount_index.inside(s.start + deal.end(), s.start + deal.end() + 40)
    )
    if deal is None or not sums:
        return []  # (not "einen Vertrag über den Betrieb", "über fünf Jahre")
    parties = [(m.start, ref(m)) for m in ms if m.cls == "Organisation"]
    for again in _BODY_NAMED_AGAIN.finditer(s.text):
        at = s.start + again.start("noun")
        if ctx.index.overlapping(at, at + 1):
            continue
        noun = again.group("noun")
        if noun in ("Unternehmen", "Start-up", "Startup", "Firma"):
            body = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        else:
            body = _body_by_noun(ctx, noun, at)
        if body is not None:
            parties.append((at, ref(body)))
    payer = next((b for _, b in sorted(parties) if ctx.kind_of.get(b.label) in _CONTRACTORS), None)
    payee = next((b for _, b in sorted(parties) if ctx.kind_of.get(b.label) in _COMPANIES), None)
    if payer is None or payee is None:
        return []
    return [_fact(s, "funds", payer, payee, 0.55, amount=sums[0], date=date)]


_CONTRACTORS: Final = (*_PAYERS, "district", "ministry", "state", "agency")
"""Public bodies that pay a company under a contract."""

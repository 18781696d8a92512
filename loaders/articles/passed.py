"""Money a named body passes on or gives another in a shape ``funding._funding`` does not
read: passed on in a relative or main clause ("…, der davon je X Euro an die Städte A und B
weiterreicht"), a prize funded by the body that awards it or offers it, a sponsor ("Als
Sponsor finanziert die Stiftung X …"), a perfect with a dative ("hat dem Landkreis Y …
gespendet"), a sum received from or paid by a body in a relative clause, "zahlt der
Hochschule …", money given first and its receiver after the giver, a sum paid from a local
budget ("aus dem städtischen Haushalt"), and a body commissioned for a sum ("hat die Firma X
mit Y Euro beauftragt"). ``funding._with_own_shares`` puts them in place of the grants
``funding._funding`` reads for the same bodies.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import _PRIZE_NAME, _fact
from loaders.articles.findings import Amount, Fact, Mention, Ref, ref
from loaders.articles.fundkit import (
    _AGENT,
    _AND,
    _COMPANIES,
    _EACH,
    _HANDING,
    _LEAD,
    _NAME_ITEM,
    _RECIPIENTS,
    _body_by_noun,
    _body_of_place,
    _funded_work,
    _listed_before,
    _opener,
    _us,
)
from loaders.articles.lexicon import FUNCTION_WORDS, PLURAL_PLACE_HEADS
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence

if TYPE_CHECKING:
    from loaders.articles.facts import Context


_PASSED_ON: Final = re.compile(
    r",[ \t]+(?:der|die|das|welche[rs]?)[ \t]+(?P<rest>(?:[^.;,]|[.,]\d|,[ \t]+(?=[A-ZÄÖÜ]))*?)"
    r"[ \t]weiter(?:reicht|reichen|reichte|reichten|leitet|leiten|leitete|leiteten|gibt|geben|"
    r"gab|gaben)\b"
)
"""A relative clause of money passed on by the body named before it: "… an den Landkreis X,
der davon je Y Euro an die Städte A, B und C weiterreicht"."""


def _passed_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Grants of a body that passes money on in a relative clause right after its name: to
    each body named after "an" in that clause, with the clause's sum ("je": for each)."""
    clause = _PASSED_ON.search(s.text)
    if clause is None:
        return []
    at = s.start + clause.start()
    giver = next((m for m in reversed(ms) if m.end == at), None)
    if giver is None or giver.cls != "Organisation":
        return []
    low, high = s.start + clause.start("rest"), s.start + clause.end("rest")
    to = ctx.text.find(" an ", low, high)
    if to < 0:
        return []
    bodies = [
        ref(m) if m.cls == "Organisation" else Ref(m.label, None, "Organisation")
        for m in ms
        if to < m.start < high and m.cls in ("Organisation", "Place") and ref(m) != ref(giver)
    ]
    sums = ctx.amount_index.inside(low, to)
    each = _for_each(ctx, sums[0], low) if len(sums) == 1 else None
    return [
        _fact(s, "funds", ref(giver), body, 0.6, amount=each, date=date)
        for body in dict.fromkeys(bodies)
    ]


_HANDS_ON: Final = re.compile(
    r"\b(?:reicht|reichen|reichte|reichten|leitet|leiten|leitete|leiteten|gibt|geben|gab|gaben)"
    r"\b(?=(?:[^.;]|\.\d)*[ \t]weiter\b)|"
    r"\b(?:hat|hatte|haben|hatten)\b(?=[^;]*[ \t]weiter(?:gegeben|gereicht|geleitet)\b)"
)
"""A main clause passing money on: "reicht … weiter", "leitet … an … weiter", "gibt … weiter",
"hat … an X weitergegeben"."""
_TO_LIST: Final = re.compile(
    r"\b[Aa]n[ \t]+(?:(?:die|den|das|dem)[ \t]+)?(?:[A-ZÄÖÜ][\wäöüß-]*[ \t]+){0,2}$"
)
""""an" before a body money goes to, with its article and up to two words of a plural ("an die
Großen Kreisstädte A")."""


_NOUN_AFTER: Final = re.compile(
    r"[ \t]+(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its noun right after a verb ("gibt der Kreis")."""


def _handed_on(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Money a body passes on in a main clause ("Der Kreis leitet je X Euro an die Städte A und
    B weiter", "Davon reicht A X Euro an den Kreis B und Y Euro an den Kreis C weiter", "An die
    Landkreise A und B reicht C davon jeweils X Euro weiter"): the body that passes it on (named
    right after the verb, else the sentence's subject; a town named as a place, the body of
    that name) funds each body after "an", with the sum before its "an" ("je": for each)."""
    verb = _HANDS_ON.search(s.text)
    if verb is None:
        return []
    at = s.start + verb.end()
    giver = _place_body(ctx, next(iter(ctx.index.starting(at + 1, at + 6)), None))
    again = _NOUN_AFTER.match(ctx.text, at) if giver is None else None
    if again is not None:  # "gibt der Kreis …": the body named before by that noun
        giver = _place_body(ctx, _body_by_noun(ctx, again.group("noun"), at))
    if giver is None and ctx.text.startswith(" wir ", at):
        giver = _us(ctx, s)  # in an interview, "Davon geben wir X Euro an A weiter"
    if giver is None and _COMPANY_TAKEN.match(ctx.text, at + 1) is not None:
        # "… hat das Start-up an den Verein X weitergegeben": the company named last
        company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        giver = ref(company) if company is not None else None
    if giver is None and (noun := _KIND_BEFORE.search(s.text, 0, verb.start())) is not None:
        # "…; der Kreis reicht an sie X Euro weiter": the body named again right before the verb
        giver = _place_body(ctx, _body_by_noun(ctx, noun.group("noun"), s.start + noun.start()))
    if giver is None:
        first = _opener(ctx, s, by_noun=True)
        giver = _place_body(ctx, first)
    if giver is None:
        return []
    found: list[Fact] = []
    last: Mention | None = None
    each: Amount | None = None
    for m in ms:
        body = _place_body(ctx, m)  # (a Ref for every body and place)
        if body is None or body == giver:
            continue
        opened = _TO_LIST.search(ctx.text, max(s.start, m.start - 40), m.start)
        joined = last is not None and _AND.fullmatch(ctx.text, last.end, m.start) is not None
        if opened is None and not joined:
            last = None
            continue
        if opened is not None:
            low = found[-1].amount.end if found and found[-1].amount is not None else s.start
            sums = ctx.amount_index.inside(low, opened.start())
            each = _for_each(ctx, sums[-1], max(s.start, sums[-1].start - 12)) if sums else None
        last = m
        found.append(_fact(s, "funds", giver, body, 0.6, amount=each, date=date))
    if not found and (named := _NAMES_HANDED.search(s.text)) is not None:
        # "leitet davon X Euro an A weiter", "an die Großen Kreisstädte A, B und C weiter":
        # names the text does not find as bodies, each a single word
        names = _NAME_ITEM.findall(named.group("names"))
        if not FUNCTION_WORDS.intersection(n.lower() for n in names):
            plural = named.group("plural") or ""
            head = next(
                (h for p, (h, _) in PLURAL_PLACE_HEADS.items() if plural.endswith(p[1:])), ""
            )
            sums = ctx.amount_index.inside(s.start, s.start + named.start())
            each = _for_each(ctx, sums[-1], max(s.start, sums[-1].start - 12)) if sums else None
            found = [
                _fact(
                    s,
                    "funds",
                    giver,
                    Ref(f"{head} {n}".strip(), None, "Organisation"),
                    0.55,
                    amount=each,
                    date=date,
                )
                for n in names
            ]
    if not found and (them := _TO_THEM.search(s.text)) is not None:
        # "A, B und C machen mit; der Kreis reicht an sie jeweils X Euro weiter": the bodies
        # named before in the sentence, else in the sentence before
        before = [
            ref(m)
            for m in ms
            if m.start < s.start + them.start() and m.kind in _RECIPIENTS and ref(m) != giver
        ]
        takers = list(dict.fromkeys(before)) or _listed_before(ctx, s, giver)
        sums = ctx.amount_index.inside(s.start + them.end(), s.end)
        each = _for_each(ctx, sums[0], s.start + them.end()) if sums else None
        found = [_fact(s, "funds", giver, t, 0.55, amount=each, date=date) for t in takers]
    return found


_KIND_BEFORE: Final = re.compile(r"\b(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})[ \t]+$")
"""A body named again by its kind right before a verb ("der Kreis reicht …")."""
_TO_THEM: Final = re.compile(r"\ban[ \t]+(?:sie|diese)\b(?=(?:[^.;]|\.\d)*[ \t]weiter\b)")
"""Money passed on "an sie": to the bodies named before."""
_NAMES_HANDED: Final = re.compile(
    r"\ban[ \t]+(?:(?:die|den|dem|das)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+e[nr]?[ \t]+)?"
    r"(?P<plural>[A-ZÄÖÜ][a-zäöüß]*(?:städte|gemeinden|kreise|Städte|Gemeinden|Kreise))[ \t]+)?"
    r"(?P<names>[A-ZÄÖÜŁŚŻ][\wäöüßąćęłńóśźż-]+(?:(?:,[ \t]+|[ \t]+(?:und|sowie)[ \t]+)"
    r"[A-ZÄÖÜŁŚŻ][\wäöüßąćęłńóśźż-]+)*)[ \t]+weiter\b"
)
"""Names after "an" right before "weiter", after a plural of their kind or none ("an die
Großen Kreisstädte A, B und C weiter", "an A weiter")."""


_PRIZE_GIVEN: Final = re.compile(
    r"[“”\"«»]?(?:[ \t]+[a-zäöüß]+){0,3},[ \t]+(?:den|die|das)[ \t]+"
    r"(?P<clause>(?:[^,;.]|[.,]\d)*?\b(?:finanziert|finanzierte|dotiert|dotierte|stiftet|"
    r"stiftete|ausstattet|ausstattete|ausgestattet)\b)"
)
"""A relative clause right after a prize's name (or its participle: "„X“ ausgezeichnet, den …")
naming who funds it ("den die Stiftung X jedes Jahr vergibt und finanziert", "den der Verband
mit X Euro dotiert"; not "den der Verband auslobt": who awards it need not pay)."""


def _prize_given(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A prize funded by the body a relative clause right after its name says awards or funds
    it, when the sentence states a sum: the body (by name, or by its noun: "der Verband")
    funds the prize."""
    amounts = ctx.amount_index.inside(s.start, s.end)
    if not amounts:
        return []
    for prize in ms:
        if prize.kind != "competition" and not (
            prize.cls == "Initiative" and _PRIZE_NAME.search(prize.label) is not None
        ):
            continue
        clause = _PRIZE_GIVEN.match(ctx.text, prize.end)
        if clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        giver = next((m for m in ms if low <= m.start < high and m.cls == "Organisation"), None)
        again = _NOUN_AFTER.match(ctx.text, low - 1) if giver is None else None
        if again is not None:  # "den der Verband … dotiert": the body named before by its noun
            association = (
                ctx.index.last_before(low, lambda m: m.kind == "municipal_association")
                if again.group("noun") == "Verband"
                else None
            )  # ("der Verband": the Städtetag or Landkreistag named before, if any)
            giver = association or _body_by_noun(ctx, again.group("noun"), low)
        if giver is None or giver.cls != "Organisation":
            continue
        inside = [a for a in amounts if low <= a.start < high]
        amount = inside[0] if inside else None
        return [_fact(s, "funds", ref(giver), ref(prize), 0.6, amount=amount, date=date)]
    return []


_AS_SPONSOR: Final = re.compile(
    r"\bAls[ \t]+(?:Haupt)?[Ss]ponsor(?:in)?[ \t]+[a-zäöüß]+[ \t]+(?:der|die|das)[ \t]+"
)
"""A sponsor paying, its name after the verb: "Als Sponsor unterstützte die X AG …"."""
_DATIVE_BODY: Final = re.compile(r"[ \t]+(?:dem|der)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)\b")


def _sponsored(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    """A sponsor named after "Als Sponsor <verb>" funds the body named after it in the dative
    ("finanziert die Stiftung X dem Kreisverband …"), else the work the sentence names, names
    again ("das Forum") or the text is about."""
    opened = _AS_SPONSOR.match(text) if text.startswith("Als ") else None
    if opened is None:
        return []
    at = s.start + opened.end()
    sponsor = next(iter(ctx.index.starting(at, at)), None)
    if sponsor is None or sponsor.cls != "Organisation":
        return []
    obj: Ref | None = None
    dative = _DATIVE_BODY.match(ctx.text, sponsor.end)
    if dative is not None:
        named = next(iter(ctx.index.starting(sponsor.end, dative.end())), None)
        body = named or _body_by_noun(ctx, dative.group("noun"), dative.start("noun"))
        obj = ref(body) if body is not None and body.cls == "Organisation" else None
    if obj is None:
        works = [m for m in ms if m.cls in ("Initiative", "Event") and m.start > sponsor.end]
        again = ctx.named_again(s)
        obj = ref(works[0]) if works else ref(again) if again is not None else _funded_work(ctx, s)
    if obj is None:
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    amount = sums[0] if len(sums) == 1 else None
    return [_fact(s, "funds", ref(sponsor), obj, 0.6, amount=amount, date=date)]


_GIVEN: Final = (
    r"(?P<given>gespendet|geschenkt|gestiftet|überlassen|überwiesen|übergeben|überreicht|"
    r"zugesagt|bewilligt|gewährt|gezahlt|ausgezahlt|erstattet|bereitgestellt|gegeben)\b"
)
_NOW: Final = r"(?:(?:zudem|auch|bereits|schon|dafür|außerdem|nun|jetzt|inzwischen)[ \t]+)?"
_GAVE_PERFECT: Final = re.compile(
    rf"[ \t]+(?:hat|hatte|haben|hatten)[ \t]+{_NOW}(?P<dative>(?:dem|der)[ \t]+|uns[ \t]+)"
    rf"(?=(?:[^.;]|\.\d)*\b{_GIVEN})"
)
"""A body that opens a sentence and has given something to a body in the dative: "Die X AG hat
dem Landkreis Y … gespendet", "Das Ministerium X hat dem Landkreis Y Z Euro bewilligt", "…
hat uns dafür Z Euro zugesagt" (in an interview)."""
_HAS_GIVEN: Final = re.compile(
    rf"\b(?:hat|hatte)[ \t]+(?:der|die|das)[ \t]+(?=(?:[^.;]|\.\d)*\b{_GIVEN})"
)
"""The same with the giver after the auxiliary: "So hat der Kreis X dem Amt Y Z Euro
überwiesen", "Dafür hat die Bank X dem Verband ein Darlehen über Y Euro gewährt"."""
_TO_NEXT: Final = re.compile(rf"[ \t]+{_NOW}(?:dem|der)[ \t]+")
_AND_TO: Final = re.compile(r"(?:[ \t]+und|,)[ \t]+(?:dem|der)[ \t]+")


def _gave_perfect(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A giver that has given a body in the dative a sum, with a participle of giving after
    them: the giver opens the sentence ("Die X AG hat dem Landkreis Y … gespendet") or follows
    the auxiliary ("So hat der Kreis X dem Amt Y Z Euro überwiesen"); each body in the dative
    ("dem Amt A X Euro und der Stadt B Y Euro") with the sum after it; "uns" in an interview."""
    if "hat" not in text:
        return []
    first = _opener(ctx, s)
    colon = s.text.find(": ")
    if first is None and colon > 0:  # "Bezahlt wird es vom Land: Das Ministerium hat dem …"
        at = s.start + colon + 2
        first = next(
            (m for m in ctx.index.within(at, at + 5) if m.cls == "Organisation"), None
        ) or next(iter(ctx.index.starting(at + 4, at + 5)), None)
    gave = _GAVE_PERFECT.match(ctx.text, first.end) if first is not None else None
    to: Mention | None = None
    if gave is None:
        after = _HAS_GIVEN.search(text)
        at = s.start + after.end() if after is not None else -1
        first = next(iter(ctx.index.starting(at, at)), None) if after is not None else None
        gave = _TO_NEXT.match(ctx.text, first.end) if first is not None else None
        if gave is None or after is None:
            return []
        given = _GIVEN_AT.search(text, after.end())
    else:
        given = _GIVEN_AT.search(text, gave.end() - s.start)
    if first is None or first.cls != "Organisation" or given is None:
        return []
    if given.group("given") in ("übergeben", "überreicht") and _HANDING.search(text) is None:
        return []  # "übergeben", "überreicht": a notice or cheque, not the keys
    sums = ctx.amount_index.inside(s.start, s.end)
    if not sums:
        return []
    if ctx.text.startswith("uns", gave.end() - 4) or gave.group().rstrip().endswith("uns"):
        us = _us(ctx, s)
        if us is None or us == ref(first):
            return []
        return [_fact(s, "funds", ref(first), us, 0.6, amount=sums[0], date=date)]
    found: list[Fact] = []
    at = gave.end()
    while (to := _named_at(ctx, at)) is not None:
        if to.cls != "Organisation" or ref(to) == ref(first):
            break
        upto = s.end
        more = None
        for more in _AND_TO.finditer(ctx.text, to.end, s.end):
            if next(iter(ctx.index.starting(more.end(), more.end())), None) is not None:
                upto = more.start()
                break
            more = None
        own = [a for a in sums if to.end <= a.start < upto] or sums[:1]
        found.append(_fact(s, "funds", ref(first), ref(to), 0.6, amount=own[0], date=date))
        if more is None:
            break
        at = more.end()
    return found


_GIVEN_AT: Final = re.compile(rf"\b{_GIVEN}")


def _given_to_work(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A giver after the auxiliary that has given a sum with no body in the dative ("Für den
    Leihpool hat die Stiftung X 12.000 Euro gespendet"; a participle of giving, not of handing
    over): it funds the work told of. Only where nothing else in the sentence reads a grant."""
    if "hat" not in text:
        return []
    after = _HAS_GIVEN.search(text)
    at = s.start + after.end() if after is not None else -1
    giver = next(iter(ctx.index.starting(at, at)), None) if after is not None else None
    if after is None or giver is None or _TO_NEXT.match(ctx.text, giver.end) is not None:
        return []
    given = _GIVEN_AT.search(text, after.end())
    sums = ctx.amount_index.inside(s.start, s.end)
    if given is None or given.group("given") in ("übergeben", "überreicht") or not sums:
        return []
    work = _funded_work(ctx, s) if giver.cls == "Organisation" else None
    if work is None or work == ref(giver):
        return []
    return [_fact(s, "funds", ref(giver), work, 0.55, amount=sums[0], date=date)]


_KIND_AT: Final = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,})(?![\wäöüß-])(?![ \t]+[A-ZÄÖÜ])")


def _named_at(ctx: Context, at: int) -> Mention | None:
    """The body named right at ``at``: by name, else by its kind alone ("dem Zweckverband")."""
    named = next(iter(ctx.index.starting(at, at)), None)
    if named is not None:
        return named
    kind = _KIND_AT.match(ctx.text, at)
    if kind is None:
        return None
    noun = key(kind.group("noun"))
    return _body_by_noun(ctx, kind.group("noun"), at) or ctx.index.last_before(
        at, lambda m: m.cls == "Organisation" and key(m.label.split()[0]).endswith(noun)
    )  # ("dem Amt": the "Bürgeramt X" named before)


_RECEIVED_RELATIVE: Final = re.compile(
    r"(?:[ \t]+(?:aus|in)[ \t]+[A-ZÄÖÜ][\w-]+(?:[ \t]+\([^()]{1,30}\))?|[ \t]+\([^()]{1,40}\))?"
    r"(?:[ \t]+(?:entwickelt|gebaut|programmiert|geliefert|erstellt|eingerichtet|umgesetzt))?"
    r",[ \t]+(?:die|der|das)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?\b(?:vom|von[ \t]+(?:der|dem))[ \t]+"
    r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)?(?:[^.;,]|[.,]\d)*?"
    r"\b(?:erhält|erhielt|bekommt|bekam|(?:erhalten|bekommen)[ \t]+(?:hat|hatte|soll|wird))\b)"
)
"""A relative clause of a body receiving a sum from another: "… (aus X), die dafür vom Landkreis
Y rund Z Euro erhält", "… aus Halle (Saale), die von der Stadt dafür Z Euro erhält", "…, die
vom Bezirksamt dafür Z Euro bekommen hat", "der Verband X (Y), der die App entwickelt und dafür
vom Ministerium Z Euro erhält", past the participle that ends the clause before ("hat das
Start-up X entwickelt, das dafür vom Y Z Euro erhält")."""


def _received_relative(
    ctx: Context, s: Sentence, ms: list[Mention], date: str | None
) -> list[Fact]:
    """The body named right before a relative clause in which it receives a sum from a body
    named after "vom"/"von der": that body funds it."""
    if " erh" not in s.text and " bek" not in s.text:
        return []
    for receiver in ms:
        if receiver.cls != "Organisation":
            continue
        clause = _RECEIVED_RELATIVE.match(ctx.text, receiver.end)
        if clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        giver = next(
            (
                m
                for m in ms
                if low <= m.start < high
                and m.cls == "Organisation"
                and _AGENT.search(ctx.text, max(low, m.start - 9), m.start) is not None
            ),
            None,
        )
        if giver is None and clause.group("noun") is not None:  # "vom Bezirksamt": named before
            at = clause.start("noun")
            giver = _body_by_noun(ctx, clause.group("noun"), at)
        sums = ctx.amount_index.inside(low, high)
        if giver is None or not sums or ref(giver) == ref(receiver):
            continue
        return [_fact(s, "funds", ref(giver), ref(receiver), 0.6, amount=sums[0], date=date)]
    return []


_OFFERED_BY: Final = re.compile(
    r"\b(?:ausgelobt|gestiftet|ausgeschrieben|vergeben)[ \t]+und\b|"
    r"\b(?:wird|wurde)[ \t]+(?:(?:[^;,]|,\d)*?[ \t])?"
    r"(?:ausgelobt|gestiftet|ausgeschrieben|vergeben)\b"
)
"""A prize offered by an agent in the passive ("Der Preis wird vom Verein X ausgelobt")."""


def _prize_offered(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """A prize whose worth a sentence states ("ist mit X Euro dotiert") offered by the agent of
    a passive in the same sentence ("wird vom Verein Y ausgelobt"): the agent funds the prize
    (of the sentence, else the one the article tells of)."""
    text = s.text
    if "dotiert" not in text or _OFFERED_BY.search(text) is None:
        return []
    sums = ctx.amount_index.inside(s.start, s.end)
    agent = next(
        (
            m
            for m in ms
            if m.cls == "Organisation"
            and _AGENT.search(ctx.text, max(s.start, m.start - 9), m.start)
        ),
        None,
    )
    prize = next((m for m in ms if m.cls in ("Initiative", "Event")), None) or ctx.prize
    if agent is None or prize is None or not sums or ref(prize) == ref(agent):
        return []
    return [_fact(s, "funds", ref(agent), ref(prize), 0.6, amount=sums[0], date=date)]


_PAID_RELATIVE: Final = re.compile(
    r"(?:[ \t]+(?:aus|in)[ \t]+[A-ZÄÖÜ][\w-]*)?,[ \t]+(?:der|dem|denen)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?[ \t]"
    r"(?:gezahlt|zahlt|zahlen|zahlte|zahlten|überwiesen|überweist|überwies|gegeben|gibt|geben|"
    r"gab|gaben)\b)"
)
"""A relative clause in the dative in which bodies pay the one named before it (and its town):
"… GmbH aus X, der die Stadt A dafür Y Euro und die Gemeinde B Z Euro gezahlt haben"."""
_RELATIVE_TO: Final = re.compile(
    r",[ \t]+(?:die|den|das)[ \t]+(?:es|er|sie)[ \t]+(?:der|dem|den)[ \t]+(?=[A-ZÄÖÜ])"
)
"""A relative clause about a sum in which the main clause's subject ("es", "er", "sie") pays
the body in the dative: "…, beteiligt sich mit X Euro, die es der Stiftung überweist"."""


def _paid_relative(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Payments stated in a relative clause: each body that pays in a clause about the body
    named right before it ("der GmbH X, der die Stadt A dafür Y Euro gezahlt hat": A pays X,
    with the sum after A); or the sentence's subject paying the body in the dative of a clause
    about its sum ("Das Ministerium beteiligt sich mit X Euro, die es der Stiftung
    überweist")."""
    text = s.text
    if "," not in text:
        return []
    found: list[Fact] = []
    for receiver in ms:
        clause = _PAID_RELATIVE.match(ctx.text, receiver.end)
        if receiver.cls != "Organisation" or clause is None:
            continue
        low, high = clause.start("clause"), clause.end("clause")
        payers = [m for m in ms if low <= m.start < high and m.cls == "Organisation"]
        for i, payer in enumerate(payers):
            upto = payers[i + 1].start if i + 1 < len(payers) else high
            sums = ctx.amount_index.inside(payer.end, upto)
            if sums and ref(payer) != ref(receiver):
                found.append(
                    _fact(s, "funds", ref(payer), ref(receiver), 0.6, amount=sums[0], date=date)
                )
        if found:
            return found
    to = _RELATIVE_TO.search(text)
    if to is None or not _PAYING_RELATIVE.search(text, to.end()):
        return []
    taker = next(iter(ctx.index.starting(s.start + to.end(), s.start + to.end())), None)
    first = _opener(ctx, s)
    sums = ctx.amount_index.inside(s.start, s.start + to.start())
    if taker is None or first is None or taker.cls != "Organisation" or not sums:
        return []
    return [_fact(s, "funds", ref(first), ref(taker), 0.6, amount=sums[-1], date=date)]


_PAYING_RELATIVE: Final = re.compile(
    r"\b(?:überweist|überwies|zahlt|zahlte|auszahlt|auszahlte|gibt|gab)\b"
)
_PAYS_DATIVE: Final = re.compile(
    r"[ \t]+(?:zahlt|zahlte|überweist|überwies)[ \t]+(?P<article>der|dem)[ \t]+"
)
"""A body that opens a sentence paying the one right after the verb, in the dative: "Die
Senatskanzlei zahlt der Hochschule dafür X Euro"."""


def _pays_dative(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """The body a sentence opens with pays the body in the dative right after "zahlt", with
    the sentence's sum (both by name, or named again by their kind)."""
    if "zahl" not in text and "überw" not in text:
        return []
    first = _opener(ctx, s)
    if first is None:
        return []
    pays = _PAYS_DATIVE.match(ctx.text, first.end)
    if pays is None:
        return []
    return _pays_at(ctx, s, first, pays.end(), ctx.amount_index.inside(s.start, s.end), date)


def _pays_at(
    ctx: Context, s: Sentence, giver: Mention, at: int, sums: list[Amount], date: str | None
) -> list[Fact]:
    """The giver pays the body named right at ``at`` the first of ``sums`` (none: nothing)."""
    to = next(iter(ctx.index.starting(at, at)), None)
    if to is None or to.cls != "Organisation" or ref(to) == ref(giver) or not sums:
        return []
    return [_fact(s, "funds", ref(giver), ref(to), 0.6, amount=sums[0], date=date)]


_GIVES_THEN_TO: Final = re.compile(
    r"\b(?:bewilligte|bewilligt|gewährte|gewährt|zahlte|zahlt|überwies|überweist|"
    r"bezuschusste|bezuschusst|gab|gibt|spendete|spendet|stiftete|stiftet)[ \t]+"
    r"(?:die|der|das)[ \t]+"
)
"""A verb of giving with its subject after it (the sentence opens with what is given)."""
_TO_DATIVE: Final = re.compile(r"[ \t]+(?:dem|der|den)[ \t]+")


def _gives_then_to(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A sentence that opens with the money and names the giver after the verb, then the
    receiver in the dative ("Den größten Teil, X Euro, bewilligte die Bank Y der Stadt Z"):
    the giver pays the receiver the sum before the verb."""
    verb = _GIVES_THEN_TO.search(text)
    if verb is None or ctx.index.starting(s.start, s.start + 5):
        return []  # (a body opening the sentence is its subject)
    at = s.start + verb.end()
    giver = next(iter(ctx.index.starting(at, at)), None)
    if giver is None or giver.cls != "Organisation":
        return []
    to = _TO_DATIVE.match(ctx.text, giver.end)
    if to is None:
        return []
    sums = [a for a in ctx.amount_index.inside(s.start, s.end) if a.end <= s.start + verb.start()]
    return _pays_at(ctx, s, giver, to.end(), sums, date)


_LOCAL_BUDGET: Final = re.compile(
    r"\b[Aa]us[ \t]+(?P<whose>dem|ihrem|seinem|unserem)[ \t]+(?:eigenen[ \t]+)?"
    r"(?:(?P<adjective>städtischen|gemeindlichen)[ \t]+Haushalt|(?P<compound>Stadt|Kreis|Gemeinde)"
    r"haushalt)\b"
)
"""A town's, county's or municipality's own budget, named by an adjective or a compound ("aus
dem städtischen Haushalt", "aus dem Kreishaushalt")."""
_BUDGET_NOUN: Final = {"städtischen": "Stadt", "gemeindlichen": "Gemeinde"}


def _from_local_budget(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """A sum paid "aus dem städtischen Haushalt" (or a county's, a municipality's) in a sentence
    that names no body: the body of that kind named last pays it towards the work."""
    if "aushalt" not in text:
        return []
    budget = _LOCAL_BUDGET.search(text)
    sums = ctx.amount_index.inside(s.start, s.end)
    ours = budget is not None and budget.group("whose") == "unserem"
    if budget is None or (not sums and not ours):
        return []
    if any(m.cls == "Organisation" for m in ctx.index.within(s.start, s.end)):
        return []
    noun = _BUDGET_NOUN.get(budget.group("adjective") or "", budget.group("compound") or "")
    body = _body_by_noun(ctx, noun, s.start) if noun else None
    payer = _us(ctx, s) if ours else ref(body) if body is not None else None
    work = _funded_work(ctx, s)
    if payer is None or work is None:
        return []  # ("Der Rest kommt aus unserem Kreishaushalt": in an interview, its body)
    return [_fact(s, "funds", payer, work, 0.55, amount=sums[0] if sums else None, date=date)]


_COMMISSIONS: Final = re.compile(
    r"[ \t]+(?:hat|hatte|haben|hatten|beauftragt|beauftragte|bestellt|bestellte)\b"
)
"""The verb (or its auxiliary) right after a body that commissions another."""


def _commissioned(ctx: Context, s: Sentence, text: str, date: str | None) -> list[Fact]:
    """The body a sentence opens with pays the body it commissions for a sum ("Der Kreis hat
    die Firma X mit Y Euro beauftragt", "Die Stadt beauftragt das Büro X für Y Euro"): the
    first other body after it by name, else the company named last before the sentence when
    the sentence names it again ("die Firma")."""
    if "beauftragt" not in text and "bestellt" not in text:
        return []
    first = _opener(ctx, s)
    lead = _LEAD.match(text) if first is None else None
    if lead is not None:  # "Der Landkreis hat …": the body named again by its kind
        first = _body_by_noun(ctx, lead.group("noun"), s.start)
    end = s.start + lead.end() if lead is not None else first.end if first is not None else 0
    sums = ctx.amount_index.inside(s.start, s.end)
    us = _us(ctx, s) if first is None and text.startswith("Wir ") else None
    if us is not None:  # in an interview, "Wir haben sie für X Euro beauftragt"
        end = s.start + 3
    elif first is None or first.cls != "Organisation":
        return []
    if not sums or _COMMISSIONS.match(ctx.text, end) is None:
        return []
    payer = us if us is not None else ref(first) if first is not None else None
    if payer is None:
        return []
    ordered = _ORDERED_AT.search(text) if "beauftragt" not in text else None
    if "beauftragt" not in text and ordered is None:
        return []  # "hat X bei der Firma Y bestellt": Y is paid
    low = s.start + ordered.end() if ordered is not None else end
    taken: Ref | None = next(
        (
            ref(m)
            for m in ctx.index.within(low, s.end)
            if m.cls == "Organisation" and ref(m) != payer
        ),
        None,
    )
    if (
        taken is None
        and ordered is None
        and (
            _COMPANY_TAKEN.search(text) is not None or _THEM_TAKEN.match(ctx.text, end) is not None
        )
    ):  # "die Firma", "Wir haben sie … beauftragt": the company named last
        company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        taken = ref(company) if company is not None else None
    if taken is None:
        return []
    return [_fact(s, "funds", payer, taken, 0.6, amount=sums[0], date=date)]


_ORDERED_AT: Final = re.compile(r"\bbei[ \t]+(?:der|dem)[ \t]+(?=(?:[^.;]|\.\d)*\bbestellt\b)")
"""Where a body orders what it pays for: "hat die Geräte bei der Firma X bestellt"."""
_COMPANY_TAKEN: Final = re.compile(r"\b(?:die|das)[ \t]+(?:Firma|Unternehmen|Start-up)\b")
"""A company commissioned, named again by its kind."""
_THEM_TAKEN: Final = re.compile(r"[ \t]+(?:hat|hatte|haben|hatten)[ \t]+(?:sie|es|ihn)\b")
"""A company commissioned, named again by a pronoun ("Wir haben sie … beauftragt")."""
_COMMISSIONED_BY: Final = re.compile(
    r"(?:[ \t]+aus[ \t]+[A-ZÄÖÜ][\w-]*)?(?:[ \t]+[a-zäöüß]+)?,[ \t]+(?:die|das|den)[ \t]+"
    r"(?P<clause>(?:[^.;,]|[.,]\d)*?[ \t]beauftragt(?:[ \t]+(?:hat|hatte|hatten|haben))?)\b"
)
"""A relative clause in which a body commissions the one named before it (and its verb): "… die
Firma X aus Y, die der Landkreis Z für W Euro beauftragt hatte", "… hat die Firma X erledigt,
die …"."""


_KIND_FIRST: Final = re.compile(
    r"(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A clause opening with a body named again by its kind ("der Markt …")."""


def _commissioned_relative(
    ctx: Context, s: Sentence, ms: list[Mention], date: str | None
) -> list[Fact]:
    """The body of a relative clause ("…, das der Markt für X Euro beauftragt hatte") pays the
    body named right before it (by name, or named again by its kind: "der Markt")."""
    if "beauftragt" not in s.text:
        return []
    for taken in ms:
        clause = _COMMISSIONED_BY.match(ctx.text, taken.end)
        if taken.cls != "Organisation" or clause is None:
            continue
        low, high = clause.span("clause")
        sums = ctx.amount_index.inside(low, high)
        payer: Mention | None = next(
            (m for m in ms if low <= m.start < high and m.cls == "Organisation"), None
        )
        lead = _KIND_FIRST.match(ctx.text, low) if payer is None else None
        if lead is not None:  # "…, das der Markt … beauftragt hatte"
            payer = _body_by_noun(ctx, lead.group("noun"), low)
        if payer is None or not sums or ref(payer) == ref(taken):
            continue
        return [_fact(s, "funds", ref(payer), ref(taken), 0.6, amount=sums[0], date=date)]
    return []


def _for_each(ctx: Context, a: Amount, low: int) -> Amount:
    """A sum, for each receiver when "je" or "jeweils" comes before it (from ``low``)."""
    if _EACH.search(ctx.text, low, a.end) is None:
        return a
    return replace(a, scope="per_recipient")


def _place_body(ctx: Context, m: Mention | None) -> Ref | None:
    """A body, or the town or county a place names: the body of that name the text names
    ("Erding" → "Landkreis Erding"), else the place as a body."""
    if m is None or m.cls not in ("Organisation", "Place"):
        return None
    if m.cls == "Organisation":
        return ref(m)
    body = _body_of_place(ctx, m)
    return ref(body) if body is not None else Ref(m.label, None, "Organisation")


_AWARD: Final = re.compile(
    r"\b(?:Zuschlag|Auftrag)\b(?=(?:[^.;]|\.\d)*\b(?:erhielt|erhält|bekam|bekommt|bekommen|"
    r"erhalten)\b)|\ban[ \t]+(?:die|den|das)[ \t](?=(?:[^.;]|\.\d)*\bvergeben\b)|"
    r"\bvergab\w*[ \t](?=(?:[^.;]|\.\d)*\ban[ \t]+(?:die|den|das)\b)"
)
"""A contract awarded to a company: "die den Zuschlag für X Euro erhielt", "Den Auftrag erhielt
die Firma Y", "vergab der Rat an die Z GmbH", "hat das Institut an die Firma W vergeben"."""
_PAID_FOR_WORK: Final = re.compile(
    r"(?:[ \t]+aus[ \t]+(?:der[ \t]+)?[A-ZÄÖÜ][\w-]*(?:[ \t]+[A-ZÄÖÜ][\w-]*)?)?,[ \t]+"
    r"(?:die|das|der)[ \t]+(?:[^.;,]|[.,]\d)*?\b(?:erhielt|erhält|bekam|bekommt|durchgesetzt)\b"
)
"""A relative clause after a company telling what it got for its work or bid: "…, die dafür X
Euro erhielt", "…, die sich mit X Euro gegen zwei Mitbewerber durchgesetzt hat"."""
_AWARDED_BY: Final = re.compile(
    r"\b(?:hat|hatte)[ \t]+(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})[ \t]"
    r"(?=(?:[^.;]|\.\d)*\b(?:vergeben|beauftragt|übertragen)\b)"
)
"""The body that awards, named again by its kind after the auxiliary: "Die Programmierung hat das
Institut an die Firma X vergeben"."""
_LOCAL_KINDS: Final = ("city", "municipality", "county", "district", "special_purpose_association")
"""Local public bodies that award contracts for their own work."""
_CITY_STATE_AUTHORITIES: Final = ("Senator", "Senatsverwaltung", "Behörde für")
"""How a city state's authorities are named: they award their own contracts."""


def _awarded(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    """A contract awarded to a company for a sum: the local body of the sentence pays the
    company, else the local body the article names most often (the one whose work it is; the
    article seldom says again who awards); in a city state without a district named, its
    authority ("Senatorin für X")."""
    sums = ctx.amount_index.inside(s.start, s.end)
    company = next((m for m in ms if m.kind in _COMPANIES), None) if sums else None
    if company is None:
        return []  # (the cheap tests first: this reader sees most sentences)
    if _AWARD.search(text) is None and _PAID_FOR_WORK.match(ctx.text, company.end) is None:
        return []
    local = [m for m in ms if m.kind in _LOCAL_KINDS and m is not company]
    kind = _AWARDED_BY.search(text) if not local else None
    named = _body_by_noun(ctx, kind.group("noun"), s.start) if kind is not None else None
    if local:
        payer: Ref | None = ref(local[0])
    elif named is not None and named is not company:
        payer = ref(named)  # "Die Programmierung hat das Institut an die Firma X vergeben"
    else:
        senate = [m for m in ctx.mentions if m.label.startswith(_CITY_STATE_AUTHORITIES)]
        bodies = [m for m in ctx.mentions if m.kind in _LOCAL_KINDS]
        if senate and not any(m.kind == "district" for m in bodies):
            bodies = senate  # a city state's authority awards ("Senatorin für X"), not a district
        top = Counter(m.label for m in bodies).most_common(1)
        body = next((m for m in ctx.mentions if m.label == top[0][0]), None) if top else None
        payer = ref(body) if body is not None else None
    if payer is None or payer == ref(company):
        return []
    return [_fact(s, "funds", payer, ref(company), 0.55, amount=sums[0], date=date)]


_BILLED: Final = re.compile(
    r"\bstellt(?:e|en)?[ \t]+(?P<rest>(?:[^.;,]|[.,]\d)*?)[ \t]in[ \t]+Rechnung\b"
)
"""A body that bills another: "stellte X dem Amt Y Euro in Rechnung"."""


def _billed(ctx: Context, s: Sentence, date: str | None) -> list[Fact]:
    """A body that bills another ("für das Terminal stellte X dem Amt Y Euro in Rechnung"): the
    body billed (in the dative, by name or named again by its kind) pays the one that bills
    (named right after "stellte", else the sentence's subject)."""
    if "Rechnung" not in s.text:
        return []
    billed = _BILLED.search(s.text)
    if billed is None:
        return []
    low, high = s.start + billed.start("rest"), s.start + billed.end("rest")
    to = _TO_DATIVE_IN.search(ctx.text, low, high)
    biller = next(
        (
            m
            for m in ctx.index.within(low, to.start() if to is not None else high)
            if m.cls == "Organisation"
        ),
        None,
    ) or _opener(ctx, s)
    payer = _named_at(ctx, to.end()) if to is not None else None
    sums = ctx.amount_index.inside(low, high)
    if biller is None or payer is None or not sums or ref(biller) == ref(payer):
        return []
    if biller.cls != "Organisation" or payer.cls != "Organisation":
        return []
    return [_fact(s, "funds", ref(payer), ref(biller), 0.55, amount=sums[0], date=date)]


_TO_DATIVE_IN: Final = re.compile(r"\b(?:dem|der)[ \t]+")

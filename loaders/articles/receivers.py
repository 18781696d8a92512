"""Who or what a sum goes to (read by ``funding._funding``).

The noun phrase of a clause with a verb of receiving ("Landkreise … können bis zu X
erhalten"), a sum stated "für die Kommunen" or "je beteiligter Kommune", bodies in the dative
of "stellt … bereit" or "bewilligt", the objects of an active verb of funding ("fördert die
Hochschule A und die Firma B"), a local body named again by its head noun, a company named
again ("das Unternehmen", "es"), bodies counted ("erhalten beide Bezirksämter je …"), a
programme's whole budget, and the work the article is about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from loaders.articles import clauses
from loaders.articles.factkit import _FUNDERS, ANAPHOR, SOURCE, _found, _is_title, _new_body
from loaders.articles.findings import Amount, Mention, Ref, ref
from loaders.articles.fundkit import (
    _AND,
    _AND_BODY,
    _CLAUSE_CUT,
    _COMPANIES,
    _EACH,
    _GOES,
    _HOW_MANY_EACH,
    _NOT_RECIPIENTS,
    _RECEIVING,
    _RECIPIENTS,
    _SMALL_NUMBER,
    _SUPPORTING,
    _SUPPORTS_NAMED,
    _TAKES,
    _TAKING_PART,
    FUNDING,
    PER_RECIPIENT,
    RECEIVES,
    _body_by_noun,
    _funded_work,
    _headed,
    _opener,
    _plural_payers,
)
from loaders.articles.lexicon import FUNCTION_WORDS, ORG_NOUNS, PLACE_HEADS, PLURAL_PLACE_HEADS
from loaders.articles.sentences import Sentence

if TYPE_CHECKING:
    from loaders.articles.facts import Context


_PARTICIPATING: Final = re.compile(
    r"\b(?:je|pro)[ \t]+(?:beteiligter|teilnehmender|mitwirkender)[ \t]+"
    r"(?:Kommune|Gemeinde|Stadt)\b|"
    r"\bjeder[ \t]+(?:beteiligten|teilnehmenden|mitwirkenden)[ \t]+(?:Kommune|Gemeinde|Stadt)\b|"
    r"\bPilot(?:kommunen|gemeinden|städte)\b"
)
"""Local bodies told of that take part: "je beteiligter Kommune", "gibt jeder teilnehmenden
Kommune", "die Lizenzen der Pilotkommunen" (not "Jede teilnehmende Kommune kann …", the terms of
a programme)."""
_ONE_LOCAL: Final = {
    "Kommune": ("municipality", "city"),
    "Gemeinde": ("municipality", "city"),
    "Stadt": ("city",),
}


def _participants(ctx: Context, s: Sentence, target: Ref) -> list[Ref]:
    """The towns a sum for one of those taking part goes to ("X Euro je beteiligter Kommune",
    "bis zu X Euro pro Kommune" for the "Pilotkommunen"): each town or municipality the text
    names (at least two), in place of the noun."""
    kinds = _ONE_LOCAL.get(target.label) if target.entity is None else None
    if kinds is None or _PARTICIPATING.search(s.text) is None:
        return []
    named = list(
        dict.fromkeys(ref(m) for m in ctx.mentions if m.cls == "Organisation" and m.kind in kinds)
    )
    return named if len(named) > 1 else []


_EACH_OF: Final = re.compile(
    r"\b[Jj]ede[rsmn]?[ \t]+(?:der|dieser)[ \t]+(?:\d+[ \t]+|[a-zäöü]+[ \t]+(?=[a-zäöüA-ZÄÖÜ]))?"
    r"(?P<np>(?:[a-zäöüß]+(?:e|en)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:[ \t]+und[ \t]+(?:[a-zäöüß]+(?:e|en)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+)?)\b"
)
"""Each of a plural of bodies receiving a sum: "jeder der 421 Städte und Gemeinden", "jede der
vier kreisfreien Städte"."""


def _each_of(ctx: Context, s: Sentence, a: Amount) -> list[Ref]:
    """The plurals of bodies the clause of a sum gives it to, each ("zahlt … jeder der 421 Städte
    und Gemeinden X Euro", "…, jeder der 14 Landkreise und jede der vier kreisfreien Städte
    jeweils X Euro"): the plural noun phrases, as kinds (not bodies the text names, which a
    number of them names when it names just so many, see :func:`_counted_receivers`)."""
    text = ctx.text
    low = max(
        text.rfind(";", s.start, a.start) + 1, text.rfind(", ", s.start, a.start) + 1, s.start
    )
    found = []
    for m in _EACH_OF.finditer(text, low, a.start):
        np = m.group("np")
        if not _names_body(np.split()[-1]) or ctx.index.overlapping(m.start("np"), m.end("np")):
            continue
        found.append(Ref(" ".join(np.split()), None, "Organisation"))
    return found


_IT_RECEIVES: Final = re.compile(
    r"\b(?:erhielt|erhält|bekam|bekommt)[ \t]+es\b|\b[Ee]s[ \t]+(?:erhielt|erhält|bekam|bekommt)\b|"
    r"\b[Ee]s[ \t]+(?:hat|hatte)\b(?=[^.;]*\b(?:erhalten|bekommen)\b)"
)
_COMPANY_OPENING: Final = re.compile(
    r"(?:Das|Dieses)[ \t]+(?:junge[ \t]+)?(?:Unternehmen|Start-up|Startup)\b"
)
"""A body named again by "es" that receives money ("erhielt es …", "Es hatte … erhalten")."""
_COMPANY_AGAIN: Final = re.compile(
    r"\b(?:(?:[Dd]as|[Dd]em|des|am)[ \t]+(?:junge[nm]?[ \t]+)?"
    r"(?:Unternehmen|Start-up|Startup|Firma)|der[ \t]+Firma|die[ \t]+Gründung|"
    r"[Dd]ie[ \t]+Firma(?=(?:[^.;]|\.\d)*\b(?:erhalten|erhält|erhielt|bekommen|bekommt|bekam)\b))\b"
)
"""A company named again by a noun: "das Unternehmen", "das junge Start-up", "der Firma", "am
Unternehmen", "die Firma" receiving ("hatte die Firma X Euro erhalten"), or by its founding
("hatte die Gründung mit einem Darlehen unterstützt")."""


def _company_again(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The company a sentence names again by a noun: the last one named before it; also by
    "es" receiving money ("Das Unternehmen … . Im Jahr X erhielt es …") when the sentence before
    opens with the company or "das Unternehmen"."""
    if (" es " in text or text.startswith("Es ")) and _IT_RECEIVES.search(text) is not None:
        i = bisect_left(ctx.sentence_starts, s.start)
        before = ctx.sentences[i - 1] if i else None
        if before is not None:
            opening = _COMPANY_OPENING.match(before.text)
            first = next(iter(ctx.index.starting(before.start, before.start + 5)), None)
            if opening is not None or (first is not None and first.kind in _COMPANIES):
                company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
                if company is not None:
                    return ref(company)
    if "arlehen" in text or "redit" in text:
        # "Die Bank X gewährt ein Nachrangdarlehen über Y Euro": a loan with no borrower named
        # goes to the company the text is about, told of within the three sentences before
        i = bisect_left(ctx.sentence_starts, s.start)
        low = ctx.sentences[max(0, i - 3)].start if i else s.start
        named = Counter(m.label for m in ctx.mentions if m.kind in _COMPANIES)
        company = ctx.index.last_before(
            s.start, lambda m: m.kind in _COMPANIES and named[m.label] == max(named.values())
        )  # (the company named most often: the one the text is about, not an investor in it)
        if company is not None and company.start >= low and _LOAN.search(text) is not None:
            return ref(company)
    if (
        "nternehmen" not in text
        and "tart" not in text
        and "Firma" not in text
        and "Gründung" not in text
    ):
        return None
    if _COMPANY_AGAIN.search(text) is None:
        return None
    company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
    return None if company is None else ref(company)


def _prize_named(initiatives: list[Mention]) -> Ref | None:
    """The prize or competition a sentence names, if it names one."""
    prize = next((m for m in initiatives if m.kind == "competition"), None)
    return None if prize is None else ref(prize)


_PAID_PRONOUN: Final = re.compile(
    r"\b(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|überweist|überwies|gibt|gab)[ \t]+"
    r"(?:(?:der|die|das)[ \t]+[A-ZÄÖÜ][\w-]+[ \t]+)?(?:ihr|ihm)[ \t]+(?:dafür[ \t]+|für[ \t])"
)
"""A body paid, named again by a pronoun in the dative: "der Kreis zahlt ihr dafür X Euro",
"die Stadt zahlte ihm für den Auftrag X Euro"."""


def _paid_to_pronoun(ctx: Context, s: Sentence, text: str, funder: Ref) -> Ref | None:
    """The body a dative pronoun after a verb of paying stands for: the body the sentence
    opens with (by name, or "Das Unternehmen" for the company named last), when another
    clause of the sentence names the payer."""
    if " ihr " not in text and " ihm " not in text:
        return None
    paid = _PAID_PRONOUN.search(text)
    if paid is None or _CLAUSE_CUT.search(text, 0, paid.start()) is None:
        return None
    if _COMPANY_OPENING.match(text) is not None:
        company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
        return None if company is None else ref(company)
    first = _opener(ctx, s)
    if first is None or ref(first) == funder:
        return None
    return ref(first)


_TAKER_AGAIN: Final = re.compile(
    r"(?:(?<![\wäöüß])(?P<pro>[Ss]ie|[Ee]r)"
    r"|\b(?:[Dd]ie|[Dd]er|[Dd]as)[ \t]+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+))"
    r"[ \t]+(?:erhält|bekommt|erhielt|bekam)\b"
    r"|\b(?:erhält|bekommt|erhielt|bekam)[ \t]+(?:(?P<pro2>sie|er)|(?:die|der|das)[ \t]+"
    r"(?P<noun2>[A-ZÄÖÜ][\wäöüß-]+))(?![ \t]+[A-ZÄÖÜ])\b"
)
"""A body told of before that receives, named again by a pronoun or its noun: "Sie erhält dafür
von der Stadt …", "Für diese Begleitung erhält sie …", "die Hochschule erhält dafür von der
Stadt …"."""


def _taker_again(
    ctx: Context, s: Sentence, text: str, funder: Ref, *, by_noun: bool = True
) -> Ref | None:
    """The body a pronoun or (``by_noun``) a bare noun before or after a verb of receiving
    stands for: by a pronoun, the first body of the clause before it or of the sentence before
    (none when a person comes first there); by a noun, the last body of that noun. Never the
    payer, nor a government."""
    taker = _TAKER_AGAIN.search(text)
    if taker is None:
        return None
    noun = taker.group("noun") or taker.group("noun2")
    if noun is not None and not by_noun:
        return None  # "Davon erhält der Landkreis X, die Städte A und B …": the bodies named
    at = s.start + taker.start()
    if noun is not None:
        noun_at = s.start + (taker.start("noun") if taker.group("noun") else taker.start("noun2"))
        if ctx.index.overlapping(noun_at, noun_at + len(noun)):
            return None  # a name, read as one
        body = _body_by_noun(ctx, noun, noun_at)
    else:  # the first body of the clause before ("…; sie bekommt") or of the sentence before
        cut = max(text.rfind(";", 0, taker.start()), text.rfind(":", 0, taker.start()))
        i = bisect_left(ctx.sentence_starts, s.start)
        before = max(text.rfind(";", 0, cut), text.rfind(":", 0, cut)) + 1 if cut > 0 else 0
        low = s.start + before if cut >= 0 else (ctx.sentences[i - 1].start if i else s.start)
        told = [
            m
            for m in ctx.index.within(low, at)
            if m.cls == "Person"
            or (m.cls == "Organisation" and ref(m) != funder and m.kind not in _FUNDERS[:3])
        ]
        body = told[0] if told else None
        if body is not None and body.cls == "Person":
            return None  # "Sie" may be the person told of
    if body is None or body.cls != "Organisation" or body.kind in _FUNDERS[:3]:
        return None
    return None if ref(body) == funder else ref(body)


_LOAN: Final = re.compile(r"\w*(?:[Dd]arlehen|[Kk]redit)\b")
"""A loan ("Darlehen", "Nachrangdarlehen", "Kredit", "Förderkredit")."""
_RECEIVER: Final = re.compile(
    r"[ \t]*(?:(?P<det>[Jj]ede[rsmn]?|[Dd]ie|[Dd]as|[Dd]ieses?|[Aa]lle)[ \t]+)?"
    r"(?:\d+[ \t]+)?(?P<np>(?:[a-zäöüß]+(?:e|en|er|es)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+"
    r"(?:[ \t]+(?:und|oder)[ \t]+[A-ZÄÖÜ][a-zäöüß]+)?)(?=[ \t]+[a-zäöü]|,)"
)
"""The noun phrase a clause opens with: who receives or applies for a sum ("Jede untere
Behörde kann … abrufen", "Städte und Gemeinden können … beantragen")."""
_FUNDED_ARE: Final = re.compile(
    r"[ \t]*[Gg]efördert[ \t]+werden[ \t]+(?:(?:bis[ \t]+zu|rund|etwa|mehr[ \t]+als)[ \t]+)?"
    r"(?:\d+|[a-zäöü]+)[ \t]+(?P<np>[A-ZÄÖÜ][a-zäöüß]+)\b"
)
"""A passive of funding with what is funded: "Gefördert werden bis zu 40 Vorhaben"."""
_PER_AFTER: Final = re.compile(r"[ \t]+" + PER_RECIPIENT.pattern)
_FOR_THE: Final = re.compile(
    r"\bfür[ \t]+(?:die|alle|jede[nrs]?)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
)


def _receiver(ctx: Context, clause: str, low: int) -> Ref | None:
    """The noun phrase a clause opens with when it receives a sum or is funded (not one of a
    clause of purpose or reason: "Um die Nachfrage der Kreise zu bedienen, …")."""
    if _SUBORDINATE.match(clause) is not None:
        return None
    receiving = _RECEIVING.search(clause) is not None
    passive = "efördert werden" in clause
    for pattern in (_RECEIVER, _FUNDED_ARE):
        if not (receiving if pattern is _RECEIVER else passive):
            continue
        m = pattern.match(clause)
        if m is None:
            continue
        np = m.group("np")
        det = m.groupdict().get("det") or ""
        head = np.split()[-1]
        if head in _NOT_RECIPIENTS or np.split()[0].lower() in FUNCTION_WORDS:
            continue
        if not det and (_ADVERB.fullmatch(np) or _PRONOMINAL.fullmatch(np)):
            continue  # "Ebenfalls erhält …", "Dafür erhält …": no noun
        if not det and " " not in np and _FRONTED.match(clause, m.end("np")) is not None:
            continue  # "Programmiert hat die Anwendung …": a participle put first, no noun
        inverted = _INVERTED.match(clause, m.end("np"))
        if inverted is not None:  # "Für Lizenzen erhält der Landkreis …": the county
            body = _body_by_noun(ctx, inverted.group("noun"), low + inverted.start("noun"))
            if body is not None and body.kind in (*_RECIPIENTS, "district"):
                return ref(body)
            continue
        if FUNDING.fullmatch(head) or RECEIVES.fullmatch(head):  # "Finanziert wird …", a sum
            continue
        if ctx.index.overlapping(low + m.start("np"), low + m.end("np")):
            continue
        if det.lower() in ("die", "das", "dieses", "diese") and ANAPHOR.match(f"{det} {head}"):
            continue
        words = np.split()
        noun = " ".join(words[1:]) if words[0].islower() else np  # "kleinere Ämter": Ämter
        if det in ("Der", "Die", "Das", "der", "die", "das") and noun.isalpha():
            # "Die Gemeinde hatte … erhalten": the "Gemeinde X" named last
            again = ctx.index.last_before(low, partial(_headed, noun + " "))
            if again is not None and again.kind in _RECIPIENTS:
                return ref(again)
            if noun in _COMPANY_NOUNS:  # "Das Unternehmen erhält …": the company named last
                company = ctx.index.last_before(low, lambda x: x.kind in _COMPANIES)
                if company is not None:
                    return ref(company)
        return Ref(noun, None, "Organisation")
    return None


_COMPANY_NOUNS: Final = frozenset(["Unternehmen", "Start-up", "Startup", "Firma"])
"""A company's kind, naming again the company told of."""


_PLACE_PREPOSITION: Final = re.compile(r"\b(?:aus|vor|in|bei|unter|zwischen)[ \t]+$")
"""A preposition before a body's noun that does not give it money ("aus den Kreisen")."""
_SUBORDINATE: Final = re.compile(r"[ \t]*(?:Um|Damit|Weil|Wenn|Obwohl|Nachdem|Während|Da)[ \t]")
"""A clause of purpose, reason, condition or time: its noun phrase receives nothing."""
_AFTER_RECEIVING: Final = re.compile(
    r"\b(?:erhalten|erhält|bekommen|bekommt)[ \t]+(?:(?:die|alle)[ \t]+"
    rf"(?:{_SMALL_NUMBER}[ \t]+)?"
    r"(?:[a-zäöüß]+(?:e|en|er)[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:en|er|e|n))|"
    r"[Jj]ede[rsmn]?[ \t]+(?:[a-zäöüß]+(?:e|en|er)[ \t]+)?(?P<one>[A-ZÄÖÜ][a-zäöüß]+)|"
    r"(?P<bare>(?=[A-ZÄÖÜ])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?i:gemeinden|städte|kreise|kommunen|ämter)))\b"
    r"(?![ \t]+[A-ZÄÖÜ])"
)
"""Recipients named by a noun after the verb: "erhalten die zwei Siegergemeinden", "erhält
jede kleine Stadt", "erhalten Landkreise"."""
_MAY_APPLY: Final = re.compile(
    r"\b(?:können|könnten|dürfen|sollen)[ \t]+(?:sich[ \t]+)?(?:(?:die|alle)[ \t]+)?"
    r"(?:[a-zäöüß]+(?:e|en)[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]+(?:en|n|e))\b"
)
"""Bodies that may apply for money, named by a plural after a modal verb ("können die
Gemeinden …", "können sich Kommunen …")."""
_APPLYING: Final = re.compile(r"\b(?:beantragen|bewerben|abrufen|erhalten|bekommen)\b")
_FRONTED: Final = re.compile(
    r"[ \t]+(?:hat|hatte|haben|hatten|wird|wurde|werden|wurden|ist|war|sind|waren)\b"
)
"""An auxiliary right after a clause's first word: that word is a participle put first."""
_ADVERB: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:lich|weise|falls|dem|mals)")
_PRONOMINAL: Final = re.compile(
    r"(?:Da|Dar|Hier|Wo|Wor)(?:für|mit|von|zu|nach|bei|über|aus|in|an|um|auf|durch)"
)
"""A pronominal adverb opening a clause ("Dafür", "Hiermit"): no noun phrase."""
_INVERTED: Final = re.compile(
    r"[ \t]+(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen)[ \t]+(?:der|die|das)"
    r"[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A verb of receiving with its subject after it, named again by its head noun ("Für Lizenzen
erhält der Landkreis …"): the phrase before the verb is no receiver."""
"""A capitalised adverb opening a clause ("Ebenfalls", "Außerdem"): no noun phrase."""


_OF_OWNER: Final = re.compile(r"[ \t]+(?:im|in[ \t]+der|in[ \t]+den|des|der)[ \t]+")


def _owner_after(ctx: Context, end: int) -> Ref | None:
    """The town, county or district right after an unnamed recipient ("für die Schulen im
    Landkreis X", "… der Stadt Y"): the body the sum goes to."""
    owner = _OF_OWNER.match(ctx.text, end)
    if owner is None:
        return None
    body = next(iter(ctx.index.starting(owner.end(), owner.end() + 1)), None)
    if body is None or body.kind not in (*_RECIPIENTS[:3], "district"):
        return None
    return ref(body)


def _unnamed(ctx: Context, m: re.Match[str]) -> bool:
    """Whether "für die X" names recipients by their noun alone: not a unit ("Jahre"), not
    the head noun of a name right after it ("für die App „Y“")."""
    if m.group("noun") in _NOT_RECIPIENTS:
        return False
    end = m.end("noun")
    after = ctx.text[end : end + 2].lstrip()
    return not after.startswith(("„", "“", '"', "»")) and not ctx.index.starting(end, end + 2)


_GAPPED: Final = re.compile(
    r"[ \t]*(?:der|die|das|dem|den)[ \t]+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)[ \t]+"
    r"(?:(?:rund|knapp|etwa|gut|weitere|bis[ \t]+zu|mehr[ \t]+als)[ \t]+)?"
)
"""A clause of a body named again by its head noun and a sum, its verb left out ("…, der
Landkreis rund X Euro")."""


_GAP_LEAD: Final = re.compile(r"(?:,|\bund)[ \t]+(?:der|die|das|dem|den)[ \t]+$")
"""A body after a comma or "und" and its article, opening a clause whose verb is left out."""
_GAP_BEFORE_SUM: Final = re.compile(
    r"[ \t]+(?:(?:rund|knapp|etwa|gut|weitere|bis[ \t]+zu|mehr[ \t]+als)[ \t]+)?"
)
"""What may stand between that body and its sum ("das Amt B rund Y Euro")."""
_FOR_BODY_AFTER: Final = re.compile(r"[ \t]+(?:für|an)[ \t]+(?:die|den|das)[ \t]+")
"""A body a sum is for, right after it: "davon X Euro für die Stadt Y"."""


def _named_after(ctx: Context, a: Amount) -> Ref | None:
    """The town, county, district or company named right after a sum it is for ("Insgesamt X
    Euro stellt das Land bereit, davon Y Euro für die Stadt Z")."""
    after = _FOR_BODY_AFTER.match(ctx.text, a.end)
    if after is None:
        return None
    body = next(iter(ctx.index.starting(after.end(), after.end() + 1)), None)
    return ref(body) if body is not None and body.kind in _RECIPIENTS else None


def _own_recipient(ctx: Context, s: Sentence, a: Amount) -> Ref | None:
    """Who a sum of its own is for, when the clause says so: the noun phrase of a clause with
    a verb of receiving ("Landkreise … können bis zu X erhalten"), what a passive of funding
    names, a recipient right after the sum ("X Euro je Kommune") or before it ("für die
    Kreise … X Euro"). Only unnamed recipients: named ones are mentions."""
    text = ctx.text
    low = max(text.rfind(";", s.start, a.start) + 1, text.rfind(": ", s.start, a.start) + 2)
    low = max(low, s.start)  # ("Kern des Plans ist X: Jede Gemeinde erhält …")
    high = text.find(";", a.end, s.end)
    high = s.end if high < 0 else high
    clause = text[low:high]
    named = ctx.index.last_before(a.start, lambda m: m.cls == "Organisation")
    if (
        named is not None
        and named.start > low
        and _GAP_BEFORE_SUM.fullmatch(text, named.end, a.start) is not None
        and _GAP_LEAD.search(text, max(low, named.start - 12), named.start) is not None
    ):
        # "Das Amt A erhält X Euro, das Amt B Y Euro und das Amt C Z Euro": each sum is for
        # the body named right before it, the verb left out
        return ref(named)
    part = max(text.rfind(",", low, a.start) + 1, low)
    if part > low:  # a clause of its own after a comma: "…, für die Kreise liegt … X Euro"
        lead = text[part : a.start]
        gapped = _GAPPED.fullmatch(lead)
        if gapped is not None:  # "Die Stadt erhält X Euro, der Kreis Y Euro": no verb again
            body = _body_by_noun(ctx, gapped.group("noun"), part)
            if body is not None:
                return ref(body)
        head_for = _FOR_THE.match(text, part + len(lead) - len(lead.lstrip()))
        if head_for is not None and _unnamed(ctx, head_for):
            owner = _owner_after(ctx, head_for.end())
            if owner is not None or _names_body(head_for.group("noun")):
                return owner or Ref(head_for.group("noun"), None, "Organisation")
        end = text.find(",", a.end, high)
        own = text[part : high if end < 0 else end]
        if _RECEIVING.search(own) is not None:
            found = _receiver(ctx, own, part)
            if found is not None:
                return found
    found = _receiver(ctx, clause, low)
    if found is not None:
        return found
    after = _AFTER_RECEIVING.search(clause) if "erh" in clause or "bekomm" in clause else None
    group = None if after is None else next(g for g in ("noun", "one", "bare") if after[g])
    if after is not None and group is not None and after[group] not in _NOT_RECIPIENTS:
        at = low + after.start(group)
        if not ctx.index.overlapping(at, at + len(after[group])):
            return Ref(after[group], None, "Organisation")  # "erhalten die drei X"
    may = _MAY_APPLY.search(clause) if _APPLYING.search(clause) is not None else None
    if may is not None and _names_body(may.group("noun")):
        at = low + may.start("noun")
        if not ctx.index.overlapping(at, at + len(may.group("noun"))):
            # "Zusätzlich können die Gemeinden bis zu X Euro pro Kommune beantragen", "können
            # sich Kommunen … um Zuschüsse bewerben": those who may apply receive
            return Ref(may.group("noun"), None, "Organisation")
    per = _PER_AFTER.match(text, a.end, min(a.end + 40, s.end))
    if per is not None and per.group("noun") not in _NOT_RECIPIENTS:
        return Ref(per.group("noun"), None, "Organisation")
    comma = max(text.rfind(",", low, a.start) + 1, low)
    for_the = _FOR_THE.search(text, comma, a.start)
    if for_the is not None and _unnamed(ctx, for_the):
        # "für die Bürgerbüros im Landkreis X": the body they belong to; "für die Kommunen":
        # bodies that receive; "für die Ausstattung": a thing, part of the work funded
        owner = _owner_after(ctx, for_the.end())
        if owner is not None or _names_body(for_the.group("noun")):
            return owner or Ref(for_the.group("noun"), None, "Organisation")
    per = PER_RECIPIENT.search(clause)
    if per is not None and per.group("noun") not in _NOT_RECIPIENTS and a.start < high:
        at = low + per.start("noun")
        if not ctx.index.overlapping(at, at + len(per.group("noun"))):
            return Ref(per.group("noun"), None, "Organisation")
    return None


def _local_body(ctx: Context, funder: Ref) -> Ref | None:
    """The local body an article is about: the first town, county or district its body
    names (not the funder)."""
    title = ctx.sentences[0].end if ctx.sentences and _is_title(ctx.text, ctx.sentences[0]) else 0
    body = next(
        (
            m
            for m in ctx.mentions
            if m.start >= title and m.kind in (*_RECIPIENTS[:3], "district") and ref(m) != funder
        ),
        None,
    )
    return None if body is None else ref(body)


_COUNTED_PLURAL: Final = re.compile(
    rf"\b(?:[Bb]eiden?|zwei|drei|vier|fünf|sechs|sieben|acht)[ \t]+"
    rf"{_TAKING_PART}(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+k|K)ommunen|Partner|"
    r"Städte[ \t]+und[ \t]+Gemeinden|Städten?|Gemeinden|Landkreisen?|"
    r"Kreisen?|Bezirken?|Bezirksämtern?|Ämtern?|Samtgemeinden|Verbandsgemeinden|Ortsgemeinden)\b"
)
"""A number of local bodies ("beide Bezirksämter", "den drei Kommunen", "die drei
Modellkommunen", "die fünf kommunalen Partner", "die vier Städte und Gemeinden", "jedem der
drei Ämter"), also in the dative ("hat den drei Kreisen jeweils … gezahlt")."""
_DATIVE_OF: Final = {
    "Städten": "Städte",
    "Landkreisen": "Landkreise",
    "Kreisen": "Kreise",
    "Bezirken": "Bezirke",
    "Bezirksämtern": "Bezirksämter",
    "Ämtern": "Ämter",
}
_HOW_MANY_WORDS: Final = (
    "eide",
    "zwei",
    "drei",
    "vier",
    "fünf",
    "sechs",
    "sieben",
    "acht",
)
"""Every match of _COUNTED_PLURAL contains one of these."""


def _counted_receivers(ctx: Context, s: Sentence, text: str, funder: Ref) -> list[tuple[int, Ref]]:
    """The bodies a number of local bodies names, each receiving a sum ("erhalten beide
    Bezirksämter je …"): the bodies of that kind the text names, when it names just so many."""
    counted = _found(_COUNTED_PLURAL, _HOW_MANY_WORDS, text)
    if counted is None or _EACH.search(text) is None:
        return []
    noun = counted.group("noun")
    noun = _DATIVE_OF.get(noun, noun)
    at = s.start + counted.start("noun")
    if noun.endswith("kommunen") or noun == "Partner" or noun.endswith(" Gemeinden"):
        # "die drei Modellkommunen", "die fünf Partner", "die vier Städte und Gemeinden": the
        # Kommunen named
        noun = "Kommunen"
    bodies = _plural_payers(ctx, s, noun, PLURAL_PLACE_HEADS.get(noun), at, _HOW_MANY_EACH)
    named = [b for b in bodies if b != funder and b.label != noun]
    if len(named) < 2:
        return []
    # "der Kreis und die fünf Partner erhalten je …": the body named again before them too
    clause = max(text.rfind(";", 0, counted.start()), text.rfind(",", 0, counted.start())) + 1
    again = clauses.named_again(ctx.text, ctx.index, s.start + clause, s.start + counted.start())
    named += [b for b in map(ref, again) if b != funder and b not in named]
    return [(at, b) for b in named]


def _pair_before(ctx: Context, s: Sentence, funder: Ref) -> list[Ref]:
    """The last two towns, counties, districts or companies the sentence before ``s`` joins
    by "und" ("Nach A sollen die Bezirksämter B und C folgen" → B, C)."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return []
    before = ctx.sentences[i - 1]
    bodies = [
        m
        for m in ctx.index.within(before.start, before.end)
        if m.kind in _RECIPIENTS and ref(m) != funder
    ]
    for a, b in reversed(list(pairwise(bodies))):
        if ref(a) != ref(b) and _AND.fullmatch(ctx.text, a.end, b.start):
            return [ref(a), ref(b)]
    return []


def _names_body(noun: str) -> bool:
    """Whether a noun names a kind of body or of people ("Kommunen", "Auszubildenden"), not
    a thing ("Lizenzen", "Ausstattung")."""
    return (
        noun in PLACE_HEADS
        or noun in PLURAL_PLACE_HEADS
        or _BODY_NOUN.search(noun.lower()) is not None
    )


def _noun_target(ctx: Context, noun: str, act: bool = False) -> Ref:
    """What a sum stated "für die <noun>" goes to: a kind of body receives it ("für die
    Kommunen"); a thing ("für die Lizenzen", "für die Datenmigration") or an ``act`` ("für
    die Einrichtung eines Zentrums") is a part of the work the article is about, and that work
    is what the money funds."""
    if _names_body(noun) and not act:
        return Ref(noun, None, "Organisation")
    return _main_work(ctx) or Ref(noun, None, "Organisation")


_BODY_NOUN: Final = re.compile(
    ORG_NOUNS + r"|kommune|betriebe|unternehmen|träger|einrichtung|"
    r"ende[nr]?$|innen$|schüler|mitarbeit|beschäftigt|bürger|einwohner|lehrkr|kinder|familie"
)
"""A noun naming a kind of body or of people ("Kommunen", "Auszubildenden"): those receive
money stated for them."""


def _main_work(ctx: Context) -> Ref | None:
    """The work the article is about; when that is named as where money comes from ("aus
    dem Fonds X"), the body the text forms instead (a programme is never the funded work)."""
    if ctx.main is None:
        return None
    if ctx.is_source(ctx.main):
        return _new_body(ctx) or ref(ctx.main)
    return ref(ctx.main)


def _into_work(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The work money goes into from a programme named again as its source: "Aus dem Programm
    fließen X Euro in das Projekt" (the work told of, not the programme)."""
    source = ANAPHOR.search(text) if "Programm" in text else None
    if source is None or "Programm" not in source.group():
        return None
    if SOURCE.search(text, 0, source.start() + 4) is None:
        return None
    into = ANAPHOR.search(text, source.end())
    if into is None or "Programm" in into.group():
        return None
    return _funded_work(ctx, s)


_INTO_BODY: Final = re.compile(
    rf"\b{_GOES}\b(?:[^.;,]|[.,]\d){{0,40}}?[ \t]in[ \t]+(?:die|den|das)[ \t]+"
    r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,})\b(?![ \t]*[A-ZÄÖÜ„“\"»])"
)
"""Money flowing into a body named again by its head noun: "fließen X Euro in die Akademie"."""
_RECIPIENT_AGAIN: Final = re.compile(
    r"\b(?:der|die|das|dem|den)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Amt|Markt|Bezirk|"
    r"Bezirksamt|"
    r"Samtgemeinde|Verbandsgemeinde|Landkreisen|Kreisen|Städten|Gemeinden|Kommunen)\b"
    r"(?![ \t]+[A-ZÄÖÜ])"
)
"""A local body named again by its head noun ("erhält der Landkreis", "dem Kreis"), or a
plural of them in the dative ("stellt den Landkreisen … zur Verfügung")."""
_DATIVE_PLURAL: Final = re.compile(
    r"\b(?:spendiert|spendierte|gibt|gab|zahlt|zahlte|überweist|überwies|stellt|stellte)[ \t]+"
    r"den[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,}(?:en|ern|n))\b(?![ \t]*[A-ZÄÖÜ„\"(-])"
)
"""Bodies of a kind given money in the dative plural, right after the verb ("spendiert den
Jugendfeuerwehren …", "zahlt den Vereinen …"): the plural noun receives."""
_BUILDING: Final = re.compile(
    r"\b(?:[Ff]ür|[Zz]um|[Zz]ur)[ \t]+(?:den[ \t]+)?(?:Aufbau|Betrieb)[ \t]+(?:des|der)[ \t]+"
    r"(?:neuen[ \t]+|gemeinsamen[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{4,}?)(?:e?s)?\b"
)
"""The building of a body a sum is for: "Für den Betrieb des Zentrums"."""
_PLURAL_OF_DATIVE: Final = {
    "Landkreisen": "Landkreise",
    "Kreisen": "Kreise",
    "Städten": "Städte",
    "Gemeinden": "Gemeinden",
    "Kommunen": "Kommunen",
}
_GIVEN_TO: Final = re.compile(
    r"\b(?:gibt|gab|geben|gaben|zahlt|zahlte|zahlen|zahlten|überweist|überwies|schenkt|schenkte)"
    r"[ \t]+(?:(?:der|die|das)[ \t]+[A-ZÄÖÜ][\w-]+[ \t]+)?"
    r"(?:der[ \t]+(?P<her>Stadt|Gemeinde|Samtgemeinde|Verbandsgemeinde|Ortsgemeinde)|"
    r"dem[ \t]+(?P<him>Landkreis|Kreis|Bezirk|Bezirksamt|Amt|Markt))\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A local body given a sum, named again by its head noun in the dative right after the verb
(and its subject): "gab der Stadt …", "zahlt das Land dem Kreis …" (not "gibt der Kreis", a
subject)."""
_GIVING: Final = re.compile(
    r"\b(?:erh(?:alten|ält|ielt|ielten)|bekomm\w*|bewillig\w*|zur[ \t]+Verfügung|zugesagt|"
    r"zugesprochen|"
    r"überw(?:eist|eisen|ies|iesen)|(?:Förder|Zuwendungs)bescheid|Scheck)"
)
"""Giving or receiving a sum, or a grant's notice or cheque handed over ("brachte dem Kreis
einen Förderbescheid über X Euro mit"): a local body named again by its head noun receives."""
_AND_OBJECT: Final = re.compile(
    r"(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)(?:(?:der|die|das|den|dem)[ \t]+)?"
)


def _objects_listed(ctx: Context, s: Sentence, ms: list[Mention]) -> list[Ref]:
    """The bodies listed right after an active verb of funding, its objects ("fördert die
    Hochschule A, die Firma B und den Verein C mit je X Euro"): each, when there are two or
    more."""
    bodies = [m for m in ms if m.cls == "Organisation"]
    for i, first in enumerate(bodies):
        if _SUPPORTS_NAMED.search(ctx.text, max(s.start, first.start - 30), first.start) is None:
            continue
        found = [first]
        for m in bodies[i + 1 :]:
            if _AND_OBJECT.fullmatch(ctx.text, found[-1].end, m.start) is None:
                break
            found.append(m)
        return [ref(m) for m in found] if len(found) > 1 else []
    return []


_SUPPORTED_BODY: Final = re.compile(
    r"\b(?:unterstützt|unterstützte|fördert|förderte|bezuschusst|bezuschusste|bewilligt|"
    r"bewilligte)[ \t]+(?:(?:den|die|das)[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+(?:beim|der|des)|den|die|"
    r"dem|der)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Hansestadt|Gemeinde|Amt|Markt|Bezirk|"
    r"Samtgemeinde|Verbandsgemeinde|Regionalverband|Zweckverband|Verband|Verein|Hochschule|"
    r"Universität|Akademie|Genossenschaft)(?:es|s)?\b(?![ \t]*[A-ZÄÖÜ„\"(-])"
)
"""A body named again by its head noun as the object of an active verb of funding, or as
the owner of the part it funds ("fördert die Hochschule dafür", "unterstützt den Landkreis
beim Projekt", "fördert die Umstellung beim Landkreis", "bezuschusst den Eigenanteil der
Stadt", "bewilligte dem Verband")."""


def _supported_body(ctx: Context, s: Sentence, text: str, funder: Ref) -> Ref | None:
    """The body an active verb of funding names again as its object: it receives, before
    any work the sentence names ("unterstützt den Kreis beim Projekt „X“ mit Y Euro"); so
    does a body named right after such a verb ("unterstützt die Anstalt X beim Bau")."""
    for named in ctx.index.within(s.start, s.end) if _SUPPORTING.search(text) else ():
        if (
            named.cls == "Organisation"
            and named.kind not in _FUNDERS[:3]
            and ref(named) != funder
            and _SUPPORTS_NAMED.search(ctx.text, max(s.start, named.start - 30), named.start)
        ):
            return ref(named)
    for m in _SUPPORTED_BODY.finditer(text):
        at = s.start + m.start("noun")
        over = ctx.index.overlapping(at, at + len(m.group("noun")))
        if over and (over[0].start != at or over[0].cls != "Organisation"):
            continue
        body = over[0] if over else _body_by_noun(ctx, m.group("noun"), at)
        if body is not None and ref(body) != funder and body.kind not in _FUNDERS[:3]:
            return ref(body)
    return None


def _recipient_again(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The local body a sentence gives a sum to by its head noun alone ("Aus der Richtlinie
    erhält der Landkreis X Euro", "hat dem Kreis dafür X Euro bewilligt"): the last body of
    that kind named; a plural ("den Landkreisen") stays a noun. Also a body whose building
    the sum is for ("Für den Betrieb des Zentrums gibt es …")."""
    relative = _RELATIVE_DATIVE.search(text) if ", d" in text else None
    if relative is not None:  # "…, die der Akademie dafür X Euro überweist": the academy
        at = s.start + relative.start("noun")
        body = _body_by_noun(ctx, relative["noun"], at)
        if body is not None and body.kind not in _FUNDERS[:3]:
            return ref(body)
    into = _INTO_BODY.search(text) if " in " in text else None
    if into is not None:  # "fließen X Euro in die Akademie": the "Xakademie Y" named before
        at = s.start + into.start("noun")
        body = None if ctx.index.overlapping(at, at + 1) else _body_by_noun(ctx, into["noun"], at)
        if body is not None and body.kind not in _FUNDERS[:3]:
            return ref(body)
    built = _BUILDING.search(text) if "Aufbau" in text or "Betrieb" in text else None
    if built is not None:
        body = _body_by_noun(ctx, built.group("noun"), s.start + built.start("noun"))
        if body is not None and body.kind not in (*_FUNDERS[:3], *_RECIPIENTS):
            return ref(body)
    dative = _DATIVE_PLURAL.search(text) if "den " in text else None
    if dative is not None and dative.group("noun") in _PLURAL_OF_DATIVE:
        return Ref(_PLURAL_OF_DATIVE[dative.group("noun")], None, "Organisation")
    if dative is not None and not ctx.index.overlapping(
        s.start + dative.start("noun"), s.start + dative.end("noun")
    ):
        return Ref(dative.group("noun"), None, "Organisation")  # "spendiert den Vereinen …"
    given = _GIVEN_TO.search(text) if " dem " in text or " der " in text else None
    if given is not None:  # "gab der Stadt aus dem Programm X Euro": the town named before
        noun = "her" if given.group("her") else "him"
        body = _body_by_noun(ctx, given.group(noun), s.start + given.start(noun))
        if body is not None and body.kind in (*_RECIPIENTS, "district"):
            return ref(body)
    low = 0
    if _GIVING.search(text) is None:
        verb = _SUPPORTING.search(text)
        if verb is None:
            return None
        low = verb.end()  # "Der Kreis unterstützte die Stadt mit X Euro": its object
    for m in _RECIPIENT_AGAIN.finditer(text, low):
        noun = m.group("noun")
        at = s.start + m.start("noun")
        if ctx.index.overlapping(at, at + len(noun)):
            continue
        if _PLACE_PREPOSITION.search(text, max(0, m.start() - 12), m.start()) is not None:
            continue  # "die Nachfrage aus den Kreisen": no receiver
        if text.endswith("von ", 0, m.start()):
            continue  # "erhält das Start-up von der Stadt X Euro": who gives
        plural = _PLURAL_OF_DATIVE.get(noun)
        if plural is not None:
            if m.group()[:3].lower() == "den":
                return Ref(plural, None, "Organisation")
            continue
        body = _body_by_noun(ctx, noun, at)
        if body is not None and body.kind in (*_RECIPIENTS, "district"):
            return ref(body)
    return None


_RELATIVE_DATIVE: Final = re.compile(
    r",[ \t]*(?:die|der|das)[ \t]+(?:dem|der)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)[ \t]+"
    r"(?:[^.;,]|[.,]\d){1,80}?\b(?:überweist|überwies|zahlt|zahlte|gibt|gab|spendet|spendete|"
    r"bewilligt|bewilligte|gewährt|gewährte)\b"
)
"""A body paid in the dative of a relative clause about the one who pays ("die Stiftung X,
die der Akademie dafür Y Euro überweist", "eine Förderung des Ministeriums, das dem Verband Y
Euro aus dem Programm Z bewilligt hat")."""
_TO_BODY: Final = re.compile(
    r"\b(?:(?:stellt|stellte|stellen|bewilligt|bewilligte|überweist|zahlt|gibt)[ \t]+"
    r"(?:(?:dafür|hierfür|nun|jetzt|außerdem|zudem|zusätzlich)[ \t]+)?"
    r"(?:der|dem|den(?:[ \t]+(?:Städten|Gemeinden|Kommunen|Landkreisen|Kreisen|Ämtern))?)|"
    r"(?:fördert|förderte|fördern|unterstützt|unterstützte|unterstützen)[ \t]+"
    r"(?:die|den|das)|(?:hat|hatte|haben|hatten)[ \t]+dem)[ \t]+$"
)
"""A body a sum is given to, right after the verb ("stellt der Gemeinde X", "unterstützt die
Stadt X", "stellt dafür den Gemeinden X, Y und Z") or an auxiliary in the dative ("hat dem
Bezirksamt X … zugesprochen")."""


def _takers(ctx: Context, s: Sentence, recipients: list[Mention]) -> list[Mention]:
    """The named bodies that receive a sum: the dative of "stellt … bereit", "bewilligt"
    ("stellt der Gemeinde X …"), or the body right next to "erhält" / "bekommt" in its
    clause ("Für das Projekt Y erhält die Stadt X …", "Die Stadt X erhält …"), with those
    joined to it by "und" ("erhalten die Stadt A und die Gemeinde B")."""
    for m in recipients:
        if _TO_BODY.search(ctx.text, max(0, m.start - 30), m.start):
            return [m]
    if s.text.rstrip(".!").endswith(_SUPPORTED):
        # "Das Land hatte die Gemeinde X und die Stadt Y … unterstützt": the objects between
        # the auxiliary and the participle
        for m in recipients:
            if _AUX_OBJECT.search(ctx.text, max(0, m.start - 40), m.start):
                joined = [m]
                for other in recipients:
                    last = joined[-1]
                    if other.start > last.end and _AND_BODY.fullmatch(
                        ctx.text, last.end, other.start
                    ):
                        joined.append(other)
                return joined
    takes = _found(_TAKES, ("erh", "bek"), s.text)
    if takes is None:
        return []
    at, end = s.start + takes.start(), s.start + takes.end()
    near = []
    for m in recipients:
        gap = ctx.text[m.end : at] if m.end <= at else ctx.text[end : m.start]
        if len(gap) <= 40 and not _CLAUSE_CUT.search(gap):
            near.append((len(gap), m))
    if not near:  # "Die Stadt X hat … erhalten": the body that opens the clause
        cut = max((c.end() for c in _CLAUSE_CUT.finditer(ctx.text, s.start, at)), default=s.start)
        near = [
            (0, m)
            for m in recipients
            if cut <= m.start < at and ctx.text[cut : m.start].strip().lower() in _OPENING
        ]
    if not near and _AND_THEN.fullmatch(ctx.text, cut, at) is not None:
        # "Die Bezirksämter A und B bauen … auf und erhielten dafür …": the bodies the sentence
        # opens with, subject of both verbs
        near = [
            (0, m)
            for m in recipients
            if s.start <= m.start < at and _OPENS_WITH.fullmatch(ctx.text, s.start, m.start)
        ]
    if not near:
        return []
    first = min(near, key=lambda pair: pair[0])[1]
    joined = [first]
    for m in recipients:
        last = joined[-1]
        if m.start > last.end and _AND_BODY.fullmatch(ctx.text, last.end, m.start):
            joined.append(m)
    return joined


_AND_THEN: Final = re.compile(r"[ \t]*und[ \t]+")
"""A second verb of one subject, after a comma ("…, und erhielten")."""
_OPENS_WITH: Final = re.compile(
    "(?:(?:Die|Der|Das)[ \t]+(?:" + "|".join(PLURAL_PLACE_HEADS) + ")?[ \t]*)?"
)
"""What may come before the body a sentence opens with: an article, a plural of its kind ("Die
Bezirksämter A und B")."""


_AUX_OBJECT: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten)[ \t]+(?:(?:die|den|das)[ \t]+[A-ZÄÖÜ][\wäöüß-]*[ \t]+und[ \t]+)?"
    r"(?:die|den|das)[ \t]+$"
)
"""A body right after an auxiliary ("hatte die Stadt X", "hat die Gemeinde und den Kreis Y")."""
_SUPPORTED: Final = (" unterstützt", " gefördert", " bezuschusst")
"""How a sentence ends with a participle of support: the verb of the auxiliary before."""
_OPENING: Final = frozenset(["", "die", "der", "das"])


_TOTAL: Final = re.compile(r"\b(?:[Ii]nsgesamt|Gesamtvolumen|Volumen|ausgestattet)\b")


def _programme_budget(
    ctx: Context, s: Sentence, text: str, amounts: list[Amount], recipients: list[Mention]
) -> Ref | None:
    """A programme's whole budget ("insgesamt stehen X Euro bereit", "ist mit X Euro
    ausgestattet"): the programme of the sentence, else of the sentence before (by name or
    by a noun of its kind, "des Bundesprogramms"), when the sentence names no other work,
    no programme as where money comes from and no body receiving in the sum's clause."""
    if not amounts or _TOTAL.search(text) is None:
        return None
    low = ctx.text.rfind(";", s.start, amounts[0].start) + 1 or s.start
    high = ctx.text.find(";", amounts[0].end, s.end)
    high = s.end if high < 0 else high
    if any(low <= m.start < high for m in recipients):
        return None
    own = [
        m
        for m in ctx.index.within(s.start, s.end)
        if m.cls in ("Initiative", "Event") and not _named_as_whole(ctx.text, s, m)
    ]
    if any(m.kind != "programme" or ctx.is_source(m) for m in own):
        return None
    if own:
        return ref(own[0])
    i = bisect_left(ctx.sentence_starts, s.start)
    for told in (s, ctx.sentences[i - 1] if i else None):
        if told is None:
            continue
        named = [
            m
            for m in ctx.index.within(told.start, told.end)
            if m.kind == "programme" and not _named_as_whole(ctx.text, told, m)
        ]
        if named:
            return ref(named[-1])
        if _PROGRAMME_AGAIN.search(told.text) is not None:
            again = ctx.index.last_before(told.start, lambda x: x.kind == "programme")
            return None if again is None else ref(again)
    return None


_BELONGS_TO: Final = re.compile(
    r"(?:\bgehör(?:t|en)[ \t]+zu[rm]?|\bTeil[ \t]+de[rs])[ \t]+(?:\w+[ \t]+)?[„\"»]?$"
)
"""Before the whole a programme belongs to ("gehört zur „Strategie X“", "Teil der
Digitalstrategie Y")."""


def _named_as_whole(text: str, s: Sentence, m: Mention) -> bool:
    """Whether ``m`` is named as the whole something belongs to: not the programme whose
    budget the sentence tells ("Das Landesprogramm gehört zur „Strategie X“ und ist mit …
    ausgestattet")."""
    return _BELONGS_TO.search(text, max(s.start, m.start - 32), m.start) is not None


_PROGRAMME_AGAIN: Final = re.compile(r"\w*(?:[Pp]rogramm|[Ff]onds|[Oo]ffensive)\w*")
"""A programme named again by a noun of its kind ("des Bundesprogramms", "die Offensive")."""

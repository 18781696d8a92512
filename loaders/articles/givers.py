"""Who gives the money a sentence states (read by ``funding._funding``).

The bodies that may fund: public bodies, banks, foundations and investors the sentence names,
bodies named again by their head noun ("das Ministerium", "der Kreistag"), the subject of an
active verb of giving before or after it, the agent of a passive ("wird vom Land X
gefördert"), a body a sentence opens with by its kind, the state behind "das Land" or
"Landesmittel", and a body named in the sentence before. Of them, the funder of a sum: the
body its clause names nearest to it, else the funder of the grant told of last.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import partial
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import (
    _FUNDERS,
    _GOVERNMENTS,
    _found,
    _land,
    _ministry_for,
    _state_ministry,
)
from loaders.articles.findings import Amount, Mention, Ref, ref
from loaders.articles.fundkit import (
    _AGENT,
    _AND,
    _AND_BODY,
    _BODY_NOUN_KINDS,
    _CLAUSE_CUT,
    _DONORS,
    _FLOWS_TO,
    _FUNDING_WORDS,
    _IN_PLACE,
    _LEAD,
    _MONEY_OF,
    _OPENING_BODY,
    _PAYERS,
    _PROVIDING,
    _RECEIVING,
    _RECIPIENTS,
    DATIVE_NEXT,
    OWN_MONEY,
    _body_by_noun,
    _headed,
    _opening_body,
    _plural_payers,
    _us,
)
from loaders.articles.lexicon import PLURAL_PLACE_HEADS
from loaders.articles.normalise import key
from loaders.articles.sentences import Sentence

if TYPE_CHECKING:
    from loaders.articles.facts import Context


FEDERAL_FUNDS: Final = re.compile(
    r"\bBundes(?:förder)?(?:mittel|programm|haushalt)\w*|\bBundesförderung\w*"
)
STATE_FUNDS: Final = re.compile(
    r"\bLandes(?:förder)?(?:mittel|programm|haushalt)\w*|\bLandesförderung\w*"
)
_GRANTED: Final = re.compile(r"\bbewillig\w*")
"""A council granting money: the body that grants it pays."""


def _funding_word(text: str) -> bool:
    """Whether a sentence holds a word every match of FUNDING contains."""
    lower = text.lower()
    return any(word in lower for word in _FUNDING_WORDS)


def _of_state(ctx: Context, body: Ref) -> bool:
    """Whether a body pays for a state: the state itself, its chancellery or a ministry of it
    (not of the federation)."""
    kind = ctx.kind_of.get(body.label)
    return kind == "state" or (kind == "ministry" and not body.label.startswith("Bundes"))


_AUXILIARY_BEFORE: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten)[ \t]+(?:(?:uns|ihm|ihr|ihnen)[ \t]+)?(?:der|die|das)[ \t]+$"
)
"""An auxiliary and an article right before a body: the subject of a perfect ("hat der Kreis
X … gewährt", "hat uns die Stiftung X … zugesagt")."""
_PAID_PARTICIPLE: Final = re.compile(
    r"beigesteuert|gezahlt|bezahlt|übernommen|gestiftet|gespendet|überwiesen|aufgebracht"
)
"""Participles of paying, whose perfect names the payer after the auxiliary."""


_WE_GIVE: Final = re.compile(
    r"\b(?:(?:geben|gaben|zahlen|zahlten|überweisen|überwiesen|schenken|spenden|fördern|"
    r"förderten|unterstützen|unterstützten)[ \t]+wir|[Ww]ir[ \t]+(?:geben|gaben|zahlen|zahlten|"
    r"überweisen|überwiesen|schenken|spenden|fördern|förderten|unterstützen|unterstützten))\b"
)
"""The speaker's body giving money in an interview's answer: "Außerdem geben wir den Städten
X, Y und Z jeweils …", "Wir zahlen dem Verein …"."""
_GRANT_OF: Final = re.compile(
    r"(?:[Zz]uschuss(?:es)?|[Zz]uschüsse|[Zz]uwendung(?:en)?|[Ss]pende|[Ff]ördergeld(?:er)?|"
    r"[Ff]ördermitteln?|[Ss]tipendium)[ \t]+(?:der|des)[ \t]+$"
)
"""A grant's noun with the body whose grant it is in the genitive after it: "ein Zuschuss der
Unfallkasse X", "einen Gründungszuschuss der Bank Y", "Fördermittel des Kreises"."""


def _grant_of(ctx: Context, ms: list[Mention]) -> tuple[int, Ref] | None:
    """The body a sentence names as whose grant, spending or gift the money is."""
    for m in ms:
        if m.cls == "Organisation" and _GRANT_OF.search(ctx.text, max(0, m.start - 30), m.start):
            return m.start, ref(m)
    return None


def _givers(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    cue: re.Match[str] | None,
    amounts: list[Amount],
    contributes: re.Match[str] | None,
    *,
    prize_money: bool,
) -> tuple[list[tuple[int, Ref]], list[Ref]]:
    """Who a sentence names as giving money (with positions), and the bodies that fund
    together ("A und B finanzieren …"): the public bodies of :func:`_funders`; else a body
    giving prize money, the body the sentence opens with named again ("Die Stiftung …"), the
    subjects of an active verb of funding, a council granting money, the agent of a passive;
    never a body money goes through ("über das Ministerium")."""
    text = s.text
    joint: list[Ref] = []
    funders = _funders(ctx, s, ms, text, contributes)
    of = _grant_of(ctx, ms) if amounts and ("der " in text or "des " in text) else None
    if of is not None:  # "ein Zuschuss der Unfallkasse X über Y Euro": the body whose grant it is
        funders = [of]
    we = _WE_GIVE.search(text) if amounts and "wir" in text else None
    if we is not None and (us := _us(ctx, s)) is not None:
        funders = [(s.start + we.start(), us)]  # in an interview, "geben wir den Städten X …"
    if len(funders) > 1 and all(at == funders[0][0] for at, _ in funders):
        joint = [body for _, body in funders]  # "Die Städte steuern X Euro bei": each
    elif len(funders) > 1 and (verb := cue or contributes) is not None:
        joint = _listed_funders(ctx, ms, funders, s.start + verb.start())
    providing = cue is not None and _PROVIDING.fullmatch(cue.group()) is not None
    if prize_money and (contributes is not None or providing):
        # "Das Preisgeld stiftet die Sparkasse X", "… stellt der Verein X bereit": any body
        # giving the prize money
        funders += [(m.start, ref(m)) for m in ms if m.cls == "Organisation"]
    receives = cue is not None and _RECEIVING.fullmatch(cue.group()) is not None
    if not funders and amounts and cue is not None and not receives and (lead := _LEAD.match(text)):
        # "Die Stiftung … gibt X Euro": the body the sentence opens with, named again (not
        # "Die Stadt erhält X Euro": the body that receives)
        body = _body_by_noun(ctx, lead.group("noun"), s.start)
        if body is not None:
            funders = [(s.start, ref(body))]
    granted = cue is not None and cue.group().startswith(("gewähr", "zugesagt"))
    paid = (
        not funders and contributes is not None and _PAID_PARTICIPLE.fullmatch(contributes.group())
    )
    verb = cue if granted else contributes if paid else None
    if verb is not None and amounts:
        # "hat der Kreis X dem Amt Y ein Darlehen gewährt", "X Euro hat die Kammer Y
        # beigesteuert": the body after the auxiliary (not the one money is given to)
        auxiliary = next(
            (
                m
                for m in ms
                if m.cls == "Organisation"
                and m.start < s.start + verb.start()
                and _AUXILIARY_BEFORE.search(ctx.text, max(s.start, m.start - 12), m.start)
            ),
            None,
        )
        if auxiliary is not None:
            funders = [(auxiliary.start, ref(auxiliary))]
    perfect = (
        cue is not None and amounts and cue.group() == "gefördert" and _PASSIVE.search(text) is None
    )  # "Die Bank X hatte das Unternehmen mit Y Euro gefördert": the participle of a perfect
    if not funders and cue is not None and (perfect or _ACTIVE.fullmatch(cue.group())):
        subjects = [] if perfect else _subjects_before(ctx, ms, s.start + cue.start())
        joint = [ref(m) for m in subjects]
        if not subjects and amounts:
            subjects = _opening_subject(ctx, s, ms)  # "Die Bank X hatte … unterstützt"
        if subjects and _PASSIVE.search(text) is None:
            funders = [(m.start, ref(m)) for m in subjects]  # "Die Stiftung X fördert …"
    if not funders and cue is not None and cue.group().startswith("bewillig"):
        opening = next((m for m in ms if m.cls == "Organisation"), None)
        if opening is not None and text[: opening.start - s.start].strip() in _ARTICLES:
            funders = [(opening.start, ref(opening))]  # "Der Kreistag hat … X Euro bewilligt"
    if cue is not None and (not funders or amounts) and _found(_PASSIVE, _PASSIVE_WORDS, text):
        # "Finanziert wird die Messe von der Bank X": the agent of a passive of funding (with a
        # sum, each agent is a funder: the one nearest the sum gives it)
        agents = [
            (m.start, ref(m))
            for m in ms
            if m.cls == "Organisation"
            and (
                _AGENT.search(ctx.text, max(0, m.start - 9), m.start)
                or _MONEY_OF.search(ctx.text, max(0, m.start - 30), m.start)
            )
        ]
        if agents:  # "von der Kanzlei X, die dafür Y Euro aus dem Landeshaushalt bereitstellt":
            # the agent gives; the budget named is where its money comes from
            funders = [
                f for f in funders if not _FROM_BUDGET.search(ctx.text, max(0, f[0] - 12), f[0])
            ]
        funders = list(dict.fromkeys([*funders, *agents]))
    verb_at = s.start + (cue.start() if cue is not None else 0)
    subject = _opening_body(ctx, s, _GIVING_VERB) if cue is not None and not receives else None
    if subject is not None and all(
        at > verb_at or at < s.start + subject[2] for at, _ in funders
    ):  # "Die Stiftung X Y finanziert …", "Die Hamburger Behörde unterstützt die Anstalt Z …",
        # "Die Nordland Stiftung fördert …": the subject, a body not found as a name
        # (a state named inside it too), gives
        ctx.opened.append((s.start, subject[0], subject[1]))
        funders = [(s.start, subject[1])]
    if not funders and amounts and contributes is not None:
        named = _donor_after_verb(ctx, s)
        if named is not None:  # "Den Rest übernimmt die Stiftung X Y, die …": not found as a name
            funders = [named]
    if not funders and amounts and contributes is not None:
        noun = _NOUN_AFTER_VERB.match(text, contributes.end())
        if noun is not None and (body := _body_by_noun(ctx, noun.group("noun"), s.start)):
            # "Weitere X Euro schießt der Verband zu": the body of that kind named last
            funders = [(s.start + noun.start("noun"), ref(body))]
    if not funders and amounts and contributes is not None:
        # "Die Genossenschaft X beteiligt sich mit Y Euro", "Die Stiftung X schenkt dem Projekt
        # …", "Der Verein X gibt Y Euro dazu": the subject before a verb of paying pays,
        # whatever kind of body it is
        funders = [
            (m.start, ref(m)) for m in _subjects_before(ctx, ms, s.start + contributes.start())
        ]
    if funders and "über" in text:
        # "Das Land X beteiligt sich über das Ministerium Y", "Verteilt werden die Mittel über
        # die Anstalt Z": the body money goes through does not give it
        funders = [f for f in funders if not _THROUGH.search(ctx.text, max(0, f[0] - 12), f[0])]
    if len(funders) > 1 and amounts:
        # "Das Amt X der Senatskanzlei hat dem Bezirksamt Y … überwiesen": the body given to in
        # the dative does not give; the owner in the genitive gives through its unit
        given = [f for f in funders if _dative_after_giving(ctx, f)]
        ends = {m.start: m.end for m in ms}
        for f in sorted(funders, key=lambda pair: pair[0]):
            # "hat der Stadt A und der Gemeinde B … überwiesen": both are given to
            last = max((g[0] for g in given if g[0] < f[0]), default=None)
            if (
                f not in given
                and last in ends
                and DATIVE_NEXT.fullmatch(ctx.text, ends[last], f[0]) is not None
            ):
                given.append(f)
        if given and len(given) == len(funders):
            # "Die Windpark X GmbH hat der Stadt A und der Gemeinde B … überwiesen": the
            # subject the sentence opens with gives, whatever its kind
            first = min(g[0] for g in given)
            before = [m for m in ms if m.cls == "Organisation" and m.end <= first]
            funders = [(before[-1].start, ref(before[-1]))] if before else funders
        else:
            funders = [f for f in funders if f not in given] or funders
        joint = [j for j in joint if j not in {body for _, body in given}]
    return [_unit_before(ctx, ms, f) for f in funders], joint


_DATIVE_BEFORE: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten|gibt|gab|zahlt|zahlte|überweist|überwies)[ \t]+"
    r"(?:(?:uns|ihm|ihr|dafür|nun|bereits)[ \t]+)?(?P<article>dem|der)[ \t]+$"
)
"""A body in the dative right after a verb of giving or an auxiliary: it is given to."""
_FEMININE_HEADS: Final = (
    "Stadt", "Gemeinde", "Samtgemeinde", "Verbandsgemeinde", "Ortsgemeinde", "Hansestadt",
    "Kreisstadt", "Stiftung", "Hochschule", "Universität", "Schule", "Grundschule",
)  # fmt: skip
"""Heads of bodies whose dative takes "der" ("der Stadt X"), unlike "der Kreis" (a subject)."""


def _dative_after_giving(ctx: Context, funder: tuple[int, Ref]) -> bool:
    """Whether a body stands in the dative right after a verb of giving or an auxiliary."""
    at, body = funder
    dative = _DATIVE_BEFORE.search(ctx.text, max(0, at - 24), at)
    if dative is None:
        return False
    return dative.group("article") == "dem" or body.label.startswith(_FEMININE_HEADS)


_OWNER_AFTER: Final = re.compile(r"[ \t]+der[ \t]+$")


def _unit_before(ctx: Context, ms: list[Mention], funder: tuple[int, Ref]) -> tuple[int, Ref]:
    """The unit named right before a funder in the genitive ("das Amt X der Senatskanzlei"):
    the unit acts for its owner."""
    at = funder[0]
    unit = next(
        (
            m
            for m in ms
            if m.kind == "organisational_unit"
            and m.end < at
            and _OWNER_AFTER.fullmatch(ctx.text, m.end, at)
        ),
        None,
    )
    return funder if unit is None else (unit.start, ref(unit))


_NOUN_AFTER_VERB: Final = re.compile(r"[ \t]+(?:der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][\w-]+)\b")
"""A body named by its kind right after a verb of paying: "schießt der Verband … zu"."""
_DONOR_AFTER_VERB: Final = re.compile(
    r"\b(?:übernimmt|übernahm|trägt|trug|zahlt|zahlte|gibt|gab|stiftet|stiftete|spendet|"
    r"spendete|steuert|steuerte)[ \t]+(?:die|der)[ \t]+"
    r"(?P<name>(?P<head>(?=[A-ZÄÖÜ])[\w-]*?(?:[Ss]tiftung|[Bb]ank|[Ss]parkasse))"
    r"(?:[ \t]+[A-ZÄÖÜ][\w-]+){1,3})(?=[ \t]*(?:[,;.]|$|[ \t](?:bei|dazu|aus|für)\b))"
)
"""A foundation or bank named after a verb of paying, up to a comma or the clause's end
("Die Kofinanzierung übernimmt die Stiftung X Y, die …")."""
_DONOR_WORDS: Final = ("tiftung", "ank ", "ank,", "kasse")


def _donor_after_verb(ctx: Context, s: Sentence) -> tuple[int, Ref] | None:
    """A foundation or bank not found as a name, right after a verb of paying with a sum: its
    words up to a comma or the clause's end (the head noun alone names none)."""
    named = _found(_DONOR_AFTER_VERB, _DONOR_WORDS, s.text)
    if named is None:
        return None
    at = s.start + named.start("name")
    if ctx.index.overlapping(at, s.start + named.end("name")):
        return None  # found as a name: the rules above read it
    name = " ".join(named.group("name").split())
    return at, Ref(name, None, "Organisation")


_PLURAL_PAYING: Final = re.compile(
    r"(?:zahlen|tragen|übernehmen|geben|steuern|bringen|finanzieren|schießen)\b"
)
"""A plural verb of paying ahead of the bodies that pay."""
_AFTER_VERB: Final = re.compile(
    r"[ \t]+(?:(?:zudem|außerdem|auch|dafür|je|jeweils)[ \t]+)*(?:der|die|das)[ \t]+"
)


def _listed_funders(
    ctx: Context, ms: list[Mention], funders: list[tuple[int, Ref]], cue_at: int
) -> list[Ref]:
    """Bodies listed before a cue of funding ("A und B übernehmen …", "Auch A, B und C
    beteiligen sich …"): each pays; else none."""
    ends = {m.start: m.end for m in ms}
    before = sorted({(at, body) for at, body in funders if at < cue_at and at in ends})
    chain: list[Ref] = []
    if not before:
        # "zahlen die Stadt A und die Gemeinde B je X Euro": listed right after a plural verb
        verb = _PLURAL_PAYING.match(ctx.text, cue_at)
        before = sorted({(at, body) for at, body in funders if at in ends})
        if (
            verb is None
            or not before
            or not _AFTER_VERB.fullmatch(ctx.text, verb.end(), before[0][0])
        ):
            return []
    for (at, body), after in zip(before, [*before[1:], None], strict=True):
        if body not in chain:
            chain.append(body)
        if after is None or _AND.fullmatch(ctx.text, ends[at], after[0]) is None:
            break
    return chain if len(chain) > 1 else []


def _giver_before(ctx: Context, s: Sentence) -> Ref | None:
    """The body that may give money (a public body, bank, foundation or investor) named last
    in the sentence before ``s``."""
    i = bisect_left(ctx.sentence_starts, s.start)
    if not i:
        return None
    before = ctx.sentences[i - 1]
    return _giver_in(ctx, before.start, before.end)


def _giver_in(ctx: Context, low: int, high: int) -> Ref | None:
    """The body that may give money named last in ``low:high`` of the text."""
    named = [
        m
        for m in ctx.index.within(low, high)
        if m.cls == "Organisation" and m.kind in _FUNDERS + _DONORS + _PAYERS
    ]
    return ref(named[-1]) if named else None


_MINISTRY_AGAIN: Final = re.compile(
    r"\b(?:[Dd]as|dem|vom)[ \t]+Ministerium\b(?![ \t]+(?:für|des|der)\b)"
)
"""A ministry named again without its name: "das Ministerium", "vom Ministerium"."""


_PAYER_AFTER: Final = re.compile(
    r"\b(?:gibt|gab|zahlt|zahlte|bezahlt|bezahlte|spendet|spendete|stiftet|stiftete)[ \t]+"
    r"(?:(?:im|in|am)[ \t]+[^,.;]{0,30}?[ \t]+)?(?:der|die|das)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?$"
)
"""A body right after a verb of paying, its subject: "gibt die Aktionsgruppe X", "bezahlt im
ersten Jahr der Versorger Y" (not a dative: "gibt der Stadt X")."""


_PROVIDER_AFTER: Final = re.compile(
    r"\bstell(?:t|te|en|ten)[ \t]+(?:[a-zäöü]+[ \t]+)?(?:der|die|das)[ \t]+$"
)
"""A body right after "stellt", the subject of "stellt … bereit" ("stellt die Stiftung X")."""
_PROVIDER_AGAIN: Final = re.compile(
    r"\bstell(?:t|te|en|ten)[ \t]+(?P<det>der|die|das)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)\b"
    r"(?![ \t]+(?:[A-ZÄÖÜ]|für\b|des\b|der\b))"
)
"""A body named again by its noun right after "stellt" ("stellt der Kreis X Euro bereit"), not
by its name ("stellt die Stiftung X")."""


def _subjects_after(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    kinds: tuple[str, ...],
    verb: re.Pattern[str],
    reach: int,
) -> list[tuple[int, Ref]]:
    """The bodies of other kinds than ``kinds`` right after a verb (``verb`` matching up to the
    body, within ``reach`` characters) whose subject they are, not its dative."""
    return [
        (m.start, ref(m))
        for m in ms
        if m.cls == "Organisation"
        and m.kind not in kinds
        and verb.search(ctx.text, max(s.start, m.start - reach), m.start) is not None
        and not _given_to(ctx.text, m)
    ]


def _funders(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, contributes: re.Match[str] | None
) -> list[tuple[int, Ref]]:
    """The public bodies of a sentence that may give money, with their positions: "das Land",
    federal or state funds ("Bundesmittel", "Landesmittel"); with a cue of paying a share,
    any body of the sentence."""
    kinds = _FUNDERS + _PAYERS + _DONORS + ("district",) if contributes is not None else _FUNDERS
    funders = [
        (m.start, ref(m))
        for m in ms
        if m.kind in kinds and not _as_place(ctx.text, m) and not _given_to(ctx.text, m)
    ]  # (not a state as a place: "Projekte in ganz X"; not the body given to: "gibt der Stadt X")
    if contributes is not None and ctx.amount_index.inside(s.start, s.end):
        # "Für die Rampe gibt die Aktionsgruppe X weitere Y Euro", "bezahlt im ersten Jahr der
        # Versorger X GmbH": a body of any kind right after a verb of paying, its subject
        funders += _subjects_after(ctx, s, ms, kinds, _PAYER_AFTER, 60)
    if (
        ctx.amount_index.inside(s.start, s.end)
        and "stell" in text
        and ("bereit" in text or "Verfügung" in text)
    ):
        # "insgesamt stellt die Stiftung X damit Y Euro bereit": the subject after the verb, a
        # body of any kind (not the dative: "stellt der Stadt Z … bereit")
        funders += _subjects_after(ctx, s, ms, kinds, _PROVIDER_AFTER, 30)
        again = None if funders else _PROVIDER_AGAIN.search(text)
        if again is not None and not (
            again.group("det") == "der" and _FEMININE_BODY.match(again.group("noun"))
        ):
            # "stellt der Kreis weitere X Euro bereit": the body named before by that noun
            at = s.start + again.start("noun")
            body = _body_by_noun(ctx, again.group("noun"), at)
            if body is not None and body.cls == "Organisation":
                funders.append((at, ref(body)))
    if contributes is not None or ("bewillig" in text and _GRANTED.search(text)):
        funders += _bodies_again(ctx, s, text)
    if contributes is not None and not funders and OWN_MONEY.search(text) is None:
        # "Die Städte steuern X Euro bei": the bodies of that kind the text names
        for plural in _PLURAL_BODIES.finditer(text):
            noun = plural.group("noun")
            at = s.start + plural.start("noun")
            bodies = _plural_payers(ctx, s, noun, PLURAL_PLACE_HEADS.get(noun), at)
            funders += [(at, body) for body in bodies]
    land = _land(ctx, s, text)
    if land is not None:
        funders.append(land)
    funders += [(at, state) for at, state in ctx.unknown_states if s.start <= at < s.end]
    again = _found(_MINISTRY_AGAIN, ("Ministerium",), text)
    if again is not None:  # "hat das Ministerium … eingeplant": the ministry named last
        at = s.start + again.start()
        ministry = ctx.index.last_before(at, lambda m: m.kind == "ministry")
        if ministry is not None:
            funders.append((at, ref(ministry)))
    for money in (
        _BODY_MONEY.finditer(text)
        if "geld" in text or "mittel" in text or "haushalt" in text
        else ()
    ):
        head = money.group("head")
        if head in _NOT_BODY_MONEY:
            continue
        if text[money.end("head")] == "s" and (head + "s").lower() in _BODY_NOUN_KINDS:
            head += "s"  # "Kreishaushalt": the "Kreis", no "Krei" with a joining "s"
        body = _body_by_noun(ctx, head, s.start + money.start())
        if body is not None:  # "Aus dem Vereinsgeld …": the foundation named before
            funders.append((s.start + money.start(), ref(body)))
    federal = _found(FEDERAL_FUNDS, ("Bundes",), text)
    if federal is not None and ctx.federation is not None:
        funders.append((s.start + federal.start(), ctx.federation))
    state = _found(STATE_FUNDS, ("Landes",), text)
    if state is not None:
        at = s.start + state.start()
        told = ctx.last_funder[1] if ctx.last_funder is not None else None
        named = ctx.state_before(at)
        implied = ref(named) if named is not None else ctx.state_in_names()
        if "haushalt" not in state.group():  # (not the state's own budget, "Landeshaushalt")
            implied = _ministry_for(ctx, s, implied, "state") if implied else implied
        implied = implied or _state_ministry(ctx, s)
        if told is not None and _of_state(ctx, told) and "haushalt" not in state.group():
            # "Von den Landesmitteln gehen …": the state's grant told of, by its payer (not
            # "im Landeshaushalt": the state's own budget)
            implied = told
        if implied is not None:
            funders.append((at, implied))
    return funders


_PLURAL_BODIES: Final = re.compile(
    r"\b(?:[Dd]ie|[Bb]eide)[ \t]+(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]reise|[Ss]tädte|"
    r"[Gg]emeinden|[Kk]ommunen|[Ll]andkreise)|Bezirke|Bezirksämter)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""Local bodies named by a plural noun ("die Kreise", "die Mitgliedsstädte", "die Bezirke")."""
_BODY_MONEY: Final = re.compile(
    r"\b(?P<head>[A-ZÄÖÜ][a-zäöü]{3,}?)s?(?:geld|mittel|haushalt)(?:e?s|n|ern?)?\b"
)
"""Money named by the body it is of: "Vereinsgeld", "Kreismittel", "aus dem Kreishaushalt"."""
_NOT_BODY_MONEY: Final = frozenset(
    ["Förder", "Preis", "Eigen", "Bundes", "Landes", "Haushalt", "Sonder", "Dritt", "Steuer"]
)
_AUX_DATIVE: Final = re.compile(
    r"\b(?:hat|hatte|haben|hatten|wird|werden|will|soll|bewilligt|bewilligte|überweist|überwies|"
    r"zahlt|zahlte|gibt|gab|stellt|stellte)[ \t]+$"
)
"""An auxiliary or a verb of giving right before a body in the dative ("hat der Stadt …
bewilligt", "bewilligte der Stadt X Euro")."""
_NOUN_BEFORE: Final = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+[ \t]+$")
"""A noun right before a body in the genitive ("den Eigenanteil der Stadt")."""
_BODY_REF: Final = re.compile(
    r"\b(?:[Dd]ie|[Dd]er|[Dd]as)[ \t]+(?P<noun>Stadt|Gemeinde|Landkreis|Kreis|Bezirk|"
    r"[A-ZÄÖÜ][a-zäöüß]*(?:verwaltung|tag|rat|amt)|Magistrat|Senat|Region)\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its head noun alone ("die Stadt selbst", "der Magistrat", "die
Kreisverwaltung"): the one of that head named last."""


def _bodies_again(ctx: Context, s: Sentence, text: str) -> list[tuple[int, Ref]]:
    """The bodies a sentence names again by their head noun, resolved to the last mention."""
    found = []
    for m in _BODY_REF.finditer(text):
        at = s.start + m.start("noun")
        if ctx.index.overlapping(at, s.start + m.end("noun")):
            continue
        noun = m.group("noun").lower()
        if (
            m.group()[:3] in ("der", "Der")
            and _FEMININE_BODY.fullmatch(m.group("noun"))
            and _AUX_DATIVE.search(text, 0, m.start()) is not None
        ):
            continue  # "Das Land hat der Stadt dafür X Euro bewilligt": the dative, it receives
        if (
            m.group()[:3] == "der"
            and _FEMININE_BODY.fullmatch(m.group("noun"))
            and _NOUN_BEFORE.search(text, 0, m.start()) is not None
        ):
            continue  # "bezuschusst den Eigenanteil der Stadt": the genitive, its owner
        kinds = _BODY_NOUN_KINDS.get(noun)
        stem = key(noun)

        def same(x: Mention, kinds: tuple[str, ...] | None = kinds, stem: str = stem) -> bool:
            if x.cls != "Organisation":
                return False
            if kinds is not None:
                return x.kind in kinds
            return key(x.label.split()[0]) == stem

        body = None
        if kinds is not None:  # "die Gemeinde": a "Gemeinde X" named before, else its kind
            body = ctx.index.last_before(at, partial(_headed, m.group("noun") + " "))
            body = body if body is not None and body.kind in kinds else None
        of_kind = ctx.index.last_before(at, same)
        if body is None:
            body = of_kind
        elif of_kind is not None and of_kind.start > body.start:
            head = of_kind.label.split()[0].lower()
            if head.endswith(noun):  # "der Kreis" after "Kreis X … Landkreis Y": Y
                body = of_kind
        if body is not None:
            found.append((at, ref(body)))
    return found


_MONEY_FROM: Final = re.compile(
    r"(?:Das|Die)[ \t]+(?:Geld|Mittel|Förder\w*|Summe|Zuschuss|Zuschüsse)[ \t]+"
    r"(?:kommt|kommen|stammt|stammen)\b"
)
"""Where the money of the sentence before comes from: "Das Geld kommt vom Ministerium X"."""
_ACTIVE: Final = re.compile(
    r"fördert|fördern|förderte|finanziert|finanzieren|bereit|unterstützt|unterstützte|unterstützen|"
    r"bezuschusst|bezuschussen|bezuschusste|gewährt|gewähren|gewährte|gewährten"
)
"""Active verbs of funding whose subject gives (any kind of body: a foundation, a bank; "Die
Sparkasse X gewährt der Stadt Y ein Darlehen")."""


def _subjects_before(ctx: Context, ms: list[Mention], at: int) -> list[Mention]:
    """The bodies right before a verb in its clause, no comma between ("Die Stiftung X
    fördert …"), with those joined to them by "und" ("Der Kreis X und die Stadt Y
    finanzieren …")."""
    before = [m for m in ms if m.cls == "Organisation" and m.end <= at]
    if not before:
        return []
    last = before[-1]
    gap = ctx.text[last.end : at]
    if (len(gap) > 25 or _CLAUSE_CUT.search(gap)) and _RELATIVE_GAP.fullmatch(gap) is None:
        return []  # (but "A und B, die X nutzen wollen, geben …": a relative clause between)
    found = [last]
    for m in reversed(before[:-1]):
        if not _AND_BODY.fullmatch(ctx.text, m.end, found[-1].start):
            break
        found.append(m)
    return found[::-1]


_RELATIVE_GAP: Final = re.compile(r",[ \t]+(?:der|die|das|welche[rs]?)[ \t][^,;:.]*,[ \t]*")
"""A relative clause between a body and its verb: ", die das System nutzen wollen, "."""
_AUXILIARY: Final = re.compile(
    r"(?:[ \t]+\([^()]{2,12}\))?[ \t]+(?:hat|hatte|haben|hatten|will|wollen|wird|werden)\b"
)
"""An auxiliary right after a body (and its short name): the body is the clause's subject."""


def _opening_subject(ctx: Context, s: Sentence, ms: list[Mention]) -> list[Mention]:
    """The body a sentence opens with, when an auxiliary follows it ("Die Bank X (XB) hatte
    das Start-up … unterstützt"): the subject of the verb at the clause's end."""
    first = next((m for m in ms if m.cls == "Organisation"), None)
    if first is None:
        return []
    before = _SHORT_NAME_BEFORE.sub("", ctx.text[s.start : first.start].strip())
    if before not in _ARTICLES | {""}:  # ("Die XYZ Förderbank Z": a short name before it)
        return []
    return [first] if _AUXILIARY.match(ctx.text, first.end) else []


_COUNCIL_HEAD: Final = re.compile(
    r"(?:Stadtrat|Stadtverordnetenversammlung|Gemeinderat|Marktgemeinderat|Kreistag|"
    r"Verbandsgemeinderat|Samtgemeinderat|Amtsausschuss)[ \t]+(?:des|der)[ \t]+(?P<owner>.+)$"
)


def _council_body(ctx: Context, funder: Ref) -> Ref | None:
    """The body whose council gives money ("Kreistag des Kreises X" → "Kreis X")."""
    council = _COUNCIL_HEAD.match(funder.label)
    if council is None:
        return None
    name = council.group("owner").split(" ", 1)[-1]
    body = next(
        (
            m
            for m in ctx.mentions
            if m.kind in (*_RECIPIENTS, "district") and m.label.endswith(" " + name)
        ),
        None,
    )
    return None if body is None else ref(body)


_ARTICLES: Final = frozenset(["Der", "Die", "Das"])
_SHORT_NAME_BEFORE: Final = re.compile(r"[ \t]+[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{0,3}[A-ZÄÖÜ]$")
"""A short name of capitals right before a body's name ("Die LfA Förderbank X")."""
_PASSIVE: Final = re.compile(
    r"\b(?:[Gg]efördert|[Ff]inanziert|[Uu]nterstützt|[Bb]ezahlt)[ \t]+"
    r"(?:wird|werden|wurde|wurden)\b|"
    r"\b(?:wird|werden|wurde|wurden)\b[^,;]*\b(?:gefördert|finanziert|bezahlt|bereitgestellt|"
    r"gestiftet|gespendet|bezuschusst)\b"
)
"""A passive of funding, giving or providing ("Finanziert wird X von Y", "Für X wurden von der
Sparkasse Y Z Euro bereitgestellt")."""
_PASSIVE_WORDS: Final = ("wird", "werd", "wurd")
"""Every match of _PASSIVE contains one of these."""
_FROM_BUDGET: Final = re.compile(r"\baus[ \t]+(?:(?:dem|den|der)[ \t]+)?$")
"""Money named by where it comes from: "aus dem Landeshaushalt", "aus Bundesmitteln"."""
_GIVING_VERB: Final = re.compile(
    _OPENING_BODY.replace(
        "{verbs}",
        r"(?:fördert|förderte|finanziert|finanzierte|unterstützt|unterstützte|bezuschusst|"
        r"bezuschusste|übernimmt|übernahm|trägt|trug|zahlt|zahlte|bezahlt|bezahlte|gibt|gab|"
        r"stellt|stellte|spendet|spendete|spendiert|spendierte|stiftet|stiftete|hat|hatte)",
    )
)
"""A body not found as a name opening a sentence as the subject of a verb of giving money (or
an auxiliary)."""


_GIVES_DATIVE: Final = re.compile(
    r"\b(?:stellt|stellte|stellen|bewilligt|bewilligte|überweist|zahlt|zahlte|gibt|gab|geben)"
    r"[ \t]+(?P<det>dem|den|der)[ \t]+$"
)
_FEMININE_BODY: Final = re.compile(r"[\w-]*(?:[Ss]tadt|[Gg]emeinde|[Kk]ommune)\b")


_INTO_LISTED: Final = re.compile(
    r"\b[Ii]n[ \t]+die[ \t]+(?:Städte|Gemeinden|Kommunen|Ämter|Landkreise|Kreise)[ \t]+"
    r"(?:[A-ZÄÖÜ][\w-]*(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+))*$"
)
"""Bodies listed after "in die Städte" (money going into them)."""


def _given_to(text: str, m: Mention) -> bool:
    """Whether a body is the dative after a verb of giving ("gibt der Verbandsgemeinde X",
    "stellt dem Landkreis Y … bereit"): it receives; "der" before a masculine noun is the
    subject ("gibt der Kreis X Euro dazu")."""
    if _FLOWS_TO.search(text, max(0, m.start - 50), m.start) is not None:
        return True  # "der Rest geht an die Hochschule X": it receives
    if _INTO_LISTED.search(text, max(0, m.start - 80), m.start) is not None:
        return True  # "In die Städte A, B und C … überweist der Kreis je X Euro": they receive
    verb = _GIVES_DATIVE.search(text, max(0, m.start - 30), m.start)
    if verb is None:
        return False
    return verb.group("det") != "der" or _FEMININE_BODY.match(m.text) is not None


def _as_place(text: str, m: Mention) -> bool:
    """A state named as a place ("in ganz X", "im X"), not as a body that gives."""
    return m.kind == "state" and _IN_PLACE.search(text, max(0, m.start - 12), m.start) is not None


_THROUGH: Final = re.compile(r"\büber[ \t]+(?:das|den|die|dem)[ \t]+$")
"""A body money goes through ("über das Ministerium"), not the one that gives it."""


def _funder_after(ctx: Context, s: Sentence) -> list[tuple[int, Ref]]:
    """The public body the next sentence names as where the money comes from ("Das Geld
    stammt aus dem Förderprogramm X des Ministeriums Y")."""
    i = bisect_left(ctx.sentence_starts, s.start) + 1
    if i >= len(ctx.sentences):
        return []
    after = ctx.sentences[i]
    if _MONEY_FROM.match(after.text) is None:
        return []
    bodies = [m for m in ctx.index.within(after.start, after.end) if m.kind in _FUNDERS]
    return [(s.end, ref(bodies[0]))] if bodies else []


def _funder_of(funders: list[tuple[int, Ref]], at: int, ctx: Context | None = None) -> Ref:
    """The body its clause names nearest to a sum ("…; weitere X Euro gibt der Kreis Y
    bei"), else the body named last before it (else the first after it)."""
    if ctx is not None:
        first = min(pair[0] for pair in funders)
        cuts = [
            c.start()
            for c in _CLAUSE_CUT.finditer(ctx.text, first, min(len(ctx.text), at + 200))
            if not ctx.index.overlapping(c.start(), c.start() + 1)
        ]
        low = max((c for c in cuts if c < at), default=-1) + 1
        high = min((c for c in cuts if c > at), default=len(ctx.text))
        own = [pair for pair in funders if low <= pair[0] < high]
        if low and own:  # a later clause of its own names who pays
            return min(own, key=lambda p: abs(p[0] - at))[1]
    before = [pair for pair in funders if pair[0] < at]
    return max(before, key=lambda p: p[0])[1] if before else min(funders, key=lambda p: p[0])[1]


_MEMBER: Final = re.compile(r"\b(?:angehör\w*|Mitglied\w*)")


def _member_only(ctx: Context, m: Mention) -> bool:
    """Whether a body is named as a member of another ("…, dem der Freistaat X angehört") in a
    sentence that does not speak of money."""
    text = ctx.sentences[bisect_right(ctx.sentence_starts, m.start) - 1].text
    return _MEMBER.search(text) is not None and not _funding_word(text)


def _funder(ctx: Context, s: Sentence, funders: list[tuple[int, Ref]], cue_at: int) -> Ref | None:
    """Who gives the money: a public body named in the sentence, else the funder of the grant
    told of last, else the government (state, ministry, federation) the article named last,
    else the public body it named last."""
    if funders:
        ordered = sorted(funders, key=lambda pair: (pair[0] > cue_at, abs(pair[0] - cue_at)))
        return ordered[0][1]
    if ctx.last_funder is not None:
        since = ctx.index.last_before(
            s.start, lambda m: m.kind in _FUNDERS[:3] and not _as_place(ctx.text, m)
        )
        if (
            since is None
            or since.start < ctx.last_funder[0]
            or since.kind not in ("state", "ministry")
            or (
                since.kind == "ministry"
                and ctx.kind_of.get(ctx.last_funder[1].label) in _GOVERNMENTS
            )
            or ref(since) == ctx.last_funder[1]
            or (since.kind == "state" and _member_only(ctx, since))
        ):
            # the funder told of last, unless another state since (not one named as a member:
            # "…, dem der Freistaat X angehört"), or a ministry since a grant of a body that is
            # no government ("Die Stiftung X übernahm … Das Ministerium Y … Jede Gemeinde
            # erhält daraus …")
            return ctx.last_funder[1]
    earlier = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS[:3])
    if earlier is None:
        earlier = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS)
    return None if earlier is None else ref(earlier)

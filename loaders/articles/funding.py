"""Funding (``funds``: funder, funded initiative or recipient, amount), read sentence by
sentence from a cue of funding, contributing or receiving with the bodies and sums around it.

``_with_own_shares`` is what :func:`loaders.articles.facts.facts` calls: the grants
``_funding`` reads, money passed on or given in other shapes (:mod:`~loaders.articles.passed`)
and shares paid by those who do the work (:mod:`~loaders.articles.shares`); two shares side
by side, a body paying "gemeinsam mit" the funder, and each member of an association.
``_funding`` finds the funders (:mod:`~loaders.articles.givers`) and what the money goes to
(:mod:`~loaders.articles.receivers`), and first tries the shapes of
:mod:`~loaders.articles.transfers`. Also: investors in a company (``_investors``), courses
whose costs a body takes on, prizes and their money, and grants only asked for or demanded,
which are dropped (``_real``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from loaders.articles.factkit import (
    _FUNDERS,
    _PART_OF_WORDS,
    ANAPHOR,
    LAND_REF,
    PART_OF,
    SOURCE,
    _fact,
    _found,
    _ministry_for,
    _new_body,
    _whole_after,
)
from loaders.articles.findings import Amount, Fact, Mention, Ref, ref
from loaders.articles.fundkit import (
    _AGENT,
    _CLAUSE_CUT,
    _COMPANIES,
    _DONORS,
    _EACH,
    _FUNDING_WORDS,
    _HANDING,
    _MEMBER_NOUNS,
    _MONEY_OF,
    _NOT_RECIPIENTS,
    _OPENING_BODY,
    _PAYERS,
    _PROVIDING,
    _RECEIVING,
    _RECIPIENTS,
    _SMALL_NUMBER,
    _SUPPORTING,
    _SUPPORTS_NAMED,
    _TAKES,
    DATIVE_NEXT,
    FUNDING,
    OWN_MONEY,
    PER_RECIPIENT,
    RECEIVES,
    _body_by_noun,
    _funded_work,
    _listed_before,
    _opening_body,
    _pair_as_plural,
    _us,
)
from loaders.articles.givers import (
    _council_body,
    _funder,
    _funder_after,
    _funder_of,
    _giver_before,
    _giver_in,
    _givers,
)
from loaders.articles.passed import (
    _awarded,
    _billed,
    _commissioned,
    _commissioned_relative,
    _from_local_budget,
    _gave_perfect,
    _given_to_work,
    _gives_then_to,
    _handed_on,
    _paid_relative,
    _passed_on,
    _pays_dative,
    _prize_given,
    _prize_offered,
    _received_relative,
    _sponsored,
)
from loaders.articles.receivers import (
    _company_again,
    _counted_receivers,
    _each_of,
    _into_work,
    _local_body,
    _main_work,
    _named_after,
    _noun_target,
    _objects_listed,
    _own_recipient,
    _paid_to_pronoun,
    _pair_before,
    _participants,
    _prize_named,
    _programme_budget,
    _recipient_again,
    _supported_body,
    _taker_again,
    _takers,
)
from loaders.articles.sentences import Sentence
from loaders.articles.shares import _each_pays, _own_shares
from loaders.articles.transfers import (
    _borrowed,
    _contract,
    _notice_arrived,
    _notice_issued,
    _receiver_named,
    _sent_on,
    _sent_to,
)

if TYPE_CHECKING:
    from loaders.articles.facts import Context


CONTRIBUTES: Final = re.compile(
    r"(?=[sbatüzEglr])\b(?:steuer\w*|beisteuer\w*|beigesteuert|"
    r"(?:reicht|reichen|reichte|reichten)(?=(?:[^.;]|\.\d)*\bweiter\b)|"
    r"(?:steckt|stecken|steckte|steckten|gesteckt)(?=(?:[^.;]|\.\d)*?\bin[ \t]+(?:das|die|den)\b)|"
    r"(?:bringt|bringen|brachte|brachten)(?=(?:[^.;]|\.\d)*\b(?:auf|ein)\b)|aufgebracht|"
    r"leg(?:t|en|te|ten)(?=(?:[^.;]|\.\d)*\b(?:dazu|drauf)\b)|trägt|tragen|"
    r"trug|trugen|übernimmt|übernahm|übernahmen|zahlte|zahlten|gezahlt|stiftete|stifteten|"
    r"überweist|überweisen|überwies|überwiesen|"
    r"beteilig(?:t|en|te|ten)[ \t]+sich(?=[^.;]{0,60}?[ \t]mit[ \t]|[^.;]{0,60}?:[ \t])|"
    r"übernehmen|übernommen|Eigenanteil\w*|zahlt|zahlen|bezahl(?:t|en|te|ten)|stiftet|stiften|"
    r"gestiftet|"
    r"gibt(?=(?:[^.;]|\.\d)*\bdazu\b|[ \t]+(?:der|die|das)\b)|geben[ \t]+(?:der|die|das)\b|"
    r"spende[nt]?|spendete[n]?|gespendet|spendier\w*|schenkt|schenkte[n]?|geschenkt|"
    r"sponser(?:t|n|te|ten)|gesponsert|"
    r"aufgestockt|stockt|stockte[n]?|"
    r"(?:gibt|gab|geben|gaben)(?=(?:[^.;]|\.\d)*?\bEuro\b)"
    r"(?!(?:[^.;,]|[.,]\d)*[ \t]aus(?:[ \t]*[.;,]|$))|"
    r"(?:schießt|schießen|schoss|schossen)(?=(?:[^.;,]|\.\d)*\bzu\b)|zuschieß\w*|zugeschossen|"
    r"stemmt|stemmen|stemmte|stemmten|gestemmt)"
)
"""A body paying its share ("steuert … bei", "bringt … auf", "legt … dazu", "schießt … zu",
"stemmt", "trägt die Kosten"), or giving money ("spendet", "stockt … auf", "gibt … X Euro",
not "gibt … X Euro … aus", which is spending; "reicht … an die Stadt X weiter", which blind
rounds used where the rules knew only "fördert"): with a sum, any body can be the one who pays,
a town, a county or a bank too."""
_OF_SOMETHING: Final = re.compile(r"[ \t]+(?:eines|einer|des)[ \t]")
"""A genitive after a noun: the noun is an act done to something ("die Einrichtung eines …")."""
FOR_RECIPIENT: Final = re.compile(
    r"\bfür[ \t]+(?:seine|ihre|die|alle)[ \t]+(?P<noun>[A-ZÄÖÜ][a-zäöüß]+)"
)
SUPPORTS: Final = re.compile(r"(?=[uU])\b(?:unterstütz\w*|Unterstützt|Unterstützung)\b")
TRAINS: Final = re.compile(
    r"(?=[QSKFWsq])\b(?:Qualifizierungskurse|Schulung\w*|Kurse|Seminar\w*|Fortbildung\w*|Weiterbildung\w*|"
    r"schul(?:t|en)|qualifizier\w*)\b"
)
_SUPPORT_WORDS: Final = ("nterstütz",)


_WISHED: Final = re.compile(
    r"(?=[fFsvWwabgB])\b(?:forder(?:t|n|te|ten)|Forderung|schl(?:ägt|agen|ug|ugen)\b(?=[^.;]*\bvor\b)|"
    r"vorgeschlagen|Vorschlag|Wunsch|wünsch(?:t|en|te|ten)|appellier\w*|gebeten|bittet|bitten|"
    r"bat|baten|verlang(?:t|en|te|ten)|wollte|wollten|scheiterte|scheiterten)\b"
)
"""A demand, wish or proposal, or money a body wanted in vain: what follows it is not paid."""
_WISHED_WORDS: Final = (
    "ford",
    "Ford",
    "orschl",
    "schl",
    "unsch",
    "ünsch",
    "ppellier",
    "bat",
    "bitte",
    "gebeten",
    "verlang",
    "wollte",
    "scheiterte",
)
_REFUSED: Final = re.compile(
    r"\b(?:bisher|bislang|noch|davon)[ \t]+nichts\b|\bkeine[ \t]+Zusage\b|"
    r"\bZusage[ \t]+gibt[ \t]+es[ \t]+(?:\w+[ \t]+)?nicht\b|\bum\b[^.;]*\bgebeten\b"
)
"""Money not promised ("zugesagt ist davon noch nichts", "eine Zusage gibt es nicht") or only
asked for ("hatte das Land um X Euro gebeten"): no grant in the sentence."""


def _real(s: Sentence, found: list[Fact]) -> list[Fact]:
    """Grants a sentence states as paid: not those of a demand, wish or proposal ("Der Verband
    fordert, das Programm auf X Euro aufzustocken": the sums after its verb), nor any in a
    sentence that says nothing was promised."""
    if not found:
        return found
    text = s.text
    if ("nichts" in text or "Zusage" in text or "gebeten" in text) and _REFUSED.search(text):
        return [f for f in found if f.predicate != "funds"]
    wished = _found(_WISHED, _WISHED_WORDS, text)
    if wished is None:
        return found
    at = s.start + wished.start()
    return [
        f for f in found if f.predicate != "funds" or (f.amount is not None and f.amount.start < at)
    ]


def _right_after(ctx: Context, s: Sentence, end: int, within: int = 1) -> bool:
    """Whether ``s`` is the sentence right after the one that ends at ``end`` (or one of the
    ``within`` sentences after it)."""
    i = bisect_left(ctx.sentence_starts, s.start)
    return any(i > k and ctx.sentences[i - 1 - k].end == end for k in range(within))


_MONEY_TOLD: Final = re.compile(
    r"\b(?:[Dd]en|[Dd]as|[Dd]ie)[ \t]+(?:Zuschuss|Geld|Förderung|Mittel|Fördermittel|"
    r"Förderbescheid|Bescheid|Fördergelder)\b"
)
"""Money told of before, named again ("Den Zuschuss", "Das Geld"): a grant paid out."""
_PAYS_OUT: Final = re.compile(
    r"(?:Aufbau|Förder|Investitions)bank|\bNBank\b|\bL-Bank\b|\bWIBank\b|Förderinstitut"
)
"""A state's development bank by its name: it pays out grants others give."""


def _of_government(ctx: Context, body: Ref) -> bool:
    """Whether a body is a government: a state, its chancellery, a ministry, the federation."""
    return ctx.kind_of.get(body.label) in ("state", "ministry", "federation")


_BELONGS: Final = re.compile(r"\b(?:gehör\w*[ \t]+zu[mr]?|ist[ \t]+Teil|Bestandteil)\b")
"""A programme placed in a whole ("gehört zur Strategie X", "ist Teil der Y")."""
_INVESTORS: Final = ("company", "startup", "investor", "bank")


_INVESTOR_GROUP: Final = re.compile(
    r"\b(?:von|vom|sowie|und)[ \t]+(?:(?:einer[ \t]+Gruppe|mehreren?|zwei|drei|einigen)[ \t]+)?"
    r"(?:privater?n?[ \t]+)?(?P<noun>Investoren|Business[ \t]+Angels)\b"
)
"""Investors named by their kind alone: "von Investoren", "sowie mehrere Business Angels"."""


def _investors(ctx: Context, s: Sentence, ms: list[Mention], date: str | None) -> list[Fact]:
    """Investors in a company ("hatte das Start-up von der X GmbH … Euro eingesammelt",
    "angeführt vom Kapitalgeber X"): the bodies of the sentence besides the company named last
    before it (else the sentence's first company), when it states a sum or names an investor
    or a bank. No government is an investor."""
    amounts = ctx.amount_index.inside(s.start, s.end)
    if not amounts and not any(m.kind in ("investor", "bank") for m in ms):
        # "Das Geld aus der Finanzierungsrunde will X …": no sum, no investor named (the next
        # sentences may name them: "Angeführt wird die Runde von Y")
        opening = next((m for m in ms if m.kind in _COMPANIES), None)
        if opening is not None:
            ctx.last_financed, ctx.financed_until = ref(opening), s.end
        return []
    company = ctx.index.last_before(s.start, lambda m: m.kind in _COMPANIES)
    if company is None:
        company = next((m for m in ms if m.kind in _COMPANIES), None)
    if ctx.last_financed is not None and _right_after(ctx, s, ctx.financed_until, within=3):
        target = ctx.last_financed  # a round told of goes on: its company, not an investor
    elif company is not None:
        target = ref(company)
    else:
        return []
    ctx.last_financed = target
    ctx.financed_until = s.end
    amount = amounts[0] if amounts else None
    found = [
        _fact(s, "funds", ref(m), target, 0.6, amount=amount, date=date)
        for m in ms
        if (
            m.kind in _INVESTORS
            or (m.kind is None and m.cls == "Organisation" and amounts)
            or (m.cls == "Initiative" and "Fonds" in m.label)
        )
        and ref(m) != target
    ]  # (a body of no known kind with a sum: "beteiligt sich die X-Gesellschaft mit Y Euro")
    for group in _INVESTOR_GROUP.finditer(s.text) if amounts else ():
        # "hatte X Euro von Investoren eingesammelt", "sowie mehrere Business Angels": the
        # investors named by their kind alone
        who = Ref(group.group("noun"), None, "Organisation")
        found.append(_fact(s, "funds", who, target, 0.5, amount=amount, date=date))
    return found


def _with_own_shares(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    """The grants a sentence states and the shares paid by those who do the work (a payer of
    its own share is not also a grant's funder)."""
    each = _each_pays(ctx, s, text, date)
    own = _own_shares(ctx, s, text, date) + each
    grants = _funding(ctx, s, ms, text, date)
    passed = (
        (_passed_on(ctx, s, ms, date) or _handed_on(ctx, s, ms, date)) if "weiter" in text else []
    )
    passed = passed or _prize_given(ctx, s, ms, date) or _sponsored(ctx, s, ms, text, date)
    passed = passed or _gave_perfect(ctx, s, text, date) or _received_relative(ctx, s, ms, date)
    passed = passed or _pays_dative(ctx, s, text, date) or _commissioned(ctx, s, text, date)
    passed = passed or _gives_then_to(ctx, s, text, date) or _from_local_budget(ctx, s, text, date)
    passed = passed or _paid_relative(ctx, s, ms, date) or _prize_offered(ctx, s, ms, date)
    passed = passed or _commissioned_relative(ctx, s, ms, date)
    passed = passed or _awarded(ctx, s, ms, text, date) or _billed(ctx, s, date)
    if not passed and not grants:
        passed = _given_to_work(ctx, s, text, date)
    if passed:  # "…, der davon je X Euro an die Städte A und B weiterreicht": its own grants
        receivers = {f.object for f in passed}
        givers = {f.subject for f in passed}
        sums = {f.amount.start for f in passed if f.amount is not None}
        grants = [
            g
            for g in grants
            if g.object not in receivers
            and g.subject not in givers | receivers
            and (g.amount is None or g.amount.start not in sums)  # a sum goes one way
        ] + passed
    if each:  # the sum each pays is not granted to them by another body of the sentence
        paid = {f.amount.start for f in each if f.amount is not None}
        grants = [g for g in grants if g.amount is None or g.amount.start not in paid]
    if "Mitglied" in text:
        own, grants = _each_member(ctx, s, own), _each_member(ctx, s, grants)
    # "… erhalten A, B und C jeweils …": the towns and counties granted; else those the money
    # is passed on to
    for told in (grants, passed):
        local = [o for f in told if (o := f.object) and ctx.kind_of.get(o.label) in _PAYERS]
        if len(set(local)) > 1:
            ctx.last_recipients = list(dict.fromkeys(local))
    if grants and "gemeinsam mit" in text:
        grants += _together_with(ctx, s, text, grants)
    if grants and _found(_PART_SHARE, _PART_SHARE_WORDS, text) is not None:
        grants = _shares_side_by_side(ctx, s, ms, grants)
    elif grants and _SHARES_OF_WHOLE.match(text) is not None:
        grants = _shares_side_by_side(ctx, s, ms, grants, _LISTED_PAYER_BEFORE)
    if not own:
        return grants
    payers = {f.subject for f in own}
    if len(ctx.amount_index.inside(s.start, s.end)) == 1:
        # "Die Stadt X hat zudem Y Euro eigene Mittel investiert": its share, not a grant to it
        # (but a bank's loan for that share: "Den Rest finanziert der Kreis über einen Kredit
        # der Bank Y")
        grants = [
            f
            for f in grants
            if f.object not in payers or ctx.kind_of.get(f.subject.label) == "bank"
        ]
    return [f for f in grants if f.subject not in payers] + own


_US_FUNDED: Final = re.compile(
    r"\b(?:(?:fördert|förderte|unterstützt|unterstützte|bezuschusst|bezuschusste|gibt|gab|"
    r"spendet|spendete|überweist|überwies|zahlt|zahlte|schenkt|schenkte)[ \t]+uns\b|"
    r"(?:hat|hatte)[ \t]+uns\b(?=(?:[^.;]|\.\d)*\b(?:gespendet|gegeben|überwiesen|gezahlt|"
    r"geschenkt|bewilligt|zugesagt|gefördert)\b))"
)
"""A body funding "uns" in an interview's answer: "Das Ministerium X fördert uns mit Y Euro",
"Die Stiftung X hat uns Y Euro gespendet"."""


def _us_funded(ctx: Context, s: Sentence, text: str) -> Ref | None:
    """The speaker's body when a sentence of an interview's answer funds "uns"."""
    if " uns" not in text or _US_FUNDED.search(text) is None:
        return None
    return _us(ctx, s)


_SHARE_PAYER_BEFORE: Final = re.compile(
    r"\b(?:trägt|tragen|übernimmt|übernehmen|zahlt|zahlen|bezahlt)[ \t]+(?:der|die|das)[ \t]+$"
)
"""A body right after a verb of paying a share: "…, 30 Prozent trägt die Stadt X"."""


_SHARES_OF_WHOLE: Final = re.compile(
    r"Davon[ \t]+(?:trägt|tragen|übernimmt|übernehmen|zahlt|zahlen)[ \t]+(?:der|die|das)[ \t]"
)
"""Shares of a whole told of, the verb opening the sentence: "Davon trägt die Stadt A X Euro
und die Stadt B Y Euro"."""
_LISTED_PAYER_BEFORE: Final = re.compile(r"\bund[ \t]+(?:der|die|das)[ \t]+$")
"""A further payer of such shares, its verb left out ("… und die Stadt B Y Euro")."""


def _shares_side_by_side(
    ctx: Context,
    s: Sentence,
    ms: list[Mention],
    grants: list[Fact],
    before: re.Pattern[str] | None = None,
) -> list[Fact]:
    """Two shares in one sentence ("Die Hälfte davon übernimmt der Kreis, 30 Prozent trägt die
    Stadt X", "Davon trägt die Stadt A X Euro und die Stadt B Y Euro"): the body of the second
    share pays towards the work too; it does not receive from the first."""
    before = _SHARE_PAYER_BEFORE if before is None else before
    found = []
    for g in grants:
        body = next(
            (
                m
                for m in ms
                if g.object is not None
                and ref(m) == g.object
                and before.search(ctx.text, max(s.start, m.start - 16), m.start)
            ),
            None,
        )
        work = _funded_work(ctx, s) if body is not None else None
        if body is None or work is None:
            found.append(g)
            continue
        found.append(replace(g, object=work))
        found.append(replace(g, subject=ref(body), object=work, amount=None))
    return found


_ASSOCIATIONS: Final = ("special_purpose_association", "network")


def _each_member(ctx: Context, s: Sentence, found: list[Fact]) -> list[Fact]:
    """ "Jedes Mitglied erhält X Euro", "den Rest tragen die Mitglieder": in a text about an
    association of local bodies, each town, county or district it names before (as many as
    there are, at least two)."""
    named = [f.subject.label for f in found] + [f.object.label for f in found if f.object]
    if not _MEMBER_NOUNS.intersection(named):
        return found
    if ctx.index.last_before(s.start, lambda m: m.kind in _ASSOCIATIONS) is None:
        return found
    members = list(
        dict.fromkeys(
            ref(m) for m in ctx.mentions if m.start < s.start and m.kind in (*_PAYERS, "district")
        )
    )
    if len(members) < 2:
        return found
    result = []
    for f in found:
        if f.subject.label in _MEMBER_NOUNS:
            result += [replace(f, subject=m) for m in members if m != f.object]
        elif f.object is not None and f.object.label in _MEMBER_NOUNS:
            result += [replace(f, object=m) for m in members if m != f.subject]
        else:
            result.append(f)
    return result


_TOGETHER_WITH: Final = re.compile(
    r"\b(?:trägt|tragen|trug|trugen|zahlt|zahlen|zahlte|zahlten|übernimmt|übernehmen|"
    r"übernahm|übernahmen|finanziert|finanzieren|finanzierte|finanzierten)\b(?:[^.;]|\.\d)*?"
    r"\bgemeinsam[ \t]+mit[ \t]+(?:dem|der|den)[ \t]+$"
)
"""A body paying together with the one a clause names: "Der Kreis trägt die Kosten …
gemeinsam mit dem Verband X"."""


def _together_with(ctx: Context, s: Sentence, text: str, grants: list[Fact]) -> list[Fact]:
    """The body a verb of paying is joined to by "gemeinsam mit" pays the same as the
    grant's funder."""
    found = []
    for m in ctx.index.within(s.start, s.end):
        if m.cls != "Organisation" or m.start - s.start < 16:
            continue
        if _TOGETHER_WITH.search(text, 0, m.start - s.start) is None:
            continue
        who = ref(m)
        for f in grants:
            if who not in (f.subject, f.object):
                found.append(replace(f, subject=who))
        break
    return found


def _funding(
    ctx: Context, s: Sentence, ms: list[Mention], text: str, date: str | None
) -> list[Fact]:
    if text.startswith(
        ("Das ", "Die ", "Der ", "Ausgezahlt ", "Überwiesen ", "Weitergeleitet ")
    ) and (sent_on := _sent_on(ctx, s, ms, date)):
        return sent_on  # "Das Geld geht an den Verein X": the grant told of, sent on to X
    if ("bei" in text or "arlehen" in text or "redit" in text) and (
        borrowed := _borrowed(ctx, s, date)
    ):
        return borrowed  # "leiht sich die Stadt X Euro bei der Bank Y"
    if text.startswith(("Empfänger", "Zuwendungsempfänger")) and (
        receiver := _receiver_named(ctx, s, ms, date)
    ):
        return receiver  # "… mit X Euro. Empfängerin ist die Stadt Y": the grant told of goes to Y
    if "ertrag" in text and (contract := _contract(ctx, s, ms, date)):
        return contract  # "Der Kreis hat mit dem Unternehmen einen Vertrag über X Euro geschlossen"
    if "escheid" in text and (arrived := _notice_arrived(ctx, s, date)):
        return arrived  # "Der Bescheid über X Euro ist beim Landkreis eingegangen"
    if text.startswith(("Ausgestellt ", "Unterzeichnet ", "Erteilt ")) and (
        issued := _notice_issued(ctx, s, date)
    ):
        return issued  # "… einen Förderbescheid erhalten. Ausgestellt hat ihn das Ministerium X"
    lower = text.lower()
    cue = None
    for word in _FUNDING_WORDS:  # (a loop: cheaper than any() over a generator)
        if word in lower:
            cue = FUNDING.search(text)
            while cue is not None and (
                _in_body_name(ctx, s.start + cue.start()) or cue.group().startswith("Förderantr")
            ):  # "die Förderbank X": a name; "bei Förderanträgen helfen": applications
                cue = FUNDING.search(text, cue.end())
            break
    amounts = ctx.amount_index.inside(s.start, s.end)
    if amounts and ", d" in text:
        ms = _outside_relative_clauses(s, ms, amounts)
    if (
        cue is None
        and not amounts
        and "Preisgeld" not in text
        and "osten" not in text
        and _found(_PART_SHARE, _PART_SHARE_WORDS, text) is None  # "Drei Viertel davon trägt X"
    ):
        return []  # no cue, no sum: nothing below could read a grant
    if " zu " in text and _DEMAND.search(text) is not None:
        return []  # "appelliert an den Bund, den Betrieb zu fördern": a demand, no funding
    if amounts and all(_PART_OF_GRANT.match(ctx.text, a.end) for a in amounts):
        return []  # "X Euro der Fördermittel fließen in …": a part of a grant told of
    awarded = False
    if amounts and (
        "dotiert" in lower
        or "preis " in lower
        or "preise " in lower
        or "platz " in lower
        or "rang " in lower
        or "plätzen " in lower
        or "rängen " in lower
    ):
        # "der mit 10.000 Euro dotierte Preis", "einen Sonderpreis über 5.000 Euro erhielt X":
        # what a prize is worth, not a grant (unless a body is said to give the money); so is
        # a sum in a sentence that opens with a place of a ranking ("Auf Rang zwei landete X …;
        # sie erhält Y Euro")
        givers = any(m.kind in _FUNDERS + _DONORS for m in ms)
        ranked = _RANKED.match(text) is not None
        awarded = givers and _AWARDS.search(text) is not None
        amounts = [
            a
            for a in amounts
            if (awarded or _ENDOWED.match(ctx.text, a.end) is None)
            and (
                givers
                or (
                    not ranked
                    and _PRIZE_OF.search(ctx.text, max(s.start, a.start - 40), a.start) is None
                )
            )
        ]
        if not amounts:
            return []
        if awarded and cue is None:
            cue = _AWARDS.search(text)  # "vergibt die Sparkasse X den mit Y Euro dotierten Preis"
    if cue is not None and not amounts and _PROVIDING.fullmatch(cue.group()):
        cue = FUNDING.search(text, cue.end())  # "stellt Daten zur Verfügung": no money
    prize_money = "Preisgeld" in text and _PRIZE_MONEY.search(text) is not None
    share = not amounts and (
        (
            "osten" in text
            and (_COST_SHARE.search(text) or _ALL_COSTS.search(text) or _COSTS_FIRST.search(text))
            is not None
            and OWN_MONEY.search(text) is None  # "tragen die Kosten … selbst": a share of their own
        )
        or _found(_PART_SHARE, _PART_SHARE_WORDS, text) is not None
    )
    contributes = CONTRIBUTES.search(text) if amounts or prize_money or share else None
    planned = False
    if cue is None and (prize_money or share):
        cue = contributes  # "Das Preisgeld stiftet X", "X übernimmt 70 Prozent der Kosten"
    if cue is None and amounts:
        cue = RECEIVES.search(text) or _found(SUPPORTS, _SUPPORT_WORDS, text) or contributes
        if cue is None:
            cue = _PLANNED.search(text)  # money set aside: only with a funder named
            planned = cue is not None
            cue = cue or _found(_EQUIPPED, ("ausgestattet",), text)
    initiatives = [m for m in ms if m.cls in ("Initiative", "Event")]
    if cue is None and amounts and text.startswith("Jede"):
        cue = _THEY_EACH.match(text)  # "Jede Modellkommune kann mit X Euro rechnen"
    if cue is None and not (amounts and initiatives):
        return []
    if cue is not None and not amounts and _names_programme(ctx, s, cue):
        # "den Förderaufruf „X“ veröffentlicht": a name, unless funding is stated besides
        cue = FUNDING.search(text, cue.end()) or _found(SUPPORTS, _SUPPORT_WORDS, text)
        if cue is None and share:
            cue = contributes  # "Die Hälfte übernimmt X aus ihrem Förderprogramm „Y“"
        if cue is None:
            return []
    cue_at = s.start + (cue.start() if cue is not None else 0)
    if cue is not None and not amounts and _told_of_whole(text, cue.start()):
        return []  # "Teil des Programms X, mit dem das Land … gefördert hat": the whole's past
    if cue is not None and not amounts and cue.group()[:1].isupper() and _BELONGS.search(text):
        return []  # "Das Förderprogramm gehört zur Strategie X": where it belongs, no funding
    funders, joint = _givers(ctx, s, ms, cue, amounts, contributes, prize_money=prize_money)
    if awarded and not funders:  # the body that awards the prize gives its money
        funders = [(m.start, ref(m)) for m in ms if m.kind in _FUNDERS + _DONORS]
    listed = _objects_listed(ctx, s, ms) if amounts and _SUPPORTING.search(text) else []
    if listed:
        # "X fördert A, B und C mit je Y Euro": A, B and C receive, none of them gives
        funders = [f for f in funders if f[1] not in listed] or funders
    objects = [
        f
        for f in funders
        if _SUPPORTS_NAMED.search(ctx.text, max(s.start, f[0] - 30), f[0])
        and any(g[0] < f[0] and not _cut_between(ctx, g[0], f[0]) for g in funders)
    ]  # (not "Das Preisgeld gab X, die Messe selbst bezuschusste das Ministerium Y": its subject)
    if objects and len(objects) < len(funders):
        # "Die X unterstützt die Anstalt Y beim Bau mit Z Euro": the body right after the
        # verb is its object, no giver (when another body of its clause may give)
        funders = [f for f in funders if f not in objects]
    costs_first = _COSTS_FIRST.search(text) if len(funders) > 1 and "osten" in text else None
    if costs_first is not None:
        # "X schult …; die Kosten dafür trägt Y": who pays is named after the verb, not X
        after = [f for f in funders if f[0] >= s.start + costs_first.end()]
        funders = after or funders
    spends = cue is not None and cue.group().lower().startswith("investier")
    if not funders and (spends or (cue is None and "oste" in text)):
        # "Das Projekt kostet X Euro", "… X Euro investiert habe":
        # what the work costs or a body spends, no grant
        return []
    if prize_money and not funders:
        return []  # "Das Preisgeld beträgt X Euro, das Siegerteam erhält Y": what a prize is worth
    if (
        not funders
        and amounts
        and "osten " in text
        and all(
            _COSTS_OF_SUM.search(ctx.text, max(s.start, a.start - 40), a.start) for a in amounts
        )
    ):
        return []  # "Dazu kommen Betriebskosten von X Euro im Jahr": what it costs, no one pays
    if planned and not funders:
        return []  # "im Projektbudget sind X Euro vorgesehen": money set aside, no grant
    named = initiatives or any(m.kind in _RECIPIENTS for m in ms)
    if named and not amounts and not funders and "„" in text:
        named = [m for m in ms if (m in initiatives or m.kind in _RECIPIENTS) and not _said(s, m)]
    if cue is not None and not amounts and not funders and not named and cue.group()[:1].isupper():
        # "mahnt eine dauerhafte Finanzierung an": a noun of funding, nobody named (but in what
        # someone says: "„X zeigt, wie es geht“, sagte Y bei der Übergabe des Förderbescheids")
        return []
    own = OWN_MONEY.search(text) if amounts and not funders else None
    if own is not None and _RECEIVES_ITSELF.search(text) is not None:
        own = None  # "Den größten Anteil erhält der Landkreis selbst: X Euro …": it receives
    if own is not None:
        # "die Kommunen tragen X Euro selbst": a share of their own, no funder; but "Jede
        # Gemeinde kann X Euro abrufen, den Rest tragen die Kommunen selbst" names a grant first
        cut = max(text.rfind(",", 0, own.start()), text.rfind(";", 0, own.start()))
        granted = cue is not None and cue.start() < cut and cue.group()[:1].isupper()
        if cut < 0 or (_RECEIVING.search(text, 0, cut) is None and not granted):
            return []  # ("Die Zuschüsse liegen bei X Euro, den Rest …": a grant comes first)
        amounts = [a for a in amounts if a.end <= s.start + cut]
        if not amounts:
            return []
    if len(amounts) > 1 and "oste" in text:
        # "Das Vorhaben kostet X Euro; Y Euro davon trägt der Bund": the cost is no grant
        grants = [
            a for a in amounts if not _COST_OF.search(ctx.text, _clause_start(ctx, a), a.start)
        ]
        amounts = grants or amounts
    handed = _handed_over(ctx, s) if amounts else None
    governments = all(ctx.kind_of.get(f.label) in ("state", "federation") for _, f in funders)
    if governments and handed is not None and handed[0] is not None:
        # "Xs Innenministerin Y übergab …": the minister's ministry, not the state
        at, giver = handed[0]  # "Digitalminister X übergab … einen Förderbescheid"
        funders = [(at, _ministry_for(ctx, s, giver))]
    if not funders and amounts and _FROM_GOVERNMENT.search(text) is None:
        funders = _funder_after(ctx, s)  # "… Euro. Das Geld kommt vom Ministerium X."
    if amounts and (
        _found(_TAKES, ("erh", "bek"), text) is not None
        or _found(_COMES, ("komm", "kam", "stamm"), text) is not None
    ):
        # "Die Stadt X erhält vom Landkreis Y …", "Weitere X Euro kommen vom Kreis Y": who
        # gives is named after "vom" (by name, or again by its head noun: "vom Kreis"); the
        # body that receives gives nothing
        funders += [
            (m.start, ref(m))
            for m in ms
            if m.cls == "Organisation"
            and (
                _AGENT.search(ctx.text, max(0, m.start - 9), m.start)
                or _MONEY_OF.search(ctx.text, max(0, m.start - 30), m.start)
            )
        ]
        for head in _FROM_BODY_NOUN.finditer(text) if "vo" in text else ():
            at = s.start + head.start("noun")
            if ctx.index.overlapping(at, at + 1):
                continue
            body = _body_by_noun(ctx, head.group("noun"), at)
            if body is not None:
                funders.append((at, ref(body)))
                continue
            opened = [b for _, h, b in ctx.opened if h == head.group("noun")]
            if opened:  # "von der Stiftung": the foundation not found as a name opened with
                funders.append((at, opened[-1]))
        taking = {ref(m) for m in _takers(ctx, s, [m for m in ms if m.kind in _RECIPIENTS])}
        funders = [f for f in funders if f[1] not in taking] or funders
    pronoun = _PRONOUN_GIVER.search(text) if amounts and ("Es " in text or " es " in text) else None
    if pronoun is not None:
        # "Es stellt dem Kreis X Euro zur Verfügung", "Dafür stellt es X Euro in Aussicht": the
        # government named last before the sentence gives
        government = ctx.index.last_before(s.start, lambda m: m.kind in _FUNDERS[:3])
        if government is not None:
            funders = [(cue_at, ref(government))]
    elif amounts and _SHE_GIVES.match(text) is not None:
        # "… der Kanzlei X. Sie stellt X Euro bereit": the body that may give money named
        # last in the sentence before
        before = _giver_before(ctx, s)
        if before is not None:
            funders = [(cue_at, before)]
    elif amounts and ": " in text and (colon := _SHE_GIVES_AFTER_COLON.search(text)) is not None:
        # "Dazu kommt der Kreis X: Er hat den Gemeinden je Y Euro bewilligt": the body the
        # clause before the colon names last
        before_colon = _giver_in(ctx, s.start, s.start + colon.start())
        if before_colon is not None:
            funders = [(cue_at, before_colon)]
    told = ctx.last_funder
    funder = _funder(ctx, s, funders, cue_at)
    from_land = bool(amounts) and any(
        f == funder and ctx.text.startswith("vom Land", at) and LAND_REF.match(ctx.text, at)
        for at, f in funders
    )
    if funder is None:
        return []
    if (
        told is not None
        and _PAYS_OUT.search(funder.label)
        and _MONEY_TOLD.search(text)
        and "arlehen" not in text  # (a loan is the bank's own money)
        and "redit" not in text
        and _of_government(ctx, told[1])
    ):
        # "Den Zuschuss hat die Aufbaubank an den Kreis überwiesen": a state's bank pays out
        # the grant told of; the body whose grant it is funds (as every writer annotates it)
        funder = told[1]
    named_here = any(
        f == funder and _OWNER_OF_WHOLE.search(ctx.text, max(s.start, at - 40), at) is None
        for at, f in funders
    )  # (not "Teil der Agenda des Bundes": whose agenda it is)
    if (not funders and told is None) or from_land or (funder == ctx.federation and not named_here):
        # no grant told of yet, a sum received "vom Land", or the federation's grant told of
        # before: the ministry named in full (not when the sentence names "der Bund" itself)
        funder = _ministry_for(ctx, s, funder, "state" if from_land else None)
    whole = _part_of_targets(s, ms, text)
    sources = [m for m in initiatives if ctx.is_source(m)]
    funded = [m for m in initiatives if m not in whole and ref(m) != funder]
    for_it = [m for m in initiatives if _given_for(ctx, s, m, amounts)] if amounts else []
    if for_it:
        # "X ist Teil des Schwerpunkts „Y“, für den die Stiftung Z Euro bereitstellt": what
        # the relative clause gives the sum for is funded
        funded = for_it
    if sources and not amounts and not share and all(m in sources for m in funded):
        return []  # where the money comes from ("aus dem Förderprogramm X"), not what it funds
    channels = all(m in sources for m in funded)
    funded = [m for m in funded if m not in sources] or funded
    recipients = [
        m for m in ms if m.kind in _RECIPIENTS and ref(m) != funder and ref(m) not in joint
    ]  # (bodies that pay together do not also receive: "A, B und C zahlen jeweils X Euro")
    if amounts and _GIVES_TO.search(text) is not None:
        # "gibt der Grundschule X, der Y-Schule und dem Verein Z jeweils …": whatever bodies
        # the verb gives to in the dative
        recipients += [
            m for m in _given_in_dative(ctx, s, ms) if ref(m) != funder and m not in recipients
        ]
    if amounts and _found(_TAKES, ("erh", "bek"), text) is not None:
        # "Der Wasserverband X mit Sitz in Y erhält …", "die beiden Vereine, der Verein A und
        # der Verein B, haben … jeweils … bekommen": the bodies that receive, whatever their kind
        others = [
            m
            for m in ms
            if m.cls == "Organisation"
            and m.kind not in (*_FUNDERS[:3], *_RECIPIENTS)
            and ref(m) != funder
            and not _AGENT.search(ctx.text, max(0, m.start - 9), m.start)
        ]
        recipients += [m for m in _takers(ctx, s, others) if m not in recipients]
    if contributes is not None and amounts:
        # "Der Kreis schießt X Euro zu, die Gesellschaft Y stellt Busse bereit": a share paid
        # towards the work; a body of the next clause does not receive it
        at = amounts[0].start - s.start
        cuts = [c.start() for c in _CLAUSE_CUT.finditer(text)]
        low = max((c for c in cuts if c < at), default=0)
        high = min((c for c in cuts if c >= at), default=len(text))
        if low <= contributes.start() < high:
            recipients = [m for m in recipients if m.start < s.start + high]
    purpose = text.find(", damit ") if amounts else -1
    if purpose > 0:  # "…, damit die Gemeinden A und B … aufgenommen werden": what for, no receiver
        recipients = [m for m in recipients if m.start < s.start + purpose]
    counted_bodies = _counted_receivers(ctx, s, text, funder) if amounts and not recipients else []
    if counted_bodies:
        # "davon erhalten beide Bezirksämter je X Euro", "zahlt den drei Kommunen jeweils X
        # Euro": each of the bodies of that kind the text names (as many as it says)
        at = counted_bodies[0][0]
        sums = [a for a in amounts if a.start > at] or [
            a for a in amounts[-1:] if not _CLAUSE_CUT.search(ctx.text, a.end, at)
        ]  # ("X Euro gehen an den Kreis, der Rest an die drei Städte": no sum of theirs)
        # "fließen X Euro in das Vorhaben; davon gehen je Y Euro an die vier Städte": the
        # whole, of which the bodies receive their parts, goes to the work told of
        totals = [a for a in amounts if a.end < at and a.scope == "total" and a not in sums]
        of_it = totals and ("davon" in text or "daraus" in text)
        to_work = ctx.antecedent(s, funder, bodies=False) or _main_work(ctx) if of_it else None
        if to_work is not None and any(ref(m) == to_work and ctx.is_source(m) for m in ms):
            to_work = None  # the programme the money comes from, named in this sentence
        told_whole: list[Fact] = []
        if to_work is not None:
            told_whole.append(_fact(s, "funds", funder, to_work, 0.6, amount=totals[0], date=date))
        return (
            told_whole
            + [
                _fact(s, "funds", funder, body, 0.7, amount=sums[0] if sums else None, date=date)
                for _, body in counted_bodies
            ]
            + [
                _fact(s, "funds", funder, body, 0.6, amount=a, date=date)
                for body, a in _sent_to(ctx, s, ms, funder)
                if body not in [b for _, b in counted_bodies]
            ]
        )
    if (
        amounts
        and not recipients
        and (
            _THEY_EACH.match(text) is not None
            or ("beide" in text and _FOR_BOTH.search(text) is not None)
            or (("ihnen" in text or " sie " in text) and _GIVES_THEM_EACH.search(text) is not None)
        )
    ):
        # "… die Stadt A, der Kreis B und die Gemeinde C. Sie erhalten jeweils X Euro": each
        listed = _listed_before(ctx, s, funder)
        if _THEY_EACH.match(text) is None and "beide" in text:
            listed = _pair_before(ctx, s, funder)  # "für beide": the two joined by "und"
        if len(listed) < 2:
            listed = _pair_as_plural(ctx, s)  # "Als Pilotstädte starten A und B. Beide …"
        if len(listed) > 1:
            conf = 0.7
            return [
                _fact(s, "funds", funder, r, conf, amount=a, date=date)
                for a in amounts
                for r in listed
            ]
    by_noun = None if recipients or not amounts else _recipient_again(ctx, s, text)
    takers: list[Mention] = []
    per = PER_RECIPIENT.search(text)
    for_whom = FOR_RECIPIENT.search(text) if contributes is not None else None
    if for_whom is not None and for_whom.group("noun") in _NOT_RECIPIENTS:
        for_whom = None  # "die Kurse sind für die Teilnehmenden kostenlos": no body
    obj: Ref | None = None
    costs = "Kosten" in text or "kosten" in text  # (also "die Fahrtkosten", not "im Osten")
    council_of = _council_body(ctx, funder) if not recipients else None
    told_us = False  # (the body "uns" names receives each sum: "in jedem Amt hat uns X … gegeben")
    supported = _supported_body(ctx, s, text, funder) if amounts else None
    if council_of is not None:
        obj = council_of  # "Der Stadtrat hat X Euro bewilligt": its town's budget
    elif amounts and (us := _us_funded(ctx, s, text)) is not None:
        obj = us  # in an interview, "Das Ministerium X fördert uns mit Y Euro": the speaker's body
        told_us = True
    elif supported is not None:
        obj = supported  # "unterstützt den Landkreis beim Projekt X mit Y Euro": the county
    elif handed is not None and handed[1] is not None and not (funded and not channels):
        obj = handed[1]  # "übergab … einen Förderbescheid an Bürgermeisterin X": her town
    elif by_noun is not None and not (funded and not channels):
        obj = by_noun  # "erhält der Landkreis …", "hat dem Kreis X Euro bewilligt"
    elif amounts and (paid_to := _paid_to_pronoun(ctx, s, text, funder)) is not None:
        obj = paid_to  # "Die Schule X schult …; der Kreis zahlt ihr dafür Y Euro": the school
    elif awarded and (prize := _prize_named(initiatives)) is not None:
        obj = prize  # "den mit X Euro dotierten Preis Y, den die Stiftung Z vergibt": the prize
    elif not recipients and (company := _company_again(ctx, s, text)) is not None:
        obj = company  # "gab dem Unternehmen X Euro": the company named last
    elif (
        amounts
        and ("rh" in text or "ek" in text)
        and (taker := _taker_again(ctx, s, text, funder, by_noun=not recipients)) is not None
        and (not recipients or not _takers(ctx, s, recipients))
    ):
        # "Sie erhält dafür von der Stadt X Euro", "Die Firma X baut es; sie bekommt vom Kreis
        # Y Euro": the body named before
        obj = taker
    elif (
        amounts
        and not recipients
        and ctx.last_financed is not None
        and _IN_ADDITION.match(text) is not None
    ):
        obj = ctx.last_financed  # "Hinzu kommt ein Zuschuss des Landes": for the same company
    elif (budget := _programme_budget(ctx, s, text, amounts, recipients)) is not None:
        obj = budget  # "Insgesamt stehen für das Programm X Euro bereit": its budget
    elif recipients and amounts and (takers := _takers(ctx, s, recipients)):
        obj = ref(takers[0])  # "Für das Projekt X erhält die Stadt Y …": the body that receives
    elif funded and channels and recipients and RECEIVES.search(text):
        # "aus dem Programm X erhält die Stadt Y": the programme is the channel, Y the recipient
        obj = ref(min(recipients, key=lambda m: abs(m.start - cue_at)))
    elif (
        (_PRIZE_MONEY.search(text) or _FOR_CONTEST.search(text))
        and not (funded and not channels)
        and ctx.prize is not None
    ):
        # "Das Preisgeld stellt X bereit", "stiftete X für den Wettbewerb": the prize's money
        obj = ref(ctx.prize)
    elif share and funded and channels:
        # "Die Hälfte übernimmt X aus ihrem Förderprogramm „Y“": a share of the work told of
        obj = ctx.antecedent(s, funder, bodies=False) or _main_work(ctx)
    elif funded and not (channels and (ANAPHOR.search(text) or amounts)):
        # a sum "aus dem Programm X" goes to the work told of, not to the programme
        obj = ref(min(funded, key=lambda m: (m.start < cue_at, abs(m.start - cue_at))))
    elif per and amounts and not recipients and per.group("noun") not in _NOT_RECIPIENTS:
        obj = Ref(per.group("noun"), None, "Organisation")
    elif for_whom is not None and not recipients:
        noun = for_whom.group("noun")
        # ("für die Einrichtung eines Zentrums": setting it up, no institution)
        act = noun.endswith("ung") and _OF_SOMETHING.match(text, for_whom.end()) is not None
        obj = _noun_target(ctx, noun, act)
    elif (
        costs
        and not funded
        and (contributes is not None or amounts)
        and (trainer := _trainer(ctx, s)) is not None
    ):
        obj = trainer  # "X bietet Kurse an; die Kosten trägt das Land": the courses' provider
    elif costs and not funded and (contributes is not None or amounts):
        # "die Kosten trägt X": the costs of what was just told, else of what the text is about;
        # of a work the sentence names again by its head ("hatte den Hackathon finanziert")
        again = ctx.named_again(s)
        earlier = ref(again) if again is not None else ctx.antecedent(s, funder, bodies=False)
        obj = earlier if earlier is not None else _main_work(ctx)
    elif not funded and (counted := _COUNTED.search(text)) is not None:
        obj = Ref(counted.group("np"), None, "Organisation")  # "fördert 23 Städte und Kreise"
    elif amounts and not recipients and (into := _into_work(ctx, s, text)) is not None:
        obj = into  # "Aus dem Programm fließen X Euro in das Projekt": the work told of
    elif amounts and not funded and not recipients and (again := ctx.named_again(s)):
        obj = ref(again)  # "Eine zweite Runde der Förderlinie …": the one of that head
    elif (anaphor := ANAPHOR.search(text)) is not None and "Programm" in anaphor.group():
        if not amounts and SOURCE.search(text, 0, anaphor.start() + 4) is not None:
            return []  # "hat … aus dem Programm 40 Vorhaben bewilligt": where money came from
        # "Das Programm, aus dem X Euro fließen": the programme named last, a source too
        programme = ctx.last_initiative_before(s.start)
        obj = ctx.antecedent(s, funder) if programme is None else ref(programme)
    elif (
        amounts
        and not recipients
        and ctx.last_funded is not None
        and _FURTHER.match(ctx.text, amounts[0].start - 12, amounts[0].start)
    ):
        obj = ctx.last_funded  # "stellt weitere X Euro bereit": more for what was funded last
    elif ANAPHOR.search(text) or (amounts and not recipients):
        obj = ctx.antecedent(s, funder)
        if contributes is not None and obj is not None and _is_whole(ctx, obj):
            # "Der Landkreis X beteiligt sich mit Y Euro", "Die Gemeinde Z gibt Y Euro dazu":
            # a share of the work the text is about, not of the strategy or programme it
            # belongs to
            obj = _main_work(ctx) or obj
    else:
        obj = ref(recipients[0]) if recipients else None
    verb = cue is not None and (cue.group().islower() or cue.group() == "Finanziell")
    if obj is None and not amounts and funders and verb:
        # "Das Land fördert den Aufbau des Büros": a body funding the work told of
        work = ctx.last_work_before(s.start)
        obj = None if work is None else ref(work)
    if obj is None and amounts:
        obj = _new_body(ctx)  # "unterstützt die Fusion mit X Euro": the body formed
    if obj is None and amounts and not ctx.count_index.inside(s.start, s.end):
        # "fördert es mit X Euro": the body the text is about (not "20 Vorhaben mit X Euro")
        obj = _local_body(ctx, funder)
    if obj is None and not amounts:
        return []
    counts = ctx.count_index.inside(s.start, s.end)
    count = counts[0] if counts else None
    conf = (0.8 if obj is not None and obj.entity else 0.6) - (0.2 if cue is None else 0.0)
    if contributes is None or ctx.last_funder is None:
        ctx.last_funder = (s.end, funder)  # not a share paid by those who do the work
    if not amounts:
        return [
            _fact(s, "funds", who, obj, conf - 0.1, count=count, date=date)
            for who in (joint if len(joint) > 1 and funder in joint else [funder])
        ]  # ("A und B finanzieren X gemeinsam": each)
    found: list[Fact] = []
    budgets = 0
    each = (
        recipients
        if len(recipients) > 1
        and obj in [ref(r) for r in recipients]
        and _EACH.search(text) is not None
        else [m for m in ms if ref(m) in listed]
        if obj in listed
        else takers
        if len(takers) > 1 and obj == ref(takers[0])
        else []
    )
    for a in amounts:
        if each:  # "Jeweils 50.000 Euro gehen an die Stadt A und den Kreis B"
            found += [
                _fact(s, "funds", funder, ref(r), conf, amount=a, count=count, date=date)
                for r in each
            ]
            continue
        who = _funder_of(funders, a.start, ctx) if len(funders) > 1 else funder
        budget = _budget_of(ctx.text, a, sources)
        budgets += budget is not None
        target = budget or _named_after(ctx, a) or (None if told_us else _own_recipient(ctx, s, a))
        target = target or obj
        if target is not None and target in joint:
            target = obj if obj not in joint else None  # "zahlen A und B je X": they pay
        taking_part = [] if target is None else _participants(ctx, s, target)
        if not taking_part and budget is None:
            taking_part = _each_of(ctx, s, a)  # "jeder der 14 Landkreise …": each, as a kind
        if taking_part:  # "X Euro je beteiligter Kommune": each town the text names
            each_sum = replace(a, scope="per_recipient")
            found += [
                _fact(s, "funds", who, r, conf, amount=each_sum, count=count, date=date)
                for r in taking_part
                if r != who
            ]
            continue
        each_one = per is not None and target is not None and target.label == per.group("noun")
        if a.scope == "total" and each_one:  # "Jede Gemeinde erhält X Euro": each one's sum
            a = replace(a, scope="per_recipient")
        for payer in joint if len(joint) > 1 and who in joint else [who]:
            if all(f.subject != payer or f.object != target for f in found):
                found.append(
                    _fact(s, "funds", payer, target, conf, amount=a, count=count, date=date)
                )
    if budgets == len(amounts) and obj is not None and obj not in [f.object for f in found]:
        found.append(_fact(s, "funds", funder, obj, conf - 0.1, count=count, date=date))
    # (prize money going to the winners funds the prize, not each winner)
    sent = [] if prize_money else _sent_to(ctx, s, ms, funder)
    if sent and len(amounts) == 1 and obj is not None and obj not in [ref(m) for m in ms]:
        # "Weitere X Euro aus dem Haushalt Y fließen an die Anstalt Z": to Z, not to the work
        # told of before
        found = [f for f in found if f.object != obj]
    for to, given in sent:
        # "…; der Rest geht an die Hochschule X", "je X Euro gehen an A und B": each receives
        if all(f.object != to for f in found):
            found.append(_fact(s, "funds", funder, to, conf - 0.1, amount=given, date=date))
    if found and found[-1].object is not None and found[-1].object.cls in _WORKS:
        ctx.last_funded = found[-1].object  # (a work, not a body that received)
    return found


_SHE_GIVES: Final = re.compile(
    r"(?:Sie|Er)[ \t]+(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt|"
    r"übernimmt|trägt)\b"
)
"""A body that gives, named again by "Sie" or "Er" opening the sentence (a singular verb)."""


_SHE_GIVES_AFTER_COLON: Final = re.compile(
    r":[ \t]+(?:Sie|Er)[ \t]+(?:(?:hat|hatte)[ \t](?:[^.;:]|\.\d)*?\b(?:bewilligt|gezahlt|"
    r"überwiesen|gegeben|zugesagt|bereitgestellt|gefördert|finanziert)|stellt|gibt|zahlt|überweist|"
    r"fördert|finanziert|bewilligt|übernimmt|trägt)\b"
)
"""A body that gives, named by "Sie" or "Er" after a colon that closes a clause naming it."""
_RECEIVES_ITSELF: Final = re.compile(
    r"\b(?:erhält|erhalten|erhielt|erhielten|bekommt|bekommen|bekam)[ \t]+(?:der|die|das)[ \t]+"
    r"[A-ZÄÖÜ][a-zäöüß]+[ \t]+selbst\b"
)
"""A body that itself receives ("erhält der Landkreis selbst"): no share of its own."""
_PRONOUN_GIVER: Final = re.compile(
    r"(?:^Es[ \t]+(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt)|"
    r"\b(?:stellt|gibt|zahlt|überweist|fördert|unterstützt|finanziert|bewilligt)[ \t]+es)\b"
)
"""A body that gives, named by "es" (a ministry, "das Land" named before)."""
_PART_OF_GRANT: Final = re.compile(
    r"[ \t]+(?:des|der)[ \t]+[A-ZÄÖÜ][a-zäöüß]*(?:geld|mittel|summe)(?:e?s|n)?\b"
)
"""A sum that is part of money told of: "X Euro der Fördermittel", "Y Euro des Kreisgeldes"."""
_FOR_CONTEST: Final = re.compile(r"\bfür[ \t]+den[ \t]+(?:Wettbewerb|Preis|Award)\b")
"""Money given for the competition told of ("stiftete X für den Wettbewerb")."""
_WORKS: Final = ("Initiative", "Event")
_IN_ADDITION: Final = re.compile(r"(?:Hinzu[ \t]+(?:kommt|kommen|kam|kamen)|Zusätzlich|Außerdem)\b")
"""A sentence adding money to what was told ("Hinzu kommt ein Zuschuss …")."""
_FURTHER: Final = re.compile(r".*\b(?:weitere|zusätzliche|nochmals|erneut)[ \t]+$")
"""A sum added to one told of before: "weitere X Euro", "zusätzliche Y Euro"."""


_THE_COSTS: Final = re.compile(
    r"\b[Dd]ie[ \t]+Kosten\b|\b(?:Kurs|Lehrgangs|Schulungs|Seminar|Fortbildungs|"
    r"Weiterbildungs)kosten\b"
)
"""The costs in full ("die Kosten von X Euro trägt …") or of courses ("die Hälfte der
Kurskosten"), not another kind of them ("Personalkosten")."""
_TRAINERS: Final = ("training_provider", "academy", "university", "public_body", None)
"""Kinds of body that give courses (not a government, town or company)."""


_WHOLES: Final = ("programme", "strategy")


def _is_whole(ctx: Context, work: Ref) -> bool:
    """Whether ``work`` is a programme or a strategy of the text (what works belong to)."""
    return any(ref(m) == work and m.kind in _WHOLES for m in ctx.initiatives)


def _trainer(ctx: Context, s: Sentence) -> Ref | None:
    """The body that gives the courses whose costs a body takes on ("Die Akademie X bietet
    Kurse an, die Kosten trägt das Land"; "… bildet die Volkshochschule Y … aus. … die Kosten
    übernimmt der Kreis"): a body of a kind that trains, named in the sentence before the costs
    or in the sentence before it, with a cue of training there (not the body that pays)."""
    costs = _THE_COSTS.search(s.text)
    if costs is None:
        return None
    spans = [(s, s.start + costs.start())]
    i = bisect_left(ctx.sentence_starts, s.start)
    if i:
        spans.append((ctx.sentences[i - 1], ctx.sentences[i - 1].end))
    payers = {ref(m) for m in ctx.index.within(s.start + costs.end(), s.end)}
    for sentence, high in spans:
        low = sentence.start
        if (
            TRAINS.search(ctx.text, low, high) is None
            and _TRAINS_OUT.search(ctx.text, low, high) is None
        ):
            continue
        for m in ctx.index.within(low, high):
            if m.cls == "Organisation" and m.kind in _TRAINERS and ref(m) not in payers:
                return ref(m)
        opening = _opening_body(ctx, sentence, _TRAINING_VERB)
        if opening is not None:  # "Die Volkshochschule im Kreis X schult …": not found as a name
            return opening[1]
    return None


_TRAINS_OUT: Final = re.compile(
    r"\b(?:bildet|bilden)\b[^.;]*\baus\b|\baus(?:bilden|gebildet|bildet)\b|"
    r"\b(?:werden|wurden)\b[^.;]*\b(?:geschult|fortgebildet|weitergebildet)\b"
)
"""Training told by "bildet … aus", or by a passive ("Die Beschäftigten werden an der
Hochschule X geschult", "…; dabei wurden 40 Beschäftigte geschult")."""


def _in_body_name(ctx: Context, at: int) -> bool:
    """Whether a position lies in the name of a body ("Förderbank X", "Förderverein Y")."""
    return any(m.cls == "Organisation" for m in ctx.index.overlapping(at, at + 1))


_DEMAND: Final = re.compile(
    r"\b(?:forder\w*|appellier\w*|mahnt\w*|bat|bitte[nt]?|drängt\w*)\b[^.;]*?\bzu[ \t]+"
    r"(?:finanzieren|fördern|unterstützen|bezahlen|übernehmen)\b"
)
"""A demand that someone fund something ("bittet den Kreis, … zu bezahlen")."""


_FOR_WHICH: Final = re.compile(r"[“”\"«»]?,[ \t]+für[ \t]+(?:den|die|das)[ \t]")
"""A relative clause naming what a sum is for, right after a name: "…“, für den …"."""


def _given_for(ctx: Context, s: Sentence, m: Mention, amounts: list[Amount]) -> bool:
    """Whether a relative clause right after ``m`` ("…, für den sie X Euro bereitstellt")
    holds a sum of the sentence."""
    opened = _FOR_WHICH.match(ctx.text, m.end)
    if opened is None:
        return False
    cut = _CLAUSE_END.search(ctx.text, opened.end(), s.end)
    high = s.end if cut is None else cut.start()
    return any(opened.end() <= a.start < high for a in amounts)


_AWARDS: Final = re.compile(
    r"\b(?:vergibt|vergab|verleiht|verlieh|stiftet|stiftete|ausgelobt|auslobt|auslobte)\b"
)
"""A body awarding a prize: its money is the body's ("vergibt den mit X Euro dotierten Preis",
"hat den mit X Euro dotierten Preis Y ausgelobt")."""
_ENDOWED: Final = re.compile(r"[ \t]+(?:[a-zäöü]+[ \t]+)?dotiert")
"""A sum a prize is endowed with: "mit 5.000 Euro dotiert", "… Euro jeweils dotierten"."""
_COUNTED: Final = re.compile(
    r"\b(?:förder(?:t|n)|unterstütz(?:t|en))[ \t]+(?:insgesamt[ \t]+)?"
    rf"{_SMALL_NUMBER}[ \t]+(?:[a-zäöü]+[ \t]+)?"
    r"(?P<np>[A-ZÄÖÜ][a-zäöüß]+(?:(?:,[ \t]+|[ \t]+(?:und|sowie)[ \t]+)[A-ZÄÖÜ][a-zäöüß]+)*)"
)
"""Bodies funded, counted but not named: "unterstützt 23 Städte, Gemeinden und Landkreise"."""
_EQUIPPED: Final = re.compile(r"\bausgestattet\b")
"""A programme "mit X Euro ausgestattet": its budget, with a funder named or told of."""
_PLANNED: Final = re.compile(r"\b(?:eingeplant|vorgesehen|veranschlagt)\b")
"""Money set aside ("sind X Euro eingeplant"): a cue of funding when a sum is stated."""
_RANKED: Final = re.compile(
    r"(?:Auf[ \t]+)?(?:den[ \t]+)?(?:Platz|Rang|Plätzen|Rängen)[ \t]+(?:zwei|drei|vier|fünf|\d)\b"
)
"""A sentence opening with a place of a ranking ("Auf Rang zwei landete …", "Auf den Plätzen
zwei und drei landeten …")."""
_PRIZE_OF: Final = re.compile(
    r"(?:[Pp]reise?|Platz)[ \t]+(?:(?:über|von|in[ \t]+Höhe[ \t]+von)[ \t]+)?"
    r"(?:(?:jeweils|je)[ \t]+)?$"
    r"|(?:[Pp]reis|Platz)\b[^.;:]{0,30}?[ \t](?:und|über|mit|der[ \t]+Jury)[ \t]+$"
)
"""A prize worth a sum: "einen Sonderpreis über 5.000 Euro" (the sum may begin with "über"),
"ein Sonderpreis der Jury über …", "den zweiten Preis und …", "Platz drei, verbunden mit …"."""
_PRIZE_MONEY: Final = re.compile(r"\bPreisgeld(?:er)?\b")


def _names_programme(ctx: Context, s: Sentence, cue: re.Match[str]) -> bool:
    """A noun of funding that is the head of a programme's name right after it
    ("Förderaufruf „X“", "Förderprogramm X"), not a statement of funding."""
    if not cue.group()[:1].isupper():
        return False
    at = s.start + cue.end()
    return any(m.cls == "Initiative" for m in ctx.index.starting(at, at + 3))


_BUDGET: Final = re.compile(
    r"[“”\"«]?(?:[ \t]+[a-zäöü]+){0,2},[ \t]+(?:für|aus|über|mit|in)[ \t]+"
    r"(?:den|dem|die|das|der|denen)\b[^,;]*$"
)
"""A relative clause after a programme that states its budget: "aus dem Fonds X, für den
insgesamt 12 Millionen Euro bereitstehen", "stellt … aus dem Programm X bereit, aus dem
bisher 2 Millionen Euro geflossen sind"."""


def _budget_of(text: str, a: Amount, sources: list[Mention]) -> Ref | None:
    """The programme money comes from when the sum is its own budget, told in a relative
    clause right after its name."""
    for m in sources:
        if m.end <= a.start and _BUDGET.match(text, m.end, a.start) is not None:
            rest = _CLAUSE_END.search(text, a.end)
            if _RECEIVING.search(text, a.end, len(text) if rest is None else rest.start()):
                continue  # "…, über das der Kreis X Euro erhält": the sum the body receives
            return ref(m)
    return None


_CLAUSE_END: Final = re.compile(r"[,;.!?]")


_GIVES_TO: Final = re.compile(
    r"\b(?:gibt|gab|zahlt|zahlte|überweist|überwies|schenkt|schenkte|spendet|spendete)[ \t]+"
    r"(?:(?:dafür|außerdem|zudem|nun|jetzt)[ \t]+)?(?:der|dem)[ \t]+"
)
"""A verb of giving and the dative article of the first body given to."""


def _given_in_dative(ctx: Context, s: Sentence, ms: list[Mention]) -> list[Mention]:
    """The bodies named in the dative right after a verb of giving, and those listed after
    the first ("gibt der Schule A, der Schule B und dem Verein C jeweils …"), of any kind
    but a government."""
    found: list[Mention] = []
    for verb in _GIVES_TO.finditer(s.text):
        at = s.start + verb.end()
        while True:
            body = next(
                (
                    m
                    for m in ms
                    if m.start == at and m.cls == "Organisation" and m.kind not in _FUNDERS[:3]
                ),
                None,
            )
            if body is None:
                break
            found.append(body)
            more = DATIVE_NEXT.match(ctx.text, body.end)
            if more is None:
                break
            at = more.end()
    return found


_RELATIVE_CLAUSE: Final = re.compile(
    r",[ \t]+(?:(?:in|zu|bei|mit|von)[ \t]+)?(?:dem|denen|deren|dessen)[ \t][^,;]{3,120}?"
    r"(?:angehören|angehört|gehören|gehört|sitzen|sitzt|liegen|liegt|arbeiten|arbeitet|sind|ist)"
    r"[ \t]*,"
)
"""A relative clause about the body before it, closed by its verb ("…, dem die Städte X und Y
angehören, …"): the bodies it names neither pay nor receive the sum of the main clause."""


def _outside_relative_clauses(
    s: Sentence, ms: list[Mention], amounts: list[Amount]
) -> list[Mention]:
    """The mentions of a sentence less those in a relative clause that states no sum."""
    drop = [
        (s.start + r.start(), s.start + r.end())
        for r in _RELATIVE_CLAUSE.finditer(s.text)
        if not any(s.start + r.start() <= a.start < s.start + r.end() for a in amounts)
    ]
    return [m for m in ms if not any(low <= m.start < high for low, high in drop)]


_GIVES_THEM_EACH: Final = re.compile(
    r"\b(?:(?:gibt|gab|zahlt|zahlte|überweist|überwies|stellt|stellte|bewilligt|bewilligte|hat|"
    r"hatte|haben|hatten)[ \t]+ihnen|(?:unterstützt|unterstützte|fördert|förderte)[ \t]+sie)\b"
    r"(?:[^.;]|\.\d)*?\b(?:je|jeweils)\b"
)
"""Bodies named before given a sum each by "ihnen" or "sie": "Dafür gibt ihnen der Kreis
jeweils X", "Das Ministerium hatte ihnen dafür jeweils X zur Verfügung gestellt", "Das Land
unterstützt sie dabei mit jeweils X"."""
_THEY_EACH: Final = re.compile(
    r"(?:Sie|Diese|Alle|Beide)[ \t]+(?:erhalten|bekommen|bekamen|erhielten)[ \t]+"
    r"(?:(?:vom|von[ \t]+der|aus[ \t]+dem)[ \t]+[^.;,]{1,60}?[ \t]+)?(?:je|jeweils)\b"
    r"|Jede[rs]?[ \t]+(?:von[ \t]+ihnen|[A-ZÄÖÜ]?[a-zäöüß-]*(?:[Kk]ommune|[Gg]emeinde|[Ss]tadt|"
    r"[Kk]reis|[Aa]mt|[Bb]ezirk))[ \t]+(?:erhält|bekommt|erhielt|bekam|"
    r"(?:kann|konnte|darf|durfte)[ \t]+(?:[^.;]*?[ \t])?mit[ \t](?:[^.;]|\.\d)*\brechnen)\b"
)
"""Bodies named in the sentence before, each receiving a sum: "Sie erhalten jeweils …",
"Beide erhalten vom Land X je …", "Jeder von ihnen erhält …", "Jede Modellkommune kann mit X
Euro rechnen"."""


_FOR_BOTH: Final = re.compile(
    r"\bfür[ \t]+(?:beide|die[ \t]+beiden)\b(?![ \t]+[A-ZÄÖÜ])"
    r"(?=(?:[^.;]|\.\d)*?\b(?:je|jeweils)\b)"
)
"""A sum set aside for each of two bodies the sentence before names: "Die Behörde hat für
beide je X Euro eingeplant" (not "für die beiden Bezirke", a plural that names its kind)."""
_TO_PERSON: Final = re.compile(r"\ban[ \t]+(?:(?:den|die|der)[ \t]+)?(?:[\w-]+[ \t]+){0,3}$")
"""A person a grant is handed to: "an Erste Bürgermeisterin X", "an den Landrat X"."""


def _handed_over(ctx: Context, s: Sentence) -> tuple[tuple[int, Ref] | None, Ref | None] | None:
    """Who hands a grant over and to whom, read from the roles of the persons a sentence
    names ("Digitalminister X übergab einen Förderbescheid über … an Oberbürgermeister Y"):
    the giver's ministry (or government) and the receiver's town, county or office."""
    if ctx.roles is None or ("escheid" not in s.text and "Scheck" not in s.text):
        return None
    if _HANDING.search(s.text) is None:
        return None
    giver: tuple[int, Ref] | None = None
    taker: Ref | None = None
    for m in ctx.index.within(s.start, s.end):
        body = ctx.role_of.get(m.label) if m.cls == "Person" else None
        if body is None:
            continue
        kind = ctx.kind_of.get(body.label)
        if _TO_PERSON.search(ctx.text, max(s.start, m.start - 60), m.start) is not None:
            if kind in (*_RECIPIENTS, "district") and taker is None:
                taker = body
        elif kind in _FUNDERS and giver is None:
            giver = (m.start, body)
    return giver, taker


_COMES: Final = re.compile(
    r"\b(?:kommen|kommt|kam|kamen|stammen|stammt|stammten)\b"
    r"(?=[^.;]*?(?:\b(?:vom|von[ \t]+de[rm])\b|[a-zäöü](?:mitteln|geldern)[ \t]+de[rs]\b))"
)
"""Money said to come from a body ("X Euro kommen vom Landkreis Y", "stammen von der Z", "kommen
aus Lottomitteln der Gesellschaft Y")."""
_TRAINING_VERB: Final = re.compile(
    _OPENING_BODY.replace(
        "{verbs}",
        r"(?:schult|schulte|bildet|bildete|qualifiziert|qualifizierte|will|soll|wird|hat|bietet)",
    )
)
"""A body not found as a name opening a sentence as the subject of a verb of training (or an
auxiliary)."""


_FROM_BODY_NOUN: Final = re.compile(
    r"\b(?:vom|von[ \t]+der|von[ \t]+dem)[ \t]+(?P<noun>Landkreis|Kreis|Stadt|Gemeinde|Bezirk|"
    r"Amt|Markt|Senat|Magistrat|Ministerium|Stiftung|[A-ZÄÖÜ][a-zäöüß]{3,}(?:betrieb|verband|werk"
    r"|verein|zentrum|amt|behörde|gesellschaft|gemeinde|verwaltung))\b(?![ \t]+[A-ZÄÖÜ])"
)
"""A body named again by its head noun after "vom" ("erhält vom Kreis …", "von der
Stiftung", "vom Umweltbetrieb")."""
_COST_SHARE: Final = re.compile(
    r"\bProzent[ \t]+(?:der|ihrer|seiner|aller)[ \t]+(?:\w+[ \t]+)?Kosten\b"
)
"""A share of the costs a body pays ("übernimmt 70 Prozent der Kosten"): money, with no sum."""
_PART_SHARE: Final = re.compile(
    r"\b(?:[Dd]ie[ \t]+Hälfte|[Dd]en[ \t]+(?:Großteil|größten[ \t]+Teil|Löwenanteil)|"
    r"(?:[Ee]in|[Zz]wei)[ \t]+Drittel|(?:[Ee]in|[Dd]rei)[ \t]+Viertel)[ \t]+"
    r"(?:(?:der[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]*k|K)osten|davon)"
    r"(?:[ \t]+|,[ \t]+(?:[^,;.]|\.\d){1,30}?,[ \t]+))?"
    r"(?:übernimmt|übernehmen|übernahm|trägt|tragen|trug|zahlt|zahlen|zahlte)\b"
)
"""A part of the costs a body pays, with no sum: "Die Hälfte übernimmt der Kreis", "Den
größten Teil trägt das Land", "Die Hälfte der Kurskosten trägt X", "Drei Viertel davon trägt Y",
"Die Hälfte davon, X Euro, übernimmt Z"."""
_PART_SHARE_WORDS: Final = ("Hälfte", "Großteil", "größten", "Löwenanteil", "Drittel", "Viertel")
_ALL_COSTS: Final = re.compile(
    r"\b(?:übernimmt|übernehmen|übernahm|übernahmen|trägt|tragen|trug|trugen)[ \t]+"
    r"(?:die|alle|sämtliche)[ \t]+(?:[a-zäöüß]+[ \t]+)?(?:[A-ZÄÖÜ][a-zäöüß]*k|K)osten\b"
)
"""The costs a body pays in full, with no sum ("A und B übernehmen die Kosten für …", "X
übernimmt die Fahrtkosten")."""
_COSTS_FIRST: Final = re.compile(
    r"\b[Dd]ie[ \t]+Kosten[ \t]+(?:dafür[ \t]+|hierfür[ \t]+|(?:der|des|dieser|dieses|"
    r"für[ \t]+(?:die|den|das))[ \t]+(?:[a-zäöüß]+[ \t]+)?[A-ZÄÖÜ][\w-]*[ \t]+)?"
    r"(?:trägt|tragen|trug|trugen|"
    r"übernimmt|übernehmen|übernahm|übernahmen|zahlt|zahlen|zahlte|zahlten)\b"
)
"""The costs named before the verb ("die Kosten (dafür) trägt X", "Die Kosten der Kurse
übernimmt Y"): who pays is named after the verb, in the same clause."""
_COSTS_OF_SUM: Final = re.compile(
    r"[Kk]osten[ \t]+(?:von|in[ \t]+Höhe[ \t]+von)[ \t]+(?:(?:rund|etwa|ca\.|knapp|gut|über|"
    r"mehr[ \t]+als|bis[ \t]+zu|jeweils|je)[ \t]+)?$"
)
"""Costs right before their sum: "Betriebskosten von etwa X Euro"."""
_COST_OF: Final = re.compile(r"\b(?:kostet|kosten|Gesamtkosten|Kosten)\b")
"""What a work costs, before its sum in the clause."""


def _clause_start(ctx: Context, a: Amount) -> int:
    """Where the clause of a sum starts (after the last "; " or ", " before it)."""
    line = ctx.text.rfind("\n", 0, a.start) + 1
    return (
        max(ctx.text.rfind("; ", line, a.start), ctx.text.rfind(", ", line, a.start), line - 1) + 1
    )


_FROM_GOVERNMENT: Final = re.compile(
    r"\b(?:vom|von[ \t]+der|des|dem)[ \t]+(?:Land|Freistaat|Bund)\b"
)
"""A government the sentence names as giver, though perhaps by a name not known ("vom Land
X")."""


_OWNER_OF_WHOLE: Final = re.compile(
    r"\b(?:Teil|Bestandteil|Baustein)[ \t]+(?:des|der|eines|einer)[ \t]+[A-ZÄÖÜ][\w-]*[ \t]+"
    r"(?:des|der)[ \t]+$"
)
"""A government named as the owner of a whole something is part of: "Teil der Agenda des"."""
_STATEMENT: Final = re.compile(r"„[^„“”\s]+(?:[ \t]+[^„“”\s]+){3,}[“”]")
"""A quoted statement: four words or more in quotes (a name has fewer)."""


def _said(s: Sentence, m: Mention) -> bool:
    """Whether a mention stands inside a quoted statement of its sentence."""
    return any(q.start() < m.start - s.start < q.end() for q in _STATEMENT.finditer(s.text))


def _cut_between(ctx: Context, low: int, high: int) -> bool:
    """Whether a clause ends between ``low`` and ``high`` (a comma or semicolon outside a
    name: "Ministerium für Inneres, Bau und X" is one)."""
    return any(
        not ctx.index.overlapping(c.start(), c.start() + 1)
        for c in _CLAUSE_CUT.finditer(ctx.text, low, high)
    )


_RELATIVE: Final = re.compile(
    r",[ \t]+(?:mit|durch|über|aus)[ \t]+(?:der|dem|denen|die|das)[ \t]+[^,]*$"
)
"""A relative clause opened by a preposition: "…, mit der das Land … gefördert hat"."""


def _told_of_whole(text: str, cue: int) -> bool:
    """Whether a cue of funding sits in a relative clause about the whole something is part
    of ("ist Teil der Offensive X, mit der das Land … gefördert hat")."""
    part = PART_OF.search(text, 0, cue)
    return part is not None and _RELATIVE.search(text, part.end(), cue) is not None


def _part_of_targets(s: Sentence, ms: list[Mention], text: str) -> list[Mention]:
    """The wholes a sentence places something in ("Teil des X", "das zur Strategie X gehört"):
    no work funded."""
    targets: list[Mention] = []
    if "gehör" in text:  # "aus ihrem Programm Y, das zur Sportstrategie „X“ gehört"
        for m in ms:
            after = text[m.end - s.start : m.end - s.start + 12]
            if m.cls == "Initiative" and _BELONGS_AFTER.match(after):
                before = text[max(0, m.start - s.start - 40) : m.start - s.start]
                if _TO_BEFORE.search(before):
                    targets.append(m)
    if not any(word in text for word in _PART_OF_WORDS):
        return targets
    for cue in PART_OF.finditer(text):
        whole = _whole_after(s.start + cue.end(), ms)
        if whole is not None:
            targets.append(whole)
    return targets


_BELONGS_AFTER: Final = re.compile(r"[“”\"«]?[ \t]+gehör(?:t|en|te|ten)\b")
_TO_BEFORE: Final = re.compile(r"\bzu[rm][ \t]+(?:[^,;.]*[ \t])?[„“\"»]?$")
"""A whole named between "zur"/"zum" and "gehört" ("das zur Strategie „X“ gehört")."""

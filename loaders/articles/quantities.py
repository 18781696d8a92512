"""Amounts of money and counts of things, in German number formats.

>>> german_number("1.234.567,89"), german_number("1,7"), german_number("3.100")
(1234567.89, 1.7, 3100.0)
>>> [a.json()["min"] for a in amounts("mit mehr als 800.000 Euro")]
[800000.0]
>>> [(c.value, c.qualifier, c.of) for c in counts("rund 1.600 Kommunale Digitallotsen")]
[(1600, 'approximately', 'Kommunale Digitallotsen')]
"""

from __future__ import annotations

import re
from typing import Final

from loaders.articles.findings import Amount, Count
from loaders.articles.lexicon import (
    COUNT_UNITS_EXCLUDED,
    MULTIPLIERS,
    NUMBER_WORD_RE,
    NUMBER_WORDS,
    QUALIFIER_RE,
    QUALIFIERS,
)
from loaders.articles.spans import Intervals

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+(?:,\d+)?"
"""A number: thousands grouped by dots or by (thin, no-break) spaces, or plain digits."""
_MULT = r"Tsd\.|Tausend|Mio\.?|Millionen|Million|Mrd\.?|Milliarden|Milliarde"
_CUR = r"Euro|EUR|€"
_QUALS = rf"(?:(?:{QUALIFIER_RE}|insgesamt|jeweils|je|jedoch|aber|allerdings)\s+)*"
_CURRENCY_RE: Final = re.compile(r"E(?<!\wE)(?:uro|UR)(?!\w)|€")
"""A currency: "Euro" or "EUR" as a word (written to start with its letter, so the engine skips
to it), or "€"."""
# Read backwards from a currency word (amounts are rare, so the text is scanned only for
# the currency): qualifiers, an optional lower bound of a range, the number, the multiplier.
_BEFORE_RE: Final = re.compile(
    rf"(?<![\w.,])(?P<q>(?i:{_QUALS}))(?:(?P<between>zwischen\s+)?"
    rf"(?P<lo>{_NUM}|{NUMBER_WORD_RE})\s*(?:(?P<lomult>{_MULT})\s*)?"
    rf"(?P<to>bis|und|oder|sowie|-|\u2013)\s*)?"
    rf"(?P<num>{_NUM}|{NUMBER_WORD_RE}|(?i:eine[nr]?\s+)?halben?(?=\s+(?:Million|Milliarde)))"
    rf"\s*(?:(?P<mult>{_MULT})\s*)?$"
)
_AFTER_RE: Final = re.compile(rf"\s*(?P<num>{_NUM})\s*(?P<mult>{_MULT})?")
_WINDOW: Final = 90
_PER_RECIPIENT: Final = re.compile(
    r"\b(?:je|jeweils|pro|für jede[nrs]?|jede[rs]?)\b(?!\s+Jahr)", re.IGNORECASE
)
_PER_YEAR: Final = re.compile(
    r"(?=[pji/])(?:\b(?:pro|je|im|jedes)\s+Jahr\b|\bjährlich\b|\bp\.\s?a\.|/Jahr)", re.IGNORECASE
)  # (the look-ahead: the first letters of its words, tested at once)
COUNT_RE: Final = re.compile(
    rf"(?<![\w.,€\[])(?P<q>(?i:(?:(?:{QUALIFIER_RE}|weitere[n]?|insgesamt)\s+)*))"
    rf"(?P<num>\d{{1,3}}(?:\.\d{{3}})+|\d+|{NUMBER_WORD_RE})"
    r"\s+(?P<adj>(?:[a-zäöüß][\wäöüß-]*\s+){0,2})[„“\"]?"
    r"(?P<noun>(?:[A-ZÄÖÜ][\wäöüß]*e\s+)?[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*"
    r"(?:\s+und\s+-[\wäöüß]+)?)"
)
_TARGET: Final = re.compile(r"\b(?:sollen|soll|sollten|geplant|Ziel|angestrebt)\b")
_TARGET_WORDS: Final = ("soll", "geplant", "Ziel", "angestrebt")
"""A part of every match of ``_TARGET`` (a cheap test before the search)."""


def german_number(text: str) -> float:
    """A number written the German way: ``.`` groups thousands, ``,`` marks decimals.

    >>> german_number("eine halbe")
    0.5
    """
    if text.lower().endswith(("halbe", "halben")):
        return 0.5
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return float(word)
    return float(_GROUPING.sub("", text).replace(",", "."))


_GROUPING: Final = re.compile(r"[.\s\u202f]")


_QUALIFIER_WORD_RE: Final = re.compile(rf"(?<!\w)(?:{QUALIFIER_RE})(?!\w)", re.IGNORECASE)


def _qualifier(words: str) -> str:
    """The qualifier the words before a number state (the first one), else ``exact``; "über"
    before another qualifier is a preposition ("Über höchstens X Euro stimmen …": at most X)."""
    m = _QUALIFIER_WORD_RE.search(words)
    if m is not None and m.group().lower() == "über":
        m = _QUALIFIER_WORD_RE.search(words, m.end()) or m
    return "exact" if m is None else QUALIFIERS[m.group().lower()]


def _scaled(number: str, mult: str | None) -> float:
    value = german_number(number) * MULTIPLIERS.get((mult or "").lower(), 1.0)
    return round(value, 2)


def amounts(text: str, offset: int = 0) -> list[Amount]:
    """Every sum of money in ``text`` (offsets shifted by ``offset``)."""
    found = []
    for currency in _CURRENCY_RE.finditer(text):
        low = _after_strangers(text, max(0, currency.start() - _WINDOW), currency.start())
        m = _BEFORE_RE.search(text, low, currency.start())
        if m is not None:
            if m["lo"] and m["to"] in _LISTING and not m["between"]:
                # "10.000, 5.000 und 2.500 Euro": sums listed, each in the unit of the last
                found.extend(_listed(text, m, offset))
                m = _BEFORE_RE.search(text, m.start("num"), currency.start())
                if m is None:  # run-together text where the last sum reads no more
                    continue
            start = m.start()
            # the noun of a sum before "über" ("ein Darlehen über"), searched only near "über"
            of_low, of_high = max(0, start - 140), start + len(m["q"])
            of = (
                _AS_AMOUNT_OF.search(text, of_low, of_high)
                if _OVER.search(text, of_low, of_high)
                else None
            )
            if of is not None:
                # "eine Finanzierungsrunde über 3,5 Mio. Euro": of, not over
                start = of.start("then") if of["then"] else start + len(m["q"])
                m = _BEFORE_RE.search(text, start, currency.start())
                if m is None:
                    continue
            amount = _read(text, m, m.start(), currency.end(), offset)
            bound = _BOUND.search(text, max(0, m.start() - 40), m.start())
            if bound is not None and amount.qualifier == "exact":
                ceiling = not bound.group("bound").startswith(("Unter", "Mindest"))
                amount = _amount(
                    text,
                    m.start(),
                    currency.end(),
                    offset,
                    amount.value or 0.0,
                    None,
                    "up_to" if ceiling else "at_least",
                )
            found.append(amount)
            found.extend(_elliptic(text, currency.end(), found, offset))
            continue
        after = _AFTER_RE.match(text, currency.end())
        if currency.group() != "Euro" and after is not None:
            value = _scaled(after.group("num"), after.group("mult"))
            found.append(_amount(text, currency.start(), after.end(), offset, value, None, "exact"))
    return _bounded(text, found, offset)


_STRANGER: Final = re.compile(r"[^\w\s.,\u2013-]")
"""A character no match of ``_BEFORE_RE`` holds (a quotation mark, a bracket, a colon, …)."""


def _after_strangers(text: str, low: int, high: int) -> int:
    """Where ``_BEFORE_RE``, which ends at ``high``, can start at the earliest: after the last
    character between ``low`` and ``high`` that none of its matches holds (the window shrinks,
    the match found stays the same)."""
    start = low
    for stranger in _STRANGER.finditer(text, low, high):
        start = stranger.end()
    return start


_LISTING: Final = frozenset({"und", "oder", "sowie"})
_LISTED_BEFORE: Final = re.compile(rf"(?:(?<![\w.,])(?:{_NUM})\s*,\s*)+$")
_AS_AMOUNT_OF: Final = re.compile(
    r"(?:runde|scheck|bescheid|vertrag|auftrag|zusage|kredit|darlehen|rechnung|"
    r"vereinbarung|zuwendung|spende|bürgschaft|förderung|finanzierung|investition|"
    r"volumen|budget|etat|preis|gutschein|zuschuss)(?:en|e|s|n)?"
    r"(?:\s+(?:der|des|vom)\s+(?:(?:(?-i:[A-ZÄÖÜ])[\w.-]*|und|für|des|der|von|vom)\s+){1,10}?)?"
    r"\s*über\s+(?:insgesamt\s+)?"
    rf"(?P<then>(?:(?:{QUALIFIER_RE})\s+)*)$",
    re.IGNORECASE,
)
"""A noun of a sum, alone or ending a compound, before "über": the sum it is of ("ein Darlehen
über X Euro", "ein Förderbescheid über (insgesamt) X Euro", "eine Spende der Bank Y über X
Euro", "der Bescheid des Ministeriums für X und Y über X Euro"), not a bound; a qualifier after
"über" is the sum's own ("ein Auftrag über rund X Euro":
about X)."""
_OVER: Final = re.compile("über", re.IGNORECASE)
"""A part of every match of ``_AS_AMOUNT_OF``, read as it reads it (a cheap test first)."""


def _listed(text: str, m: re.Match[str], offset: int) -> list[Amount]:
    """The sums listed before the last one of "A, B und C Euro", in the last one's unit."""
    spans = [(m.start("lo"), m.end("lo"), m["lomult"] or m["mult"])]
    before = _LISTED_BEFORE.search(text, max(0, m.start("lo") - 60), m.start("lo"))
    if before is not None:
        numbers = re.finditer(_NUM, before.group())
        spans = [
            (before.start() + n.start(), before.start() + n.end(), m["mult"]) for n in numbers
        ] + spans
    quals = _qualifier(m["q"])
    return [
        _amount(text, a, b, offset, _scaled(text[a:b], mult), None, quals) for a, b, mult in spans
    ]


_BOUNDS_JOINED: Final = re.compile(r"\s*,?\s*(?:und|bis|aber|jedoch)?\s*$")


def _bounded(text: str, found: list[Amount], offset: int) -> list[Amount]:
    """A floor and a ceiling stated as two sums become one range: "mindestens A Euro und
    maximal B Euro", "zwischen A Euro und B Euro"."""
    merged: list[Amount] = []
    for amount in found:
        last = merged[-1] if merged else None
        if last is not None and _BOUNDS_JOINED.fullmatch(
            text, last.end - offset, amount.start - offset
        ):
            floor = last.qualifier in ("at_least", "more_than") and amount.qualifier in (
                "up_to",
                "less_than",
            )
            between = (
                last.value is not None
                and (amount.value is not None or amount.max is not None)
                and (
                    text[max(0, last.start - offset - 10) : last.start - offset]
                    .rstrip()
                    .endswith("zwischen")
                    or " bis" in text[last.end - offset : amount.start - offset]
                    or (
                        amount.text.startswith("bis")
                        and "," not in text[last.end - offset : amount.start - offset]
                    )
                )
            )  # ("zwischen A Euro und B Euro", "A Euro bis B Euro")
            low = last.value if between or last.min is None else last.min
            high = amount.value if between and amount.value is not None else amount.max
            if (floor or between) and low is not None and high is not None and low < high:
                start, end = last.start - offset, amount.end - offset
                merged[-1] = Amount(
                    last.start,
                    amount.end,
                    text[start:end],
                    None,
                    low,
                    high,
                    "at_least",
                    _scope(text, start, end),
                )
                continue
        merged.append(amount)
    return merged


def _read(text: str, m: re.Match[str], start: int, end: int, offset: int) -> Amount:
    value = _scaled(m.group("num"), m.group("mult"))
    low = m.group("lo")
    if low:
        low_value = _scaled(low, m.group("lomult") or m.group("mult"))
        return _amount(text, start, end, offset, low_value, value, "range")
    return _amount(text, start, end, offset, value, None, _qualifier(m.group("q")))


def _amount(
    text: str,
    start: int,
    end: int,
    offset: int,
    value: float,
    upper: float | None,
    qualifier: str,
) -> Amount:
    stated = text[start:end]
    scope = _scope(text, start, end)
    if qualifier == "range":
        return Amount(start + offset, end + offset, stated, None, value, upper, "at_least", scope)
    lower = value if qualifier in ("more_than", "at_least") else None
    higher = value if qualifier in ("up_to", "less_than") else None
    exact = value if lower is None and higher is None else None
    return Amount(start + offset, end + offset, stated, exact, lower, higher, qualifier, scope)


_BOUND: Final = re.compile(
    r"\b(?P<bound>Obergrenze|Höchstgrenze|Höchstbetrag|Höchstsumme|Deckelung|Untergrenze|"
    r"Mindestbetrag|Mindestsumme)\w*\s+(?:\w+\s+){0,2}(?:bei|von|auf)\s+$"
)
"""A ceiling or a floor stated in words before a sum: "die Obergrenze liegt bei X Euro"."""
_ELLIPTIC: Final = re.compile(
    rf"(?<![\w.,])(?P<q>(?i:{_QUALS}))(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)"
    rf"(?:\s*(?P<mult>{_MULT}))?(?=\s+[a-zäöü]|\s*[,;])"
)
"""A sum without its currency after one with it in the same sentence: "X Euro, davon Y"."""
_SHARE: Final = re.compile(
    r"\b(?:davon|weitere|zusätzlich|restliche\w*|übrige\w*|Rest|Anteil\w*|jeweils|übernimm\w*|"
    r"trägt|tragen|zahl\w*|steuer\w*|bring\w*|sowie|bzw\.|oder|und)\b"
)
"""Words that tie a later number to a sum before it: a share, a further sum, an alternative."""
_SENTENCE_STOP: Final = re.compile(r"[.!?](?:\s|$)|\n")


def _elliptic(text: str, after: int, taken: list[Amount], offset: int) -> list[Amount]:
    """Sums stated without a currency later in the sentence of a sum with one: grouped
    thousands or a multiplier, not followed by a noun (that would be a count)."""
    stop = _SENTENCE_STOP.search(text, after)
    end = len(text) if stop is None else stop.start()
    found = []
    for m in _ELLIPTIC.finditer(text, after, end):
        if "." not in m.group("num") and not m.group("mult"):
            continue
        if _SHARE.search(text, after, m.start()) is None:
            continue  # "X Euro bereit, 1.500 haben sich beworben": a number, not a share
        if any(a.start - offset < m.end() and m.start() < a.end - offset for a in taken):
            continue
        follows = text[m.end() : m.end() + 12].lstrip()
        if _CURRENCY_RE.match(follows) or follows.startswith(("Prozent", "%")):
            continue
        value = _scaled(m.group("num"), m.group("mult"))
        found.append(_amount(text, m.start(), m.end(), offset, value, None, _qualifier(m["q"])))
    return found


_CLAUSE_STOP: Final = re.compile(r"[.;!?]")
_EACH_BEFORE: Final = re.compile(r"\b(?:je|jeweils)\s*$")
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


_EVERY: Final = re.compile(r"\b[Jj]ede[rsmn]?\s+(?:der\s+)?(?:[\wäöüß]+\s+)?[A-ZÄÖÜ]")
"""A recipient each of whom gets the sum: "jede Gemeinde", "jedes kleine Amt"."""


def _every_before(text: str, start: int) -> bool:
    """Whether the sentence of a sum names its recipient with "jede(r, s)" before it.

    >>> [a.scope for a in amounts("Jede Gemeinde erhält jährlich 4.000 Euro.")]
    ['per_recipient']
    """
    low = max(0, start - 200)
    low = max(text.rfind(". ", low, start), text.rfind("\n", low, start), low)
    return text.find("ede", low, start) >= 0 and _EVERY.search(text, low, start) is not None


def _scope(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 40]
    stop = _CLAUSE_STOP.search(after)
    clause_after = after if stop is None else after[: stop.start()]
    stated = text[start:end]
    if _PER_YEAR.search(stated + " " + clause_after):
        return "per_year"
    if _every_before(text, start):
        return "per_recipient"  # "Jede Gemeinde erhält jährlich X Euro": each one's sum
    if _PER_YEAR.search(before[-12:]):
        return "per_year"
    if _PER_RECIPIENT.search(stated) or _PER_RECIPIENT.search(clause_after[:25]):
        return "per_recipient"
    if _EACH_BEFORE.search(before):
        return "per_recipient"
    return "total"


def counts(text: str, offset: int = 0, *, skip: list[tuple[int, int]] | None = None) -> list[Count]:
    """Every stated number of things in ``text``, except inside the ``skip`` spans."""
    found = []
    taken = Intervals(skip or [])
    for m in COUNT_RE.finditer(text):
        number, noun = m.group("num"), m.group("noun")
        start, end = m.start() + offset, m.end() + offset
        if taken.overlaps(start, end):
            continue
        head = noun.split()[-1].strip("-")
        if head in COUNT_UNITS_EXCLUDED or noun.split()[0] in COUNT_UNITS_EXCLUDED:
            continue
        if _YEAR.fullmatch(number):
            continue
        if text[m.end("num") : m.end("num") + 1] == ".":
            continue
        value = int(german_number(number))
        sentence = _sentence_around(text, m.start())
        target = any(w in sentence for w in _TARGET_WORDS) and bool(_TARGET.search(sentence))
        stated = text[m.start() : m.end()]
        found.append(Count(start, end, stated, value, _qualifier(m.group("q")), noun, target))
    return found


def _sentence_around(text: str, index: int) -> str:
    """The sentence (roughly) around ``index``, looking at most 300 characters each way."""
    low = max(0, index - 300)
    left = max(text.rfind(". ", low, index), text.rfind("\n", low, index), low - 1)
    ends = (text.find(". ", index, index + 300), text.find("\n", index, index + 300))
    right = min([p for p in ends if p != -1], default=min(len(text), index + 300))
    return text[left + 1 : right]

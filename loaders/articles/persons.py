"""Persons in their public roles: appositions, role-before-name, copulas, quote attributions.

"X, Präsident des Y", "die Leiterin der Z, X", "X ist neue CIO des Y", "sagte X";
later "Minister X" by surname.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from typing import Final

from loaders.articles.discover import canonical
from loaders.articles.findings import Fact, Mention, Ref
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.given import gender, given_names
from loaders.articles.lexicon import (
    CAP,
    FUNCTION_WORDS,
    ORG_NOUNS,
    PLACE_HEADS,
    ROLE_MODIFIER_RE,
    ROLE_STEMS,
    ROLE_WORD_RE,
    SAYING_VERBS,
    SAYING_VERBS_AT_WORD,
)
from loaders.articles.names import GENITIVE_OF, initials_fit
from loaders.articles.normalise import key, norm, tokenise
from loaders.articles.spans import Intervals, Spans
from loaders.articles.windows import windowed

_LOWER = "a-zäöüßàáâãåæçèéêëìíîï\u0131ñòóôõøùúûýÿăąćčďęěğłńňőœřśşšťůűźżž"
"""Lower-case letters of names, those of other European languages too ("André", a dotless i)."""
_WORD = rf"[A-ZÄÖÜ][{_LOWER}]+(?:-[A-ZÄÖÜ][{_LOWER}]+)?"
NAME: Final = (
    rf"(?P<name>{_WORD}(?:[ \t]+[A-ZÄÖÜ]\.)?(?:[ \t]+(?:von und zu|von der|von|van|de|zu))?"
    rf"[ \t]+{_WORD})(?![\wäöüß])"
)
_MASK, _FILL = "\ue000", "\ue001"
_ROLE_ONE = rf"{_MASK}{_FILL}*"
"""A role phrase ("Stellvertretende Ministerpräsidentin"), masked in the text beforehand:
the patterns below run on a copy of the text in which every role word with its modifiers is
replaced by private-use characters of the same length (see :func:`mask_roles`)."""
_ITEM = rf"(?:[a-zäöü]+(?:en|er|es|e)[ \t]+)?{CAP}"
_ROLE_AT_WORD = rf"{_MASK}(?<![\wäöüß]{_MASK}){_FILL}*"
"""A role phrase that starts a word; the mark comes first, so the pattern is searched for
by its first character (a look-behind before it would make the engine try every position)."""
ROLE: Final = (
    rf"(?P<role>{_ROLE_ONE}(?:[ \t]+und[ \t]+{_ROLE_ONE})?"
    rf"(?:[ \t]+für[ \t]+{_ITEM}(?:(?:,[ \t]*|[ \t]+und[ \t]+){_ITEM})*)?)"
)
_AT_WORD_ROLE = ROLE.replace(_ROLE_ONE, _ROLE_AT_WORD, 1)
"""A look-behind for a word start, then ROLE, written so that the pattern starts with the mark."""
_ROLE_AT: Final = re.compile(ROLE)
"""A role phrase at a masked role's start (``match``)."""
_PREP = r"(?P<prep>[ \t]+(?:des|der|vom|von der|von|beim|bei der|im|in der|am)[ \t]+)"
_ARTICLE = r"(?:(?:der|die|den|dem|des)[ \t]+)?"

_AGE = r"(?:[ \t]+\((?:\d{1,2}|[A-ZÄÖÜa-zäöü][\wäöüß/ .-]{0,24})\))?"
"""An age or a party in brackets after a name: "X (34), Gründer des Y", "X (parteilos),
Bürgermeister von Y"."""
_BY_THE_WAY = (
    r"(?:(?:zugleich|auch|selbst|bisher|inzwischen|mittlerweile|heute|seit[ \t]+(?:\d+[ \t]+)?"
    r"[\wäöüß]+|im[ \t]+(?:Haupt|Neben|Ehren)amt)[ \t]+)?"
)
"""Words between a name's comma and its role: "X, seit 15 Jahren Bürgermeister von Y",
"X, im Hauptamt Bürgermeister der Gemeinde Z", "X, der zugleich Landrat des Kreises W ist",
"X, bisher Beauftragte des Kreises"."""
APPOSITION: Final = re.compile(rf"{NAME}{_AGE},[ \t]+{_ARTICLE}{_BY_THE_WAY}{ROLE}{_PREP}?")
SURNAME_APPOSITION: Final = re.compile(
    rf"(?P<name>{_WORD}),[ \t]+{_ARTICLE}{_BY_THE_WAY}{ROLE}{_PREP}"
)
"""A person named before by full name, now by surname with a role and its body."""
AND_ROLE: Final = re.compile(rf"[ \t]+(?:und|sowie)[ \t]+{_ARTICLE}{ROLE}{_PREP}")
COPULA: Final = re.compile(
    rf"{NAME}[ \t]+(?:ist|wird|bleibt|war|wurde)[ \t]+{_BY_THE_WAY}"
    rf"(?:(?:der|die|zum|zur|als)[ \t]+)?{ROLE}{_PREP}?"
)
"""A name, a copula and a role: "X ist (seit Januar) Leiterin der Y"."""
TITLE: Final = r"(?:(?:Prof\.|Dr\.|Professor(?:in)?)[ \t]+){0,2}"
"""Academic titles before a name; they stay out of the name."""
_ROLE_SHORT = rf"(?:[ \t]+\((?:[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{1,7}}|{_ROLE_ONE})\))?"
"""A role's abbreviation in brackets (a role word itself, masked, or not): "Chief Digital
Officer (CDO) des X"."""
NAME_THEN_ROLE: Final = re.compile(
    rf"(?<![\wäöüß])(?:ist|wird|bleibt|war|wurde)[ \t]+{TITLE}{NAME}[ \t]+{_BY_THE_WAY}"
    rf"(?:(?:der|die|zum|zur|als)[ \t]+)?{ROLE}{_ROLE_SHORT}{_PREP}"
)
"""The copula before the name, after what opens the sentence: "Seit Januar ist X Y Leiterin
der Z", "Zum 1. Februar wird Dr. X Y Chief Digital Officer (CDO) des Z" (a body named)."""
SURNAME_COPULA: Final = re.compile(
    rf"(?P<name>{_WORD})[ \t]+(?:ist|wird|bleibt|war|wurde)[ \t]+{_BY_THE_WAY}"
    rf"(?:(?:der|die|zum|zur|als)[ \t]+)?{ROLE}{_ROLE_SHORT}{_PREP}"
)
"""A person named before, by surname, with a copula and an office in a body: "Y war bisher
Referatsleiterin bei der Z"."""
PRONOUN_COPULA: Final = re.compile(
    rf"(?:(?<=[.!?:][ \t])|(?<=[.!?:][“\"][ \t])|(?<=\n))(?P<name>Sie|Er)[ \t]+"
    rf"(?:ist|wird|bleibt|war|wurde)[ \t]+{_BY_THE_WAY}"
    rf"(?:(?:zuvor|dann|künftig|nun|jetzt|damals|zudem|außerdem)[ \t]+)?"
    rf"(?:(?:der|die|zum|zur|als)[ \t]+)?{ROLE}{_ROLE_SHORT}{_PREP}"
)
"""A person told of just before, as "Sie" or "Er" opening a sentence, with a copula and an
office in a body: "Sie war zuvor Projektleiterin beim Y"."""
_COMPOUND_PROFESSION = (
    r"[A-ZÄÖÜ][a-zäöüß]+(?:ingenieur|informatiker|techniker|ökonom|jurist|architekt|planer)"
    r"(?:in)?(?![\wäöüß-])"
)
"""A profession in a compound before a name ("Vermessungsingenieur X Y", "Stadtplanerin X Y"):
not the person's first name."""
_LISTED = r"(?:,[ \t]+[^,;.\n]{2,60}?[ \t]+und[ \t]+[^,;.\n]{2,60}?)?"
"""The rest of a body's name that lists its remits ("Ministerium für Inneres, Bau und
Digitalisierung"): a comma, then words joined by "und" up to the comma before the name."""
ROLE_FIRST: Final = re.compile(
    rf"{_AT_WORD_ROLE}(?:{_PREP}(?P<orgtext>[^,;.\n]{{3,120}}?{_LISTED}),|,)?"
    rf"[ \t]+(?P<role2>{_ROLE_ONE}[ \t]+)?(?:{_COMPOUND_PROFESSION}[ \t]+)?{TITLE}{NAME}"
    rf"(?P<home>[ \t]+aus[ \t]+{CAP})?"
)
_PROFESSIONS: Final = (
    "Informatiker|Ingenieur|Juristin|Jurist|Ökonom|Politologe|Politologin|Redakteur|"
    "Journalist|Korrespondent|Reporter|Autor|Historiker|Soziologe|Soziologin|Architekt|"
    "Verwaltungswirt|Physiker|Mathematiker|Unternehmer|Designer|Entwickler"
)
_PROFESSION = rf"(?:{_PROFESSIONS})(?:in)?"
"""Professions before a name: they tell a person, not an office in a body."""
ROLE_IS: Final = re.compile(
    rf"{_AT_WORD_ROLE}{_PREP}(?P<orgtext>[^,;.\n]{{3,120}}?)[ \t]+(?:ist|wird|bleibt|war|wurde)"
    rf"[ \t]+(?:(?:der|die)[ \t]+{_PROFESSION}[ \t]+)?{TITLE}{NAME}"
)
TITLED: Final = re.compile(
    rf"(?:(?<![\wäöüß])(?:Prof\.|Dr\.)|(?<![\wäöüß-])(?:{_PROFESSIONS})"
    rf"(?:(?P<plural>innen|nen|en|n)|in)?)[ \t]+"
    rf"(?:(?:Prof\.|Dr\.)[ \t]+)*{NAME}"
)
_FOUNDED = r"(?=[^.;\n]{0,80}?\b(?:gegründet|geleitet|geführt|ins[ \t]+Leben[ \t]+gerufen)\b)"
_TITLED_ANCHOR: Final = re.compile(rf"Prof\.|Dr\.|{_PROFESSIONS}")
"""A part of every match of TITLED (see :func:`windowed`)."""
FOUNDED_BY: Final = re.compile(rf"v(?<![\wäöüß]v)on[ \t]+{TITLE}{NAME}{_FOUNDED}")
"""A person who founded or leads a body: "X wurde 2021 von Y Z gegründet" ("von" at a word
start, written to start with its "v", so the engine skips to that letter)."""
FOUNDED_THEN_BY: Final = re.compile(
    rf"[Gg]egründet[ \t]+(?:wurde|wird|hat|haben|hatte|hatten)[ \t][^.;\n]{{0,80}}?"
    rf"(?<![\wäöüß])von[ \t]+{TITLE}{NAME}"
)
"""The founders told after the verb: "Gegründet hat X damals ein Team von Y Z"."""
INTERVIEWER: Final = re.compile(
    rf"\b(?:Das[ \t]+(?:Gespräch|Interview)[ \t]+führte|Die[ \t]+Fragen[ \t]+stellte)[ \t]+"
    rf"{TITLE}{NAME}"
)
"""Who asked in an interview: "Das Gespräch führte X Y"."""
FOUNDED_IT: Final = re.compile(
    rf"[Gg]egründet[ \t]+(?:haben|hat|hatte|hatten)[ \t]+(?:die|das|den)[ \t]+"
    rf"(?:Firma|Unternehmen|Start-?up)(?:[ \t]+(?:im[ \t]+[A-ZÄÖÜ][a-zäöü]+[ \t]+)?\d{{4}})?"
    rf"[ \t]+{TITLE}{NAME}"
)
"""The founders as the subject after the company: "Gegründet haben die Firma (im Sommer) 2024 A B
und C D"."""
_PLAIN_NAME = rf"{_WORD}(?:[ \t]+(?:von der|von|van|de|zu))?[ \t]+{_WORD}"
FOUNDERS_FIRST: Final = re.compile(
    rf"(?<![\wäöüß-]){NAME}(?=(?:[ \t]+und[ \t]+(?:(?:der|die)[ \t]+[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?"
    rf"{_PLAIN_NAME})?[ \t]+(?:haben|hat|hatten|hatte)[ \t]+(?:(?:das|die|den)[ \t]+"
    rf"(?:junge[n]?[ \t]+)?(?:Start-?up|Unternehmen|Firma)\b|[A-ZÄÖÜ][\wäöüß-]+[ \t])"
    rf"[^.;\n]{{0,60}}?\bgegründet\b)"
)
"""The founders as the subject before the company, meant by a noun or named short: "A B und
C D haben das Start-up 2028 gegründet", "… und die Informatikerin C D haben X gemeinsam
gegründet" (the second one read by :func:`founder_after`)."""
_WHO_CLAUSE: Final = re.compile(r",[ \t]+(?:die|der)[ \t]+[^,;.\n]{1,160},")
"""A relative clause about a founder before the next one ("A B, die zuvor X geleitet hat, und
der Informatiker C D")."""

LED_BY: Final = re.compile(
    rf"(?:Geleitet|Geführt)[ \t]+(?:wird|wurde)[ \t]+(?P<body>[^.;:\n]{{3,80}}?)[ \t]+"
    rf"(?:seit[ \t]+[\wäöüß]+[ \t]+)?von[ \t]+(?P<article>der[ \t]+|dem[ \t]+)?"
    rf"(?:(?:{_PROFESSION})[ \t]+)?{TITLE}{NAME}"
)
"""Who leads a body, told in the passive: "Geleitet wird die Agentur von Dr. X Y"."""
LED_BY_CLAUSE: Final = re.compile(
    rf",[ \t]+(?:die|der|das)[ \t]+(?:seit[ \t]+[\wäöüß]+[ \t]+)?von[ \t]+"
    rf"(?P<article>der[ \t]+|dem[ \t]+)?(?:(?:{_PROFESSION})[ \t]+)?{TITLE}{NAME}[ \t]+"
    rf"(?:geleitet|geführt)[ \t]+(?:wird|wurde)"
)
"""The same in a relative clause after the body: "die Stabsstelle X, die seit Mai von Y Z
geleitet wird"."""
LEADS_CLAUSE: Final = re.compile(
    rf"{NAME}{_AGE},[ \t]+(?P<who>der|die)[ \t]+"
    rf"(?:(?:seit|bereits|schon)[ \t]+(?:[\wäöüß]+[ \t]+){{1,2}}?)?(?:das|die|den)[ \t]+"
    rf"(?P<body>[^,;.\n]{{3,80}}?)[ \t]+(?:seit[ \t]+[\wäöüß]+[ \t]+)?(?:leitet|führt)(?![\wäöüß])"
)
"""Who leads a body, told in a relative clause after the name: "X Y, die das Amt Z leitet",
"X Y, der seit elf Jahren das Schiedsamt Z führt"."""
LED_IN_CLAUSE: Final = re.compile(
    rf",[ \t]+(?P<pronoun>die|den|das)[ \t]+{TITLE}{NAME}[ \t]+(?:seit[ \t]+[\wäöüß.]+[ \t]+)?"
    rf"(?:leitet|leitete)(?![\wäöüß])"
)
"""A body led by the person of a relative clause after it: "…, die X Y leitet"."""
_VERB_GAP: Final = re.compile(r"(?:[ \t]+[a-zäöüß]+){0,2}")
"""At most two lower-case words (a verb, a participle) between a body and a relative clause."""
_GENDER_PRONOUN: Final = {"f": "die", "n": "das", "m": "den"}
"""The relative pronoun of a noun's gender as the object of "leitet"."""
_FEMININE_ENDS: Final = (
    "stelle", "ung", "ion", "ei", "heit", "keit", "schaft", "behörde", "stadt", "gemeinde",
    "agentur", "kammer", "akademie", "aufsicht", "zentrale", "verwaltung", "einrichtung",
)  # fmt: skip
_NEUTER_ENDS: Final = (
    "amt", "referat", "büro", "zentrum", "werk", "institut", "dezernat", "ministerium",
    "team", "labor", "projekt", "netzwerk", "forum",
)  # fmt: skip


def _noun_gender(noun: str) -> str:
    """A German noun's gender read from how it ends: "f", "n", else "m"."""
    low = noun.lower()
    return "f" if low.endswith(_FEMININE_ENDS) else "n" if low.endswith(_NEUTER_ENDS) else "m"


_NOT_LED: Final = ("state", "federation", "ministry")
"""Bodies no relative clause about someone leading them is told of in the text's sense."""
_LEADS: Final = re.compile("leitet|führt")
"""A part of every match of LEADS_CLAUSE (see :func:`windowed`)."""
_WHEN = (
    r"(?:(?:seit(?:[ \t]+[\wäöüß.]+){1,3}|bereits|schon|nun|jetzt|derzeit|künftig|dann|bisher"
    r"|kommissarisch|zudem|außerdem)[ \t]+){0,2}"
)
"""Words of time between "leitet" and what is led: "leitet seit dem 1. Juli die …"."""
_LED: Final = re.compile(r"(?:[a-zäöüß][\wäöüß-]*[ \t]+){0,3}")
"""Adjectives before the name of what is led: "den neu gegründeten Fachdienst X"."""
LEADS_NAMED: Final = re.compile(
    rf"(?<![\wäöüß])leitete?[ \t]+{TITLE}{NAME}[ \t]+{_WHEN}(?:den|die|das)[ \t]+"
)
"""The verb before the name: "Seit einem Jahr leitet X Y die Stabsstelle Z"."""
NAME_LEADS: Final = re.compile(rf"{NAME}[ \t]+leitete?[ \t]+{_WHEN}(?:den|die|das)[ \t]+")
"""The name before the verb: "X Y leitet seit 2021 das Amt Z"."""
SURNAME_LEADS: Final = re.compile(
    rf"(?P<name>{_WORD})[ \t]+leitete?[ \t]+{_WHEN}(?:den|die|das)[ \t]+"
)
"""A person named before, by surname: "Y leitete bisher die Stabsstelle Z"."""
PRONOUN_LEADS: Final = re.compile(
    rf"(?:(?<=[.!?:][ \t])|(?<=[.!?:][“\"][ \t])|(?<=\n))(?P<name>Sie|Er)[ \t]+leitete?[ \t]+"
    rf"{_WHEN}(?:den|die|das)[ \t]+"
)
"""A person told of just before, as "Sie" or "Er" opening a sentence: "Sie leitet derzeit
das Referat Z"."""
_FEMALE_ROLES: Final = ("in", "frau", "te")
_MALE_ROLES: Final = ("er", "or", "mann")


def _genders(roles: Iterable[str]) -> tuple[bool, bool]:
    """Whether any of ``roles`` is a woman's title ("Leiterin", "Beauftragte"), and whether any
    is a man's ("Leiter", "Direktor")."""
    told = list(roles)
    return (
        any(r.endswith(_FEMALE_ROLES) for r in told),
        any(r.endswith(_MALE_ROLES) for r in told),
    )


def _may_hold(name: str, role: str) -> bool:
    """Whether a person of this name may hold a role of this title: not "Sven X" a
    "Stadträtin", nor "Anke X" a "Stadtrat" (a given name of both genders, or none known, may
    hold either)."""
    female, male = _genders([role])
    given = gender(name)
    return not given or not (female or male) or (female and "f" in given) or (male and "m" in given)


_LEADS_VERB: Final = re.compile("leitet")
"""A part of every match of the four patterns above (see :func:`windowed`)."""
COLLEAGUE: Final = re.compile(
    rf"(?:Ihr|Sein)[ \t]+Amtskolleg(?:(?P<female>in)|e)[ \t]+(?:aus|in|von)[ \t]+"
    rf"(?P<town>[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*),[ \t]+{TITLE}{NAME}(?=,)"
)
"""A colleague in the same office elsewhere, named without a title: "Ihr Amtskollege aus X,
Y Z, …" (read in the masked text, so that a title after the comma is no name)."""
_UNIT_HEAD: Final = re.compile(
    r"[A-ZÄÖÜ][\wäöüß-]*(?:stelle|amt|referat|abteilung|dezernat|zentrum|agentur|büro)"
    r"(?![\wäöüß])"
)
"""A noun of a unit or an office, the head of a body led by someone."""
_OPENING_NOUN: Final = re.compile(
    r"[ \t\n]*(?:Der|Die|Das)[ \t]+(?:[a-zäöü]+e[nrs]?[ \t]+)?(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})\b"
)
"""A sentence opening with a noun of what it is about: "Die neue Stelle …"."""
AND_NAME: Final = re.compile(rf"[ \t]+und[ \t]+{TITLE}{NAME}")
"""A name after another: "von X und Y gegründet"."""
"""A name after an academic title or a profession ("Dr. X Y", "der Informatiker X Y",
"Von unserer Redakteurin X Y"): a person; after a plural ("den Informatikern X Y und Z W")
the name after "und" too."""
"""The copula the other way round: "Geschäftsführerin der Agentur ist Dr. X"."""
ROLE_IS_NAMED: Final = re.compile(
    rf"{_AT_WORD_ROLE}[ \t]+(?:ist|wird|bleibt|war)[ \t]+(?:(?:der|die)[ \t]+"
    rf"(?:{_PROFESSION}[ \t]+)?)?{TITLE}{NAME}"
)
"""A role, a copula and a name, no body named: "Geschäftsführerin ist die Juristin X Y" (the
body of the role's kind named before)."""
ELECTED_TO: Final = re.compile(
    rf"\bZu[mr][ \t]+{ROLE}[ \t]+(?:wählte|wählten|bestimmte|bestimmten|ernannte|ernannten)"
    rf"[ \t]+(?:der|die|das)[ \t]+[A-ZÄÖÜ][\wäöüß-]+[ \t]+(?:{_ROLE_ONE}[ \t]+)?{TITLE}{NAME}"
)
"""A role one was elected to: "Zum Vorsteher wählte die Versammlung X Y", also past another
title of the one elected ("… die Versammlung Landrätin X Y")."""
_FOUNDER = rf"(?P<article>(?:der|dem|den)[ \t]+)(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?{TITLE}{NAME}"
FOUNDED_BY_ONE: Final = re.compile(rf"v(?<![\wäöüß]v)on[ \t]+{_FOUNDER}")
"""A founder with a profession after "von": "… wurde 2023 von der Ingenieurin X Y (und dem
Juristen Z W) gegründet", "Gegründet wurde das Start-up von dem Informatiker X Y"."""
AND_FOUNDER: Final = re.compile(rf"[ \t]+und[ \t]+{_FOUNDER}")
_FOUNDING: Final = re.compile(r"\b(?:[Gg]egründet)\b")
_COMPANY_WORD: Final = re.compile(r"\b(?:Start-?up|Unternehmen|Firma|Es|es)\b")
"""A company meant without its name ("das Start-up", "Es wurde … gegründet")."""
_FOUNDERS: Final = ("Gründer", "Gründerin")
"""The roles of founders read from "von X gegründet"."""


def founder_after(text: str, at: int) -> re.Match[str] | None:
    """The next founder named after one ending at ``at``: "und (dem Informatiker) C D", also
    past a relative clause about the first."""
    clause = _WHO_CLAUSE.match(text, at)
    for start in (at,) if clause is None else (at, clause.end()):
        more = AND_FOUNDER.match(text, start) or AND_NAME.match(text, start)
        if more is not None:
            return more
    return None


_COMPANY_MEANT: Final = re.compile(r"\b(?:Start-?up|Unternehmen|Firma)\b")
"""A company meant by a noun in a sentence: it goes on about the one named before."""
_RELATIVE_CLAUSE: Final = re.compile(
    r",[ \t]+(?:(?:in|an|bei|mit|von|zu|für|aus|über|unter|nach)[ \t]+)?"
    r"(?:dem|der|denen|den|die|das|dessen|deren)[ \t]+"
)
"""The start of a relative clause (", in dem …", ", die …")."""
POSSESSIVE: Final = re.compile(
    rf"(?:S(?<!\wS)(?:ein|eine)|I(?<!\wI)(?:hr|hre)|[Dd](?<!\w[Dd])(?:essen|eren)"
    rf"|(?<=;[ \t])(?:seine?|ihre?))[ \t]+{ROLE},?"
    rf"[ \t]+(?:(?:der|die)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+|{_ROLE_ONE}[^,;.\n]{{0,60}},[ \t]+))?"
    rf"{TITLE}{NAME}"
)
"""A role of the body named just before: "Sein Präsident, X", also with another role in
between ("Ihre Vorsitzende, die Landrätin des Kreises Y, X"), or after a semicolon ("…
hat der Verein X mitgewählt; seine Sprecherin Y …")."""
_AS: Final = r"(?:als|zum|zur)[ \t]+(?:[a-zäöüß]+[ \t]+)?"
"""What tells the role in a clause: "als CTO", "zum ersten Vorsitzenden"."""
_WHO_AS: Final = (
    rf"{_AGE}(?:[ \t]+[a-zäöüß]+){{0,2}},[ \t]+(?:der|die)[ \t]+"
    rf"(?:[\wäöüß-]+[ \t]+){{0,4}}?{_AS}{ROLE}{_PREP}?"
)
RELATIVE: Final = re.compile(rf"{NAME}{_WHO_AS}")
"""A role told in a relative clause after a name: "X, die seit Mai als CTO das Team führt",
"mit X aufgebaut, der als technischer Leiter tätig ist", "X, der zum Vorsitzenden bestimmt
wurde"."""
SURNAME_RELATIVE: Final = re.compile(rf"(?P<name>{_WORD}){_WHO_AS}")
"""The same after a surname: "Y, der inzwischen als technischer Leiter tätig ist"."""
SURNAME_AS: Final = re.compile(
    rf"(?P<name>{_WORD})[ \t]+[a-zäöüß]+[ \t]+(?:[a-zäöüß]+[ \t]+){{0,2}}?{_AS}{ROLE}{_PREP}?"
)
"""A person named before, by surname, with a verb and a role: "Y führt seit Mai als
technische Leiterin …"."""
ROLE_AGAIN: Final = re.compile(rf"(?:Der|Die)[ \t]+{ROLE}[ \t]+(?=[a-zäöüß])")
"""A role opening a sentence as its subject ("Die Landrätin leitet …"): the person the sentence
before names, when it names one."""
AS_ROLE_FIRST: Final = re.compile(
    rf"A(?<![\wäöüß]A)ls[ \t]+{ROLE}[ \t]+(?:hat|haben|hatte|hatten|wurde|wird)[ \t]+"
    rf"[^.;:\n]{{0,60}}?{TITLE}{NAME}[ \t]+(?:berufen|gewählt|ernannt|bestellt|bestätigt)"
)
"""A person appointed to a role told first: "Als Geschäftsführerin hat der Rat X Y berufen"."""
TEACHES: Final = re.compile(
    rf"P(?<![\wäöüß]P)(?:rof\.|rofessor(?:in)?)[ \t]+(?:Dr\.[ \t]+)?{NAME}{_AGE},[ \t]+"
    rf"(?P<who>der|die)[ \t]+(?P<clause>(?:[\wäöüß.-]+[ \t]+){{0,9}}?)"
    rf"(?:lehrt|forscht|führt|leitet)\b"
)
"""A professor told by a clause of teaching or leading: "Prof. Dr. X, der dort Statik lehrt"
(at the university named before), "…, die an der Hochschule Y forscht", "…, die an der
Hochschule Z das Labor für W führt"."""
TEAM_AROUND: Final = re.compile(
    rf"\bTeam[ \t]+um[ \t]+(?:(?P<who>den|die)[ \t]+(?:[A-ZÄÖÜ][a-zäöüß]+[ \t]+)?)?"
    rf"(?:Prof\.|Professor(?P<female>in)?)[ \t]+(?:Dr\.[ \t]+)?{NAME}"
)
"""A professor leading research: "ein Team um die Informatikerin Prof. X", "ein Team um
Professorin Y" (at the university named before, else the one the text names)."""
_AS_BEFORE: Final = re.compile(rf"{_AS}\Z")
"""What a role told in a clause opens with, right before the role (searched up to the role):
every match of the patterns of :data:`_CLAUSES` has its role right after it, so only such
roles need their surroundings read."""
_CLAUSES: Final = (RELATIVE, SURNAME_RELATIVE, SURNAME_AS)
"""Roles told in a clause: kept only with a body."""
_NOUN_AGAIN: Final = re.compile(r"(?:der|die|das|den|dem|des)[ \t]+([A-ZÄÖÜ][\wäöüß-]+)")
"""A body named again by its noun in a sentence ("das Unternehmen")."""
AFFILIATION: Final = re.compile(rf"{NAME}[ \t]+(?:vom|von der|von|aus dem)[ \t]+")
SAID: Final = re.compile(rf"{SAYING_VERBS_AT_WORD}[ \t]+{TITLE}{NAME}")
"""A saying verb and a name ("sagte X Y"); the verb at a word start, written to start with its
first letter (so the engine skips to those letters)."""
GIVEN: Final = re.compile(rf"[A-ZÄÖÜ](?<![\wäöüß.-][A-ZÄÖÜ])[{_LOWER}]+(?=[- \t])")
"""A capitalised word not after a word, a stop or a hyphen (written to start with its
capital): a person's name begins here when the word is a given name (:func:`given_names`)."""
_NAME_AT: Final = re.compile(NAME)
_BODY_AFTER: Final = re.compile(rf"[ \t]+(?=[A-ZÄÖÜ])(?i:[\wäöüß-]*(?:{ORG_NOUNS}))")
"""A body's noun right after a name: the name is part of the body's ("X Y Universität")."""
_AND_SURNAME: Final = re.compile(rf"[ \t]+{_WORD}(?![\wäöüß])")
"""The surname after a second given name ("Hans Peter Müller")."""
SURNAME: Final = re.compile(rf"{_AT_WORD_ROLE}[ \t]+(?P<surname>{_WORD})(?![\wäöüß])")
_AFFILIATION_WORD: Final = re.compile(r"[ \t](?:vom|von|aus dem)[ \t]")
_CAP_WORD: Final = re.compile(r"[A-ZÄÖÜ](?<![\wäöüß][A-ZÄÖÜ])[\wäöüß-]*")
"""A capitalised word (no word character before it), written to start with the capital so
the engine skips to capitals."""
_ROLE_WORD: Final = re.compile(ROLE_WORD_RE)
_MODIFIER: Final = re.compile(ROLE_MODIFIER_RE)
_MINISTER: Final = re.compile(r"(\w*)[Mm]inister(?:in)?(?:[ \t]+(für[ \t]+.+))?$")
_CHIEF: Final = re.compile(r"(?<![\wäöüß])Chief [A-Z]\w+ Officer(?![\wäöüß])")


@lru_cache(maxsize=65536)
def _is_role_word(word: str) -> bool:
    return _ROLE_WORD.fullmatch(word) is not None


@lru_cache(maxsize=65536)
def _is_modifier(word: str) -> bool:
    return _MODIFIER.fullmatch(word) is not None


def mask_roles(text: str) -> str:
    """See :func:`masked_roles`; the text only."""
    return masked_roles(text)[0]


_UPPER: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def _role_word_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the capitalised words that are role words, in text order: the distinct
    words are tested (``findall`` reads the text in C), then found again by ``str.find``.
    The same as testing each match of ``_CAP_WORD`` in turn, only faster."""
    if len(text) > 200_000:  # long texts: no reading back over long runs of hyphenated words
        return [m.span() for m in _CAP_WORD.finditer(text) if _is_role_word(m.group())]
    roles = [w for w in set(_CAP_WORD.findall(text)) if _is_role_word(w)]
    spans = []
    for word in roles:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _cap_word_at(text, at, end):
                spans.append((at, end))
            at = text.find(word, at + 1)
    spans.sort()
    return spans


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _cap_word_at(text: str, at: int, end: int) -> bool:
    """Whether ``_CAP_WORD.finditer`` has a match exactly at ``at:end``: nothing of a word
    goes on after it, and no capitalised word started earlier runs into it over hyphens."""
    if end < len(text) and (_word_char(text[end]) or text[end] == "-"):
        return False
    if at == 0:
        return True
    if _word_char(text[at - 1]):
        return False
    if text[at - 1] != "-":
        return True
    first = at - 1
    while first > 0 and (_word_char(text[first - 1]) or text[first - 1] == "-"):
        first -= 1
    return not any(
        text[i] in _UPPER and (i == first or text[i - 1] == "-") for i in range(first, at)
    )


def masked_roles(text: str) -> tuple[str, list[int]]:
    """``text`` with each role phrase (modifiers, then a role word) replaced by private-use
    characters of the same length, so offsets stay and patterns need not test every word
    against the role vocabulary.

    >>> mask_roles("die Stv. Ministerpräsidentin X") == "die " + "\ue000" + "\ue001" * 23 + " X"
    True

    Also returns where the masked phrases start.
    """
    spans = _role_word_spans(text)
    if "Chief " in text:
        spans += [m.span() for m in _CHIEF.finditer(text)]
    if not spans:
        return text, []
    masked: list[tuple[int, int]] = []
    for start, end in spans:
        while True:
            gap = start
            while gap > 0 and text[gap - 1] in " \t":
                gap -= 1
            word = gap
            while word > 0 and not text[word - 1].isspace():
                word -= 1
            if gap == start or word == gap or not _is_modifier(text[word:gap]):
                break
            if word > 0 and (text[word - 1].isalnum() or text[word - 1] in "_"):
                break
            start = word
        masked.append((start, end))
    starts = sorted(start for start, _ in masked)
    if all(a[1] <= b[0] for a, b in pairwise(masked)):
        # in order, none overlapping (as good as always): the text between them, and masks
        pieces: list[str] = []
        done = 0
        for start, end in masked:
            pieces += [text[done:start], _MASK, _FILL * (end - start - 1)]
            done = end
        pieces.append(text[done:])
        return "".join(pieces), starts
    chars = list(text)  # later phrases overwrite earlier ones where they overlap
    for start, end in masked:
        chars[start:end] = _MASK + _FILL * (end - start - 1)
    return "".join(chars), starts


def near(
    pattern: re.Pattern[str],
    anchors: list[int],
    text: str,
    *,
    before: int = 120,
    after: int = 400,
    needs: re.Pattern[str] | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` where every match contains one of the ``anchors`` (sorted
    positions) and starts at most ``before`` characters before it; only the text near the
    anchors is read. ``needs``: a pattern every match contains, so that a window without it
    is not searched."""
    done = 0
    for at in anchors:
        if at < done:
            continue
        low, high = max(done, at - before), min(len(text), at + after)
        if needs is not None and needs.search(text, low, high) is None:
            continue
        m = pattern.search(text, low, high)
        if m is not None and m.end() >= high - 1:
            m = pattern.search(text, low)  # it reached the window's end: read on
        if m is not None and m.start() <= at:
            done = max(m.end(), m.start() + 1)
            yield m


_COPULAS: Final = re.compile("ist|wird|bleibt|war|wurde")
"""Every match of COPULA and ROLE_IS contains one of these."""
_COPULA_ROLE: Final = re.compile(
    rf"(?:ist|wird|bleibt|war|wurde)[ \t]+{_BY_THE_WAY}(?:(?:der|die|zum|zur|als)[ \t]+)?{_MASK}"
)
"""A copula right before a role: every match of COPULA contains one."""
_COMMA_ROLE: Final = re.compile(rf",[ \t]+{_ARTICLE}{_BY_THE_WAY}{_MASK}")
"""A role in apposition after a comma: every match of APPOSITION and SURNAME_APPOSITION
contains one."""
_COMPANY_NOUN: Final = re.compile(r"(?:Unternehmen|Firma|Start-?ups?)s?")
_TOWN: Final = re.compile(rf"{CAP}(?=[ \t]*[,.;:)]|[ \t]+[a-zäöü])")
"""A town's name after "von", before punctuation or a lower-case word."""
_GENERIC_KINDS: Final = {
    "kreis": ("county",),
    "landkreis": ("county",),
    "stadt": ("city", "municipality"),
    "gemeinde": ("municipality", "city"),
    "verband": ("municipal_association", "special_purpose_association", "association"),
    "zweckverband": ("special_purpose_association",),
    "hochschule": ("university",),
    "universität": ("university",),
    "ministerium": ("ministry",),
    "bezirk": ("district",),
    "verein": ("association",),
    "stiftung": ("foundation",),
    "agentur": ("agency",),
}
"""Head nouns that name a body again by its kind ("des Verbandes": the association named)."""


@lru_cache(maxsize=256)
def _named_by_noun(noun: str) -> re.Pattern[str]:
    """A noun of a kind of body, then its name: capitalised words or a quoted name."""
    return re.compile(
        rf"(?<![\wäöüß-]){re.escape(noun)}[ \t]+(?:„(?P<quoted>[^“”\n]{{2,60}})“|"
        rf"(?P<name>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+[A-ZÄÖÜ][\wäöüß-]+){{0,3}}))"
    )


_UNIT_ENDS: Final = ("amt", "referat", "dezernat", "bauhof", "betriebshof", "bürgerbüro")
"""Ends of the nouns of a local body's units ("Ordnungsamt", "Rechtsreferat", "Bauhof")."""
_UNIT_COMPOUND: Final = re.compile(
    r"(?P<unit>[A-ZÄÖÜ][a-zäöüß]*(?:amt|referat)|Bauhof|Betriebshof|Bürgerbüro)s?"
    r"(?:leiter|chef)(?:in)?"
)
"""A unit's head by a compound of the unit's noun: "Ordnungsamtsleiterin", "Bauhofleiter"."""


_LED_UNIT: Final = re.compile(
    r"(?P<unit>[A-ZÄÖÜ][a-zäöüß]*(?:amt|referat|dezernat|abteilung|aufsicht|stelle|büro|bauhof|"
    r"behörde))"
    r"(?![\wäöüß-])(?![ \t]+(?:[A-ZÄÖÜ]|des\b|der\b|im\b|in\b|beim\b|bei\b|am\b))"
)
"""A unit's noun alone, no name and no owner after it: "(leitet die) Heimaufsicht" (not "das
Referat des Verbands X", whose owner is told)."""


_UNIT_OWNERS: Final = (
    "Stadt", "Hansestadt", "Gemeinde", "Verbandsgemeinde", "Samtgemeinde", "Landkreis", "Kreis",
)  # fmt: skip
"""Heads of the towns and counties whose units are named by their noun alone (not a
Bezirksamt's "Fachamt", which has a name of its own the text may leave out)."""


def _unit_label(noun: str, body: str) -> str | None:
    """The name of a local body's unit named by its noun alone: "Ordnungsamts" of the
    "Landkreis X" is the "Ordnungsamt des Landkreises X" (None for a body of another kind)."""
    head, _, rest = body.partition(" ")
    if head not in _UNIT_OWNERS or not rest:
        return None
    of = GENITIVE_OF[head]
    return f"{_nominative_unit(noun)} {of} {rest}"


def _nominative_unit(noun: str) -> str:
    """A unit's noun without its genitive ending ("Ordnungsamts", "Ordnungsamtes")."""
    if noun.endswith(("amtes", "amts", "referats", "dezernats", "bauhofs", "betriebshofs")):
        return noun.removesuffix("s").removesuffix("e") if noun.endswith("es") else noun[:-1]
    return noun


_NOT_UNITS: Final = frozenset({"Bezirksamt", "Ortsamt", "Landratsamt", "Bundesamt", "Landesamt"})
"""Offices that are bodies of their own, not units of the town named last."""


_GENITIVE_HEADS: Final = (
    "amt",
    "verband",
    "verein",
    "institut",
    "ministerium",
    "zentrum",
    "referat",
    "dezernat",
    "bereich",
    "büro",
    "werk",
    "rat",
    "tag",
    "kreis",
    "bund",
    "betrieb",
)
"""Nouns of bodies whose genitive ending a body's label drops ("des Amtes für X")."""


def _body_label(text: str) -> str:
    """The label of a body a role names in the genitive: "Amtes für X" → "Amt für X", "neuen
    Stabsstelle X" → "Stabsstelle X"."""
    adjective = _ADJECTIVE.match(text)
    label = canonical(text[adjective.end() :] if adjective else text)
    first, _, rest = label.partition(" ")
    for ending in ("es", "s"):
        head = first[: -len(ending)]
        if first.endswith(ending) and head.lower().endswith(_GENITIVE_HEADS):
            return f"{head} {rest}".rstrip()
    return label


def _uninflected(noun: str) -> list[str]:
    """A noun and its forms without a genitive ending: "Kreises" → "Kreises", "Kreise",
    "Kreis"."""
    forms = [noun]
    if noun.endswith("es"):
        forms.append(noun[:-1])
        forms.append(noun[:-2])
    elif noun.endswith("s"):
        forms.append(noun[:-1])
    return forms


_CITY_STATE_OFFICE: Final = re.compile(
    rf"(?:Behörde|Senatsverwaltung)[ \t]+für[ \t]+{_ITEM}(?:(?:,[ \t]*|[ \t]+und[ \t]+){_ITEM})*"
)
"""A city state's ministry by its noun and remit: "Behörde für X und Y"."""
_PARENT: Final = re.compile(
    rf"[ \t]+(?:im|in[ \t]+der|der|des|beim)[ \t]+{CAP}(?:[ \t]+(?:an[ \t]+der[ \t]+)?{CAP})?"
)
"""The body a unit belongs to, named right after it: "im Landratsamt Y", "der Stadt Z"."""
_QUOTED_NAME: Final = re.compile(r"[ \t]+„([^“”\n]{2,60})“")
"""A name in quotes right after a body's noun: "der Initiative „X“"."""
_ADJECTIVE: Final = re.compile(r"[a-zäöü]+(?:en|er|es|e)[ \t]+(?=[A-ZÄÖÜ])")
"""A lower-case adjective before a body's name ("der neuen Stabsstelle X")."""
_TAIL: Final = re.compile(rf"{CAP}(?:[ \t]+(?:(?:für|der|des)[ \t]+)?{CAP}){{0,4}}")
"""A body named after a role without being found as a mention: "Amtes für X der Stadt Y"."""


def _is_local_office(role: str) -> bool:
    last = role.split()[-1].lower()
    return "bürgermeister" in last or "landr" in last


_PLACE_ER: Final = re.compile(r"(?<![\wäöüß])([A-ZÄÖÜ][a-zäöüß]+)er[ \t]+$")
"""A place's -er adjective right before a role ("Xer Bezirksamtsleiterin")."""
_GENITIVE_NAME: Final = re.compile(r"(?<![\wäöüß-])([A-ZÄÖÜ][\wäöüß-]+)(?:s|'|\u2019)[ \t]+$")
"""A name in the genitive right before a role ("Xs Bürgermeisterin", "Y' Landrat")."""
_FROM_BEFORE: Final = re.compile(r"\baus[ \t]+([A-ZÄÖÜ][\wäöüß-]+),[ \t]+$")
"""A home named before a role: "Ihr Kollege aus Y, Landrat X"."""
_HOME_IN_BRACKETS: Final = re.compile(
    r"[ \t]+\(([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*(?:[ \t][A-ZÄÖÜ][a-zäöüß]+)?)\)"
)
"""A home in brackets after a mayor's or a Landrat's name ("Landrat X (Y)"), not a party's
acronym."""
_GROUPS_IN_BRACKETS: Final = frozenset(
    {"Grüne", "Grünen", "Linke", "Linken", "Freie Wähler", "Piraten", "Parteilos", "Einzelbewerber"}
)
"""Parties and groups in brackets that are written as words, not acronyms."""
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|\s)")
"""A stop before a blank, or a line break (starting with the class of its first character)."""
_ABBREVIATION: Final = re.compile(
    r"(?:(?<![\wäöüß])(?:Dr|Prof|St|Nr|bzw|ca|Mio|Mrd|[A-Za-zÄÖÜäöü])|(?<![\d.])\d{1,2})\.$"
)
"""A full stop that ends an abbreviation, a single letter or a number ("Prof. Dr. X", "e. V.",
"am 3. Mai"), not a sentence."""
_COUNCIL: Final = re.compile(
    r"[ \t]+(?:im|in[ \t]+der)[ \t]+(?:Kreistag|Stadtrat|Gemeinderat|Rat|Landtag|Bundestag|"
    r"Bezirkstag|Regionalversammlung|Bezirksverordnetenversammlung|Bürgerschaft)\b.*$"
)
"""Where a group sits ("der Fraktion X im Kreistag"): the body is the group."""
_FORMER: Final = re.compile(
    r"(?<![\wäöüß])(?:[Ff]rüher|[Ee]hemalig|[Ee]instig|[Vv]ormalig)e[nmrs]?"
    r"(?:[ \t]+(?:[A-ZÄÖÜ][^ \t,.;]*|[a-zäöü]+e[nmrs]?)){1,3}$"
)
"""A role told as one held before ("der frühere Landrat", "ehemalige Ministerin"; not the
adverb: "Früher musste Bürgermeister X …")."""
_OF_BODY: Final = re.compile(
    r"[ \t]+(?:vom|von[ \t]+der|von|aus[ \t]+dem|aus[ \t]+der|beim|bei[ \t]+der)[ \t]+"
)
"""What joins a name to its body after a role before the name: "Geschäftsführerin X von Y"."""
_KIND_AFTER: Final = re.compile(r"(?P<noun>[A-ZÄÖÜ][a-zäöüß]{3,})(?![\wäöüß-])(?![ \t]+[A-ZÄÖÜ])")
"""A body named again by its kind alone after a person's name ("vom Verband")."""
_WHO_IN: Final = re.compile(r",[ \t]+(?:die|der)[ \t]+(?:im|in[ \t]+der|beim|bei[ \t]+der)[ \t]+")
"""A relative clause after a name that places the person in a body."""
_BODY_ENDS: Final = (
    "amt",
    "ämter",
    "stelle",
    "ministerium",
    "verwaltung",
    "rat",
    "tag",
    "verband",
    "referat",
    "zentrum",
    "behörde",
    "büro",
    "dezernat",
    "abteilung",
)
"""Ends of nouns of bodies one works in ("im Bürgeramt", "beim Landkreistag")."""
_REMIT_GAP: Final = re.compile(
    r"[ \t]+[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]+und[ \t]+[A-ZÄÖÜ][\wäöüß-]+)?"
    r"[ \t]+(?:bei|beim|an|am|im)[ \t]"
)
"""A remit without "für" between a role and the body it is held in: "Leiterin Digitalisierung
bei der Stadt Y"."""
_ORG_NOUN: Final = re.compile(ORG_NOUNS)
"""A part of a word that names a kind of body ("hochschule", "institut", "amt")."""
_AT_BODY: Final = re.compile(
    r"[^,;.\n]{0,60}?[ \t](?:bei[ \t]+der|bei[ \t]+dem|beim|an[ \t]+der|an[ \t]+dem|am)[ \t]+"
)
"""What stands between a role's remit and the body it is held in ("… für X an der ")."""
_DATELINE: Final = re.compile(
    r"^(?P<place>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t]am[ \t][A-ZÄÖÜ]\w+)?)"
    r"(?:/(?P<second>[A-ZÄÖÜ][\wäöüß-]+(?:[ \t][A-ZÄÖÜ][\wäöüß-]+)?))?"
    r",[ \t]+(?:den[ \t]+)?\d{1,2}\.",
    re.M,
)
"""The place a press release is dated from, at the start of a line: "X, 3. Mai 2026", "X/Y,
3. Mai 2026" (two places)."""
_OFFICE_KINDS: Final = (
    ("ratsmitglied", ("council",)),
    ("verbandsbürgermeister", ("municipality",)),  # a Verbandsgemeinde's, not an association's
    ("verbandsgemeindebürgermeister", ("municipality",)),
    ("minister", ("ministry",)),
    ("staatssekretär", ("ministry",)),
    ("staatsr", ("ministry",)),
    ("senator", ("ministry",)),
    ("technische", ("company", "startup")),
    ("firmenchef", ("company", "startup")),
    ("rathauschef", ("city", "municipality")),
    ("oberbürgermeister", ("city",)),
    ("kreischef", ("county",)),
    ("vereins", ("association",)),
    ("gründer", ("company", "startup")),
    ("stadtr", ("city",)),
    ("gemeinder", ("municipality", "city")),
    ("kreisr", ("county",)),
    ("bezirks", ("district",)),
    ("verbands", ("special_purpose_association", "municipal_association")),
    (
        "geschäftsführer",
        (
            "company",
            "startup",
            "municipal_association",
            "association",
            "special_purpose_association",
        ),
    ),
    ("vorstandsvorsitz", ("company", "startup")),
    ("ceo", ("company", "startup")),
    ("cto", ("company", "startup")),
    ("professor", ("university",)),
    ("direktor", ()),
    ("konrektor", ("training_provider", "public_body")),
    ("schulleiter", ("training_provider", "public_body")),
    ("rektor", ("university",)),
    ("kursleit", ("adult_education", "training_provider")),
    ("dekan", ("university",)),
    ("dezernent", ("city", "municipality", "county")),
    ("beigeordnete", ("city", "municipality", "county", "municipal_association")),
    ("kämmer", ("city", "municipality", "county")),
    ("landrat", ("county",)),
    ("landrätin", ("county",)),
    ("bürgermeister", ("city", "municipality")),
    ("vorsitzend", ("association", "committee", "council")),
)
"""The kinds of body an office is held in, by a part of its title ("Landrätin" → a county,
"Mitgründerin" → a company, "technischer Leiter" → a company, "Rektorin" → a university, not
a "Direktor", "Konrektorin" → a school, "Vorsitzende" → an association, committee or council;
see :func:`_office_kinds`)."""


@lru_cache(maxsize=4096)
def _office_kinds(role: str) -> tuple[str, ...] | None:
    """The kinds of body of the first title of a role that tells one ("Mitgründerin und
    Produktchefin": a founder's company; "Staatssekretärin für X und Y": a ministry)."""
    for part in role.split(" für ")[0].split(" und "):
        low = part.lower()
        kinds = next((k for stem, k in _OFFICE_KINDS if stem in low), None)
        if kinds:  # (none for a "Direktor": no "Rektor")
            word = low.split()[-1]
            local = next((k for first, k in _LOCAL_PREFIXES if word.startswith(first)), kinds)
            return tuple(k for k in kinds if k in local) or kinds  # "Kreiskämmerer": a county's
    first = role.split()[0].lower() if role.split() else ""
    # "Stadtwahlleiter", "Kreisbrandmeisterin": an office of the local body its title opens with
    return next((k for start, k in _LOCAL_PREFIXES if first.startswith(start)), None)


_LOCAL_PREFIXES: Final = (
    ("kreis", ("county",)),
    ("stadt", ("city",)),
    ("gemeinde", ("municipality",)),
    ("bezirk", ("district",)),
)
"""First parts of a title that name the kind of local body it is held in."""


_LEGAL_WORDS: Final = frozenset(["gmbh", "ag", "ug", "se", "kg", "mbh", "ggmbh"])
_KIND_HEADS: Final = (
    ("adult_education", ("volkshochschul",)),
    ("university", ("hochschul", "universitaet")),
    ("ministry", ("ministeri",)),
    ("special_purpose_association", ("zweckverband", "verbund")),
    ("council", ("gemeinderat", "stadtrat", "kreistag", "ortsrat", "stadtverordnetenversammlung")),
)
"""Kinds of body told by a part of their name, for bodies found without a kind."""


@lru_cache(maxsize=4096)
def _label_kind(label: str) -> str | None:
    """The kind a body's name tells: a legal form, else a head of :data:`_KIND_HEADS`."""
    words = key(label).split()
    if any(w in _LEGAL_WORDS for w in words):
        return "company"
    return next((k for k, heads in _KIND_HEADS if any(h in w for w in words for h in heads)), None)


_INVESTOR: Final = re.compile(
    r"[Bb]eteiligung|[Kk]apital|Capital|Invest|Venture|[Ff]onds(?![\wäöüß])|[Bb]ank(?![\wäöüß])"
)
"""Words of a company's name that tell an investor or a lender ("Gründerkapital AG")."""
_CHAIR: Final = re.compile(r"(?:[Vv]orsitzende|[Ss]precher)(?:in|r)?$")
"""Titles of those who speak for a body of any kind ("Vorsitzender", "Sprecherin")."""
_PRONOUN_OPENING: Final = re.compile(r"[ \t\n]*(?:Er|Sie|Es)[ \t]")
"""A sentence opening with a pronoun: it goes on about what the one before told of."""
_OPENING_ARTICLE: Final = re.compile(r"[ \t\n]*(?:Der|Die|Das)[ \t]+")
"""The article a sentence opens with."""
_CLUB: Final = re.compile(r"Verein(?:s|es)?[ \t]+„([^“”\n]{2,60})“")
"""A club named in quotes after its noun: "der Verein „X Y“"."""
_REGISTERED: Final = re.compile(r"(?<![\wäöüß])e\.[ \t]?V\.?$")
"""The end of a registered association's name: "X e. V."."""


def _kind_of(m: Mention) -> str | None:
    """A body's kind; for a body found without one, the kind its name tells ("Technische
    Hochschule X" → a university, "X Software GmbH" → a company); a registered association
    ("X e. V.") is an association, whatever its legal form made of it."""
    if _REGISTERED.search(m.label):
        return "association"
    if m.kind == "public_body":  # "Ostbayerische Technische Hochschule X": a university
        return _label_kind(m.label) or m.kind
    return m.kind or _label_kind(m.label)


_NOUN_ENDINGS: Final = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "ität",
    "stelle",
    "tag",
    "ium",
    "amt",
    "verband",
    "rat",
    "stadt",
    "kreis",
    "gemeinde",
    "programm",
    "projekt",
    "ismus",
)


@dataclass
class PersonFinder:
    """Finds persons and their roles in one text, given the mentions found so far."""

    text: str
    mentions: list[Mention]
    gazetteer: Gazetteer
    people: dict[str, Mention] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.index = Spans(self.mentions)
        self.seen: set[tuple[Ref, Ref | None, int]] = set()
        self.masked = self.text
        self.roles: list[int] = []
        self.after_comma: list[int] = []
        """Roles with a comma shortly before: only they can follow a name in apposition."""
        self.as_roles: list[int] = []
        """Roles right after "als", "zum" or "zur": only they can be told in a clause."""
        self._state_keys: list[str] | None = None
        self.unit: str | None = None
        """The unit of a body a role is held in, when the body is the unit's town or county
        (set by :meth:`_unit_of`)."""
        self.guessed: set[Fact] = set()
        """Facts whose body was guessed from the role's title (:meth:`_office_of`)."""
        self.guess = False
        """Whether the body of the role read last was guessed (set by :meth:`_office_of`)."""
        self.founded: set[Fact] = set()
        """Founders read from "von X (und Y) gegründet" without an article: they give way to
        another office told of them in the same company."""
        self._text_keys: set[str] | None = None
        """The matching keys of the text's words, read when first needed."""
        self._units: dict[str | None, Mention] | None = None
        """The first unit mention of each entity, read when first needed (:meth:`_as_told`)."""

    def run(self) -> tuple[list[Mention], list[Fact]]:
        """Person mentions (new ones) and role facts."""
        for known in self.mentions:
            if known.cls == "Person" and known.entity is not None:
                self.people.setdefault(known.label, known)
        masked, self.roles = masked_roles(self.text)
        self.masked = masked
        after_comma = [at for at in self.roles if "," in masked[max(0, at - 60) : at]]
        self.after_comma = after_comma
        for m in near(APPOSITION, after_comma, masked, needs=_COMMA_ROLE):
            self._role(m, m.start(), m.end("role"))
        for m in near(COPULA, self.roles, masked, needs=_COPULA_ROLE):
            self._role(m, m.start(), m.end("role"))
        for m in near(NAME_THEN_ROLE, self.roles, masked, needs=_COPULAS):
            self._role(m, m.start(), m.end("role"))
        for m in near(ROLE_FIRST, self.roles, masked):
            self._role(m, m.start("role"), m.end())
        for m in near(ROLE_IS, self.roles, masked, needs=_COPULAS):
            self._role(m, m.start("role"), m.end())
        for m in near(ROLE_IS_NAMED, self.roles, masked, needs=_COPULAS):
            self._role(m, m.start("role"), m.end())
        for m in near(ELECTED_TO, self.roles, masked) if "Zu" in masked else ():
            self._role(m, m.start(), m.end())
        possessive = ("Sein", "Ihr", "Dessen", "Deren", "dessen", "deren", "; sein", "; ihr")
        for m in (
            near(POSSESSIVE, self.roles, masked) if any(w in masked for w in possessive) else ()
        ):
            self._role(m, m.start(), m.end())
        self.as_roles = [at for at in self.roles if _AS_BEFORE.search(masked, max(0, at - 60), at)]
        for m in near(RELATIVE, self.as_roles, masked):
            self._role(m, m.start(), m.end("role"))
        for m in near(AS_ROLE_FIRST, self.roles, masked) if "Als " in masked else ():
            self._role(m, m.start(), m.end())
        for m in TEACHES.finditer(self.text) if "Prof" in self.text else ():
            self._teaches(m)
        for m in TEAM_AROUND.finditer(self.text) if "Team um" in self.text else ():
            self._team_around(m)
        for m in SAID.finditer(self.text):
            self._person(m.start("name"), m.end("name"))
        for m in windowed(TITLED, _TITLED_ANCHOR, self.text):
            self._person(m.start("name"), m.end("name"), by_role=True)
            more = AND_NAME.match(self.text, m.end("name")) if m.group("plural") else None
            if more is not None:  # "den Informatikern X Y und Z W": both
                self._person(more.start("name"), more.end("name"), by_role=True)
        names = given_names()
        for m in GIVEN.finditer(self.text):
            if m.group().partition("-")[0] in names:  # (most capitalised words are no names)
                self._given_named(m)
        led = "Geleitet " in self.text or "Geführt " in self.text
        for m in LED_BY.finditer(self.text) if led else ():
            self._led_by(m)
        for m in LED_BY_CLAUSE.finditer(self.text) if "eleitet w" in self.text else ():
            self._led_by_clause(m)
        leads = "leitet" in self.text or "führt" in self.text
        for m in windowed(LEADS_CLAUSE, _LEADS, self.text) if leads else ():
            self._leads(m)
        for m in windowed(LEADS_NAMED, _LEADS_VERB, self.text) if "leitet" in self.text else ():
            person = self._person(m.start("name"), m.end("name"), by_role=True)
            if person is not None:  # a person even when what is led is no body found
                self._leads_body(m, person)
        for m in windowed(NAME_LEADS, _LEADS_VERB, self.text) if "leitet" in self.text else ():
            # the name before the verb only of a person told of otherwise: the word before
            # "leitet" may be what is led ("Die Übungen leitet das Unternehmen X")
            name = " ".join(m.group("name").split())
            what = self._led(m) or self._led_unit(m)
            if what is not None and any(p.label == name for p in self.people.values()):
                person = self._person(m.start("name"), m.end("name"), by_role=True)
                if person is not None:
                    self._leads_body(m, person)
        for m in windowed(LED_IN_CLAUSE, _LEADS_VERB, self.text) if "leitet" in self.text else ():
            self._led_in_clause(m)
        for m in INTERVIEWER.finditer(self.text) if "Gespräch" in self.text else ():
            self._person(m.start("name"), m.end("name"))  # "Das Gespräch führte X Y."
        for m in COLLEAGUE.finditer(masked) if "Amtskolleg" in self.text else ():
            self._colleague(m)
        founded = "egründet" in self.text
        for m in (
            (
                *FOUNDED_THEN_BY.finditer(self.text),
                *FOUNDED_IT.finditer(self.text),
                *FOUNDERS_FIRST.finditer(self.text),
            )
            if founded
            else ()
        ):
            self._person(m.start("name"), m.end("name"))
            more = founder_after(self.text, m.end("name"))
            if more is not None:
                self._person(more.start("name"), more.end("name"))
            self._founders(m)  # "Gegründet wurde die X GmbH von Y und Z": its founders
        for m in FOUNDED_BY_ONE.finditer(self.text) if "egründet" in self.text else ():
            self._founders(m)
        for m in FOUNDED_BY.finditer(self.text) if "von " in self.text else ():
            self._person(m.start("name"), m.end("name"))
            more = AND_NAME.match(self.text, m.end("name"))
            if more is not None:
                self._person(more.start("name"), more.end("name"))
            if founded:  # "Das Start-up wurde 2021 von X Y gegründet": its founder
                self._founders(m)
        links = [m.start() for m in _AFFILIATION_WORD.finditer(self.text)]
        for m in near(AFFILIATION, links, self.text):
            self._affiliation(m)
        for m in near(ROLE_AGAIN, self.roles, masked):
            self._role_again(m)
        before = set(self.mentions)
        new = [p for p in self.people.values() if p not in before]
        by_surname = self._by_surname()
        if self.founded:  # "von X gegründet … Geschäftsführer X": the office told, not the act
            held = {(f.subject, f.object) for f in self.facts if f not in self.founded}
            self.facts = [
                f for f in self.facts if f not in self.founded or (f.subject, f.object) not in held
            ]
        return new + by_surname, self.facts

    def _given_named(self, m: re.Match[str]) -> None:
        """A person named by a given name (``m``) and a surname, with no title or role."""
        names = given_names()
        name = _NAME_AT.match(self.text, m.start())
        if name is None or self.text.startswith("-", name.end()):
            return  # "X-Y-Schule": a name of something else
        if any(x.cls != "Person" for x in self.index.overlapping(m.start() - 2, m.start() - 1)):
            return  # "die Hochschule Brandenburg X Y": a body's name goes on with a person's
        if _BODY_AFTER.match(self.text, name.end()):
            return  # "die X von Y Universität": a body named after someone
        end = name.end()
        if name.group().split()[-1] in names:  # "Hans Peter Müller"
            more = _AND_SURNAME.match(self.text, end)
            end = more.end() if more is not None else end
        self._person(m.start(), end)

    def _founders(self, m: re.Match[str]) -> None:
        """ "X wurde 2023 von der Ingenieurin A B und dem Juristen C D gegründet",
        "Gegründet wurde X von …": each founder holds a role in the company the sentence
        names, else the company told of."""
        start = self._sentence_start(m.start())
        end = self.text.find(".", m.end())
        end = len(self.text) if end < 0 else end
        if _FOUNDING.search(self.text, start, end) is None:
            return
        firms = ("company", "startup")
        inside = [x for x in self.index.within(start, end) if _kind_of(x) in firms]
        body = inside[0] if inside else None
        if body is None and _COMPANY_WORD.search(self.text, start, end) is not None:
            body = self._company_before(m.start(), lambda x: _kind_of(x) in firms)
        if body is None:  # "… haben Parkwerk 2028 gegründet": the company by its first word
            named = self._company_before(m.start(), lambda x: _kind_of(x) in firms)
            short = None if named is None else named.label.split()[0]
            if short and re.search(rf"\b{re.escape(short)}\b", self.text[start:end]):
                body = named
        if body is None:
            return  # founded by people, but what: a company must be named or meant
        ref = Ref(body.label, body.entity, body.cls)
        found = [m]
        # "von X und Y", "von den Informatikern X und Y", "von der A, die …, und dem B"
        more = founder_after(self.text, m.end("name"))
        if more is not None:
            found.append(more)
        for one in found:
            person = self._person(one.start("name"), one.end("name"), by_role=True)
            if person is None:
                continue
            article = (one.groupdict().get("article") or "").strip()
            woman = article == "der" or (not article and gender(person.label) == "f")
            role = "Gründerin" if woman else "Gründer"
            subject = Ref(person.label, person.entity, "Person")
            if m.re is not FOUNDED_BY_ONE and any(
                f.subject == subject and f.object == ref for f in self.facts
            ):
                continue  # her office in the company is told (as "Gründerin und …") elsewhere
            fact = Fact(start, end, "holds_role", subject, ref, 0.6, role=role)
            self._keep(fact)
            if m.re is not FOUNDED_BY_ONE:
                self.founded.add(fact)

    def _team_around(self, m: re.Match[str]) -> None:
        """ "ein Team um den Informatiker Prof. X": a professor at the university named last
        before, else at the one university the text names."""
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        body = self.index.last_before(m.start(), lambda x: _kind_of(x) == "university")
        if body is None:
            named = {x.label: x for x in self.mentions if _kind_of(x) == "university"}
            body = next(iter(named.values())) if len(named) == 1 else None
        if body is None:
            return
        male = m.group("who") == "den" if m.group("who") else not m.group("female")
        self._professor(m, person, body, male=male)

    def _teaches(self, m: re.Match[str]) -> None:
        """ "Prof. Dr. X, der dort Statik lehrt": a professor at the university the clause
        names, or ("dort") the one named last."""
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        inside = self.index.within(m.start("clause"), m.end())
        body = next((x for x in inside if x.cls == "Organisation"), None)
        if body is None and m.group("clause").startswith("dort "):
            body = self.index.last_before(
                m.start(), lambda x: x.cls == "Organisation" and _kind_of(x) == "university"
            )
        if body is None:
            return
        self._professor(m, person, body, male=m.group("who") == "der")

    def _professor(self, m: re.Match[str], person: Mention, body: Mention, *, male: bool) -> None:
        """``person`` is a professor at ``body``, as the passage ``m`` tells."""
        subject = Ref(person.label, person.entity, "Person")
        ref = Ref(body.label, body.entity, body.cls)
        role = "Professor" if male else "Professorin"
        self._keep(Fact(m.start(), m.end(), "holds_role", subject, ref, 0.6, role=role))

    def _led_by(self, m: re.Match[str]) -> None:
        """ "Geleitet wird die Agentur von X Y": X Y leads the body named there, or the body the
        noun names again ("die Agentur" after "Digitalagentur Z")."""
        inside = [x for x in self.index.within(*m.span("body")) if x.cls == "Organisation"]
        body: Ref | None = None
        if inside:
            body = Ref(inside[-1].label, inside[-1].entity, inside[-1].cls)
        else:
            noun = _NOUN_AGAIN.fullmatch(m.group("body"))
            body = None if noun is None else self._named_before(noun.group(1), m.start())
        if body is None and m.group("body") in ("sie", "er", "es"):
            body = self._subject_before(m.start())  # "Die neue Stelle … Geleitet wird sie"
        if body is not None:
            self._leader(m, body, m.start())

    def _subject_before(self, at: int) -> Ref | None:
        """The body or work the sentence before ``at`` opens with by its head noun ("Die neue
        Stelle wird …": the "…stelle X" named last before)."""
        start = self._sentence_start(self._sentence_start(at) - 1)
        opening = _OPENING_NOUN.match(self.text, start)
        if opening is None:
            return None
        head = norm(opening.group("noun"))
        found = self.index.last_before(
            start,
            lambda x: (
                x.cls in ("Organisation", "Initiative")
                and any(w.endswith(head) for w in key(x.label).split())
            ),
        )
        return None if found is None else Ref(found.label, found.entity, found.cls)

    def _led_by_clause(self, m: re.Match[str]) -> None:
        """ "…, die seit Mai von X Y geleitet wird": X Y leads the unit the clause before
        names first ("die neue Stabsstelle Z im Rathaus"), as a body found or by its words."""
        start = self._sentence_start(m.start())
        head = _UNIT_HEAD.search(self.text, start, m.start())
        if head is None:
            return
        found = next(
            (x for x in self.index.starting(head.start(), head.start()) if x.cls == "Organisation"),
            None,
        )
        if found is not None:
            body = Ref(found.label, found.entity, found.cls)
        else:
            tail = _TAIL.match(self.text, head.start(), m.start())
            if tail is None:
                return
            body = Ref(_body_label(tail.group()), None, "Organisation")
        self._leader(m, body, head.start())

    def _colleague(self, m: re.Match[str]) -> None:
        """ "Xs Bürgermeisterin A B. Ihr Amtskollege aus Y, C D, …": C D holds the office told
        last before (for his or her gender) in the body of Y of the same kind ("Gemeinde Y")."""
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        told = [f for f in self.facts if f.end <= m.start() and f.object is not None]
        if person is None or not told or not told[-1].role:
            return
        before = max(told, key=lambda f: f.start)
        role = before.role or ""
        if m.group("female") and not role.endswith("in"):
            role += "in"
        elif not m.group("female") and role.endswith("in"):
            role = role[:-2]
        town = m.group("town")
        head = (before.object.label if before.object else "").split()[0]
        label = f"{head} {town}" if head in PLACE_HEADS else town
        subject = Ref(person.label, person.entity, "Person")
        body = Ref(label, None, "Organisation")
        self._keep(Fact(m.start(), m.end(), "holds_role", subject, body, 0.6, role=role))

    def _leads(self, m: re.Match[str]) -> None:
        """ "X Y, die das Amt Z leitet": the Leiterin of the body the clause names, or of the
        one named before by the clause's noun ("…, der die Akademie leitet"); the person even
        when what is led is no body found."""
        self._person(m.start("name"), m.end("name"), by_role=True)
        inside = [x for x in self.index.within(*m.span("body")) if x.cls == "Organisation"]
        if inside:
            body: Ref | None = Ref(inside[0].label, inside[0].entity, inside[0].cls)
        else:
            noun = _CAP_WORD.fullmatch(m.group("body"))
            body = None if noun is None else self._named_before(noun.group(), m.start())
            if body is None:  # "…, der die Betreuungsbehörde seit 2026 leitet": the county's
                body = self._led_unit(m, m.start("body"))
        if body is None:
            return
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        role = "Leiterin" if m.group("who") == "die" else "Leiter"
        subject = Ref(person.label, person.entity, "Person")
        self._keep(Fact(m.start(), m.end(), "holds_role", subject, body, 0.6, role=role))

    def _led_in_clause(self, m: re.Match[str]) -> None:
        """ "die Stabsstelle Z, die X Y leitet": the body right before the relative pronoun
        is led by the person the clause names."""
        body = self.index.last_before(m.start() + 1, lambda x: x.cls == "Organisation")
        if body is None or body.kind in _NOT_LED or body.end > m.start():
            return
        if not _VERB_GAP.fullmatch(self.text, body.end, m.start()):
            return  # a body further back is not what the clause is about
        if _GENDER_PRONOUN.get(_noun_gender(body.text.split()[0])) != m.group("pronoun"):
            return  # "des Kreises, das X leitet": the neuter noun before it, not the county
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        subject = Ref(person.label, person.entity, "Person")
        given = gender(person.label)
        role = "Leiterin" if given == "f" else "Leiter" if given == "m" else "Leitung"
        led = Ref(body.label, body.entity, body.cls)
        fact = Fact(body.start, m.end(), "holds_role", subject, led, 0.6, role=role)
        self._keep(fact)

    def _led(self, m: re.Match[str]) -> Mention | None:
        """The body named right after the article that ends ``m`` (past adjectives)."""
        at = _LED.match(self.text, m.end())
        start = m.end() if at is None else at.end()
        return next(
            (x for x in self.index.starting(start, start + 1) if x.cls == "Organisation"), None
        )

    def _leads_body(self, m: re.Match[str], person: Mention, pronoun: str = "") -> None:
        """ "X Y leitet (seit Mai) die Stabsstelle Z": the person leads the body named right
        after the article (past adjectives), or the unit of the town or county named last that
        a unit's noun names ("leitet die Heimaufsicht"); a Leiterin or a Leiter when the
        pronoun, the roles told of the person or the given name say which, else the office's
        "Leitung"."""
        body: Mention | Ref | None = self._led(m)
        if body is None:
            body = self._led_unit(m)
        if body is None:
            return  # "leitet die Sitzung": no body
        subject = Ref(person.label, person.entity, "Person")
        female, male = _genders(f.role for f in self.facts if f.subject == subject and f.role)
        given = gender(person.label)
        if pronoun == "Sie" or female or (not male and given == "f"):
            role = "Leiterin"
        elif pronoun == "Er" or male or given == "m":
            role = "Leiter"
        else:
            role = "Leitung"
        ref = Ref(body.label, body.entity, body.cls)
        if any(f.subject == subject and f.object == ref for f in self.facts):
            return  # an office in that body told already
        end = body.end if isinstance(body, Mention) else m.end()
        self._keep(Fact(m.start(), end, "holds_role", subject, ref, 0.6, role=role))

    def _led_unit(self, m: re.Match[str], at: int | None = None) -> Ref | None:
        """The unit a unit's noun right after the article that ends ``m`` (or at ``at``)
        names: the "Heimaufsicht" of the county named last before."""
        start = m.end() if at is None else at
        noun = _LED_UNIT.match(self.text, start)
        if noun is None or self.index.overlapping(start, noun.end()):
            return None
        body = self.index.last_before(
            m.start(),
            lambda x: (
                x.cls == "Organisation" and x.kind in ("city", "municipality", "county", "district")
            ),
        )
        if body is None:
            return None
        unit = noun.group("unit")
        if " " not in body.label and body.label.endswith(("kreis", "-Kreis")):
            return Ref(f"{unit} des {body.label}es", None, "Organisation")  # "des X-Kreises"
        label = _unit_label(unit, body.label)
        return None if label is None else Ref(label, None, "Organisation")

    def _leader(self, m: re.Match[str], body: Ref, start: int) -> None:
        """The person ``m`` names leads ``body`` ("von der X Y": a Leiterin), told from
        ``start``."""
        person = self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        role = "Leiterin" if (m.group("article") or "").strip() == "der" else "Leiter"
        subject = Ref(person.label, person.entity, "Person")
        self._keep(Fact(start, m.end(), "holds_role", subject, body, 0.6, role=role))

    def _role_again(self, m: re.Match[str]) -> None:
        """ "… meint X Y. Die Landrätin leitet …": the role of the one person the sentence before
        names, when no role of that person and no one else's role of that title is told yet."""
        at = m.start()
        if at == 0 or self._sentence_start(at + 1) != at:
            return
        previous = self._sentence_start(at - 1)
        named = {p.label: p for p in self.people.values() if previous <= p.start < at}
        if len(named) != 1:
            return
        (person,) = named.values()
        subject = Ref(person.label, person.entity, "Person")
        role = " ".join(self._group(m, "role").split())
        if not _may_hold(person.label, role):
            return  # "… fragte Sven X. Die Stadträtin …": someone else
        if any(f.subject == subject or f.role == role for f in self.facts):
            return  # told before, or "Der Landrat" is the Landrat named before
        body = (
            self._ministry_of(role)
            or self._prefixed_body(role, at)
            or self._office_of(role, at)
            or _office(role)
        )
        if body is not None:
            self._keep(
                Fact(person.start, m.end("role"), "holds_role", subject, body, 0.6, role=role)
            )

    def _surname_role(self, m: re.Match[str], person: Mention) -> None:
        """ "sagt Gründerin und Geschäftsführerin X": the office of a person named before."""
        role = " ".join(self._group(m, "role").split())
        at = m.start()
        body = (
            self._ministry_of(role)
            or self._prefixed_body(role, at)
            or self._owner_before(at, role)
            or self._office_of(role, at)
        )
        if body is None:
            return
        subject = Ref(person.label, person.entity, "Person")
        if any(f.subject == subject and f.object == body and f.role == role for f in self.facts):
            return  # told before with the full name: a reminder, not news (another office is)
        if "ründer" in role:  # "Gründerin und Geschäftsführerin Y": "von X Y gegründet" said so
            self.facts = [
                f
                for f in self.facts
                if not (f.subject == subject and f.object == body and f.role in _FOUNDERS)
            ]
        self._keep(Fact(at, person.end, "holds_role", subject, body, 0.6, role=role))

    def _meant_by(self, pronoun: str, at: int, also: list[Mention]) -> Mention | None:
        """The person a sentence opening with "Sie" or "Er" at ``at`` goes on about: the one
        named last in the sentence before, unless the roles told of them are of the other
        gender ("Er" after a "Leiterin")."""
        since = self._sentence_start(max(0, self._sentence_start(at) - 1))
        told = [p for p in (*self.people.values(), *also) if since <= p.start and p.end <= at]
        if not told:
            return None
        person = max(told, key=lambda p: p.end)
        female, male = _genders(
            f.role for f in self.facts if f.subject.label == person.label and f.role
        )
        if not (female or male):  # no title tells: the given name may
            female, male = "f" in gender(person.label), "m" in gender(person.label)
        if (pronoun == "Sie" and male and not female) or (pronoun == "Er" and female and not male):
            return None
        return person

    def _surnames(self) -> dict[str, Mention]:
        surnames: dict[str, Mention] = {}
        for person in self.people.values():
            surnames.setdefault(person.label.split()[-1], person)
        return surnames

    def _person(self, start: int, end: int, *, by_role: bool = False) -> Mention | None:
        name = self.text[start:end]
        if not _looks_like_name(name, by_role=by_role) or self._inside_other(start, end):
            return None
        for known in self.index.starting(start, start):
            if known.cls == "Person" and known.end == end:
                return known
        entry = self.gazetteer.lookup(name)
        if entry is not None and entry.cls != "Person":
            return None
        surname = self.gazetteer.lookup(name.split()[-1])
        if entry is None and surname is not None and surname.cls != "Person":
            return None  # "Kreis Xland": the graph knows the last word as a place
        entity = entry.entity if entry is not None else None
        label = entry.label if entry is not None else " ".join(name.split())
        mention = Mention(start, end, name, label, "Person", entity, None, 0.8)
        existing = self.people.get(label)
        if existing is not None and existing.start == start:
            return existing
        self.people[f"{label}@{start}"] = mention
        return mention

    def _inside_other(self, start: int, end: int) -> bool:
        return any(m.cls != "Person" for m in self.index.overlapping(start, end))

    def _role(self, m: re.Match[str], start: int, end: int, person: Mention | None = None) -> None:
        if _FORMER.search(self.text, max(0, m.start("role") - 24), m.end("role")):
            self._person(m.start("name"), m.end("name"), by_role=True)
            return  # "dem früheren Bankvorstand X": a role no longer held
        role = re.sub(
            r"^(?:[Nn]eue[rn]?|[Dd]esignierte[rn]?)\s+",
            "",
            " ".join(self._group(m, "role").split()),
        )
        if m.re is ELECTED_TO and role.endswith("nden"):  # "Zum Vorsitzenden": "Vorsitzender"
            role = role[:-1] + ("r" if self.text.startswith("Zum", m.start()) else "")
        self.unit = None
        self.guess = False
        org, org_end = self._organisation(m, role)
        if org is None and (m.re in _CLAUSES or m.re is POSSESSIVE):
            return  # "X, die als Beraterin arbeitet": no office in a body (nor a person told)
        person = person or self._person(m.start("name"), m.end("name"), by_role=True)
        if person is None:
            return
        unit = _unit_label(self.unit, org.label) if self.unit is not None and org else None
        if unit is not None:  # "Leiterin des Ordnungsamts", "Bauhofleiter": the unit of the town
            org = Ref(unit, None, "Organisation")
        elif self.unit is not None and m.groupdict().get("prep"):
            role = f"{role} {m.group('prep').strip()} {self.unit}"
        span_end = max(end, org_end)
        confidence = 0.85 if org is not None and org.entity else 0.7
        fact = Fact(
            start,
            span_end,
            "holds_role",
            Ref(person.label, person.entity, "Person"),
            org,
            confidence,
            role=role,
        )
        self._keep(fact, guessed=self.guess)
        if role.endswith("innen") and (more := AND_NAME.match(self.text, m.end("name"))):
            # "Die Gründerinnen X und Y": both hold the office
            other = self._person(more.start("name"), more.end("name"), by_role=True)
            if other is not None:
                subject = Ref(other.label, other.entity, "Person")
                self._keep(replace(fact, subject=subject, end=max(span_end, more.end())))
        if org is not None and org_end:
            self._and_role(fact, start, org_end)
        if m.groupdict().get("role2"):
            second = " ".join(self._group(m, "role2").split())
            home = self._home(m)
            both = home is None and org is not None and bool(m.groupdict().get("prep"))
            if both:
                home = org  # "die Chefin der X, Staatssekretärin Y": both offices in X
            second_fact = Fact(start, span_end, "holds_role", fact.subject, home, 0.7, role=second)
            self._keep(second_fact, another=both)

    def _and_role(self, first: Fact, start: int, at: int) -> None:
        """A second office told right after the first: "…, Präsident des X und
        Oberbürgermeister der Stadt Y"."""
        more = AND_ROLE.match(self.masked, at)
        if more is None:
            return
        after = more.end("prep")
        body = next(
            (x for x in self.index.starting(after, after + 1) if x.cls == "Organisation"), None
        )
        if body is None:
            return
        role = " ".join(self._group(more, "role").split())
        ref = Ref(body.label, body.entity, body.cls)
        self._keep(Fact(start, body.end, "holds_role", first.subject, ref, 0.7, role=role))

    def _home(self, m: re.Match[str]) -> Ref | None:
        """ "Bürgermeister X aus Y", "aus Y, Landrat X": the town or county Y (as a body),
        for a mayor or a Landrat."""
        if not m.groupdict().get("home"):
            before = _FROM_BEFORE.search(self.text, max(0, m.start() - 40), m.start())
            if before is not None:
                return self._home_body(before.group(1))
            after = (
                _HOME_IN_BRACKETS.match(self.text, m.end("name"))
                if "name" in m.re.groupindex
                else None
            )
            if after is None or after.group(1) in _GROUPS_IN_BRACKETS:
                return None
            return self._home_body(after.group(1))  # "Landrat X (Y)": the county Y
        return self._home_body(self._group(m, "home").split()[-1])

    def _home_body(self, place: str) -> Ref:
        """The body of a home town or county named by its name alone."""
        body = next(
            (
                x
                for x in self.mentions
                if x.cls == "Organisation"
                and x.kind in ("city", "municipality", "county", "district")
                and x.label.endswith(" " + place)
            ),
            None,
        )  # "die Gemeinde Y" named elsewhere: that body
        if body is not None:
            return Ref(body.label, body.entity, body.cls)
        return Ref(place, None, "Organisation")

    def _as_told(self, body: Ref | None) -> Ref | None:
        """A unit linked by its common name ("Stabsstelle X") to the unit of a body the text
        never names is the unit the text tells of: its words, with the body named right after
        them ("Stabsstelle X im Landratsamt Y")."""
        if body is None or body.entity is None:
            return body
        if self._units is None:  # the first unit mention of each entity, read once
            self._units = {}
            for m in self.mentions:
                if m.kind == "organisational_unit":
                    self._units.setdefault(m.entity, m)
        unit = self._units.get(body.entity)
        surface = "" if unit is None else " ".join(unit.text.split())
        if unit is None or body.label == surface or not body.label.startswith(surface):
            return body
        if self._text_keys is None:
            self._text_keys = set(tokenise(self.text).norms)
        parent = [w for w in key(body.label[len(surface) :]).split() if len(w) > 3]
        if all(w in self._text_keys for w in parent):
            return body  # the text names that body too
        after = _PARENT.match(self.text, unit.end)
        return Ref(surface + (after.group() if after else ""), None, "Organisation")

    def _in_full(self, body: Ref | None) -> Ref | None:
        """ "Digitalministerium" as the one ministry the text names in full with that remit
        ("Ministerium für Digitales und Y"); else the body as it is."""
        if body is None or body.entity or " " in body.label:
            return body
        if not body.label.endswith("ministerium"):
            return body
        remit = body.label[: -len("ministerium")].lower()[:4]
        if len(remit) < 4:
            return body
        named = {
            m.label: m
            for m in self.mentions
            if m.kind == "ministry" and " " in m.label and remit in m.label.lower()
        }
        if len(named) != 1:
            return body
        (full,) = named.values()
        return Ref(full.label, full.entity, full.cls)

    def _group(self, m: re.Match[str], name: str) -> str:
        """A group of a match on the masked text, as the text has it."""
        return self.text[m.start(name) : m.end(name)]

    def _keep(self, fact: Fact, *, guessed: bool = False, another: bool = False) -> None:
        """Keep a role fact once; one without a body gives way to one with a body for the
        same person in the same passage, and one whose body is ``guessed`` from the role's
        title to one whose body the passage tells, for the same role. A ministry named by its
        short name is the one the text names in full (see :meth:`_in_full`); ``another``
        office in the same body may be told in the same passage."""
        full = self._as_told(self._in_full(fact.object))
        if full is not fact.object:
            fact = replace(fact, object=full)
        key = (fact.subject, fact.object, fact.start)
        if key in self.seen and not another:
            return
        same = [
            f
            for f in self.facts
            if f.subject == fact.subject and f.start < fact.end and fact.start < f.end
        ]
        if fact.object is None and any(f.object is not None for f in same):
            return
        if fact.object is not None and any(
            f.object == fact.object and (f.role == fact.role or not another) for f in same
        ):
            return  # the same role told twice in one passage
        told = [f for f in same if f.role == fact.role and f.object is not None]
        if guessed and any(f not in self.guessed for f in told):
            return  # "Dessen Dezernentin X": the body told beats one guessed from the title
        if fact.object is not None:
            drop = set() if guessed else {f for f in told if f in self.guessed}
            self.facts = [
                f for f in self.facts if (f not in same or f.object is not None) and f not in drop
            ]
        if guessed:
            self.guessed.add(fact)
        self.seen.add(key)
        self.facts.append(fact)

    def _organisation(self, m: re.Match[str], role: str) -> tuple[Ref | None, int]:
        if m.re is POSSESSIVE:
            body = self.index.last_before(m.start(), lambda x: x.cls == "Organisation")
            if body is not None:
                body = self._before_relative_clause(body)
            unnamed = self._noun_and_name_before(m.start(), -1 if body is None else body.end)
            if unnamed is not None:  # "vom Verband X Y. Dessen Sprecher Z"
                return unnamed, 0
            if body is not None and body.start < self._sentence_start(
                self._sentence_start(m.start()) - 1
            ):
                body = None  # "Ihre Sprecherin" of a body the sentence before does not name
            return (None if body is None else Ref(body.label, body.entity, body.cls)), 0
        after = m.end("prep") if m.groupdict().get("prep") else -1
        for mention in self.index.starting(after, after + 1) if after >= 0 else ():
            if mention.cls != "Person":
                return Ref(mention.label, mention.entity, mention.cls), mention.end
        if after >= 0 and m.group("prep").split() != ["in", "der"]:
            # "in der Staatskanzlei" names a body (above); "in der Debatte" names none
            if m.groupdict().get("orgtext"):
                text = _COUNCIL.sub("", self._group(m, "orgtext").strip())
                earlier = self._named_before(text, m.start()) or self._unit_of(text, m.start())
                if earlier is not None:
                    return earlier, m.end("orgtext")
                return Ref(_body_label(text), None, "Organisation"), m.end("orgtext")
            prep = m.group("prep").strip()
            town = _TOWN.match(self.text, after)
            if prep == "von" and town is not None and _is_local_office(role):
                return Ref(town.group(), None, "Organisation"), town.end()  # "Bürgermeister von Y"
            inside = prep in ("im", "beim", "bei der")
            if prep not in ("des", "der", "vom", "von der") and not inside:
                return self._ministry_of(role) or self._body_after(after), 0
            adjective = _ADJECTIVE.match(self.text, after)  # "des neuen Zweckverbands X"
            tail = _TAIL.match(self.text, adjective.end() if adjective else after, after + 120)
            if tail is not None and inside and not tail.group().split()[0].endswith(_BODY_ENDS):
                tail = None  # "Sachbearbeiterin im Bürgeramt …", not "… im Jahr …"
            if tail is not None:
                held = self._body_after(tail.end())  # "Leiterin der X bei der Y": Y
                if held is not None:
                    return held, 0
                word = tail.group()
                quoted = _QUOTED_NAME.match(self.text, tail.end())
                if quoted is not None and " " not in word:  # "der Initiative „X“": X
                    return Ref(quoted.group(1), None, "Organisation"), quoted.end()
                earlier = self._named_before(word, m.start()) or self._unit_of(word, m.start())
                if earlier is not None:  # "Leiterin des Verbandes", "… des Ordnungsamts"
                    return earlier, tail.end()
                return Ref(_body_label(word), None, "Organisation"), tail.end()
        if m.re in _CLAUSES:
            told = self._told_in_clause(m)
            if told is not None:
                return told, 0
        if m.re is ROLE_FIRST and not m.groupdict().get("home"):
            of = _OF_BODY.match(self.text, m.end("name"))
            body = None
            if of is not None:
                body = next(
                    (x for x in self.index.starting(of.end(), of.end()) if x.cls != "Person"),
                    None,
                )
            if body is not None and body.cls == "Organisation":  # "Geschäftsführer X von Y"
                return Ref(body.label, body.entity, body.cls), body.end
            again = _KIND_AFTER.match(self.text, of.end()) if of is not None else None
            if body is None and again is not None:  # "Referent X vom Verband": named before
                earlier = self._named_before(again.group("noun"), m.start())
                if earlier is not None:
                    return earlier, 0
        if m.re is ROLE_FIRST:
            which = _WHO_IN.match(self.text, m.end("name"))
            if which is not None:
                at = which.end()
                body = next(
                    (x for x in self.index.starting(at, at + 1) if x.cls == "Organisation"), None
                )
                if body is not None:  # "X, die im Bezirksamt Y … zuständig ist"
                    return Ref(body.label, body.entity, body.cls), 0
        if m.re is ROLE_FIRST and m.group("home") and "wehrführer" in role.lower():
            place = m.group("home").split()[-1]  # "Wehrführer X aus Y": the local fire brigade
            return Ref(f"Freiwillige Feuerwehr {place}", None, "Organisation"), 0
        if m.re is ROLE_FIRST:
            home = self._home(m)  # "aus Y, Bezirksamtsleiter X": the body named "… Y"
            prefixed = self._prefixed_body(role, m.start()) if "-" in role else None
            if prefixed is not None:
                return prefixed, 0  # "ABC-Präsident X aus Y": of ABC (a mayor in Y besides)
            if home is not None and (_is_local_office(role) or " " in home.label):
                return home, 0
        named = self._ministry_named(role)
        if named is not None:
            return named, 0  # "Xs Innenminister Y": the ministry the text names
        if m.re is ROLE_FIRST:
            owner = self._owner_before(m.start("role"), role)
            if owner is not None:
                return owner, 0
        return (
            self._ministry_of(role)
            or self._prefixed_body(role, m.start())
            or self._unit_by_compound(role, m.start())
            or (self._body_after(m.end()) if " für " in role else None)
            or (
                self._body_after(m.end())
                if m.re is APPOSITION and _REMIT_GAP.match(self.text, m.end())
                else None
            )  # "X, Leiterin Digitalisierung bei der Stadt Y"
            or self._office_of(role, m.start())
            or _office(role)
            or self._opening_body(role, m.start())
            or self._local_body_before(role, m.start())
        ), 0

    def _local_body_before(self, role: str, at: int) -> Ref | None:
        """A mayor's or a Landrat's body the text names nowhere near the role: the town or
        municipality (the county) named last before it ("…, sagt Bürgermeisterin X" in an
        article about the Gemeinde Y)."""
        last = role.split()[-1].lower()
        kinds = (
            ("county",)
            if "landr" in last
            else ("city", "municipality")
            if "bürgermeister" in last
            else None
        )
        if kinds is None:
            return None
        body = self.index.last_before(at, lambda x: x.cls == "Organisation" and x.kind in kinds)
        return None if body is None else Ref(body.label, body.entity, body.cls)

    def _opening_body(self, role: str, at: int) -> Ref | None:
        """The body the sentence before a chair's or speaker's title opens with ("Der Verein X
        trifft sich … „…“, sagte die Vorsitzende Y"), else the one body it names ("Auch der
        Beirat X unterstützt …", "Unterstützt wird es vom Verein Z, der …"; past a sentence
        opening with a pronoun, "Er hatte …"): the body they speak for."""
        if not _CHAIR.search(role.split(" für ")[0]):
            return None
        end = self._sentence_start(at)
        start = self._sentence_start(end - 1)
        if _PRONOUN_OPENING.match(self.text, start) and start > 0:
            end, start = start, self._sentence_start(start - 1)
        opening = _OPENING_ARTICLE.match(self.text, start)
        if opening is not None:
            body = next(
                (x for x in self.index.starting(opening.end(), opening.end()) if x.cls != "Person"),
                None,
            )
            if body is not None and body.cls == "Organisation":
                return Ref(body.label, body.entity, body.cls)
        named = {
            (x.label, x.entity) for x in self.index.within(start, end) if x.cls == "Organisation"
        }
        if len(named) != 1:
            return None
        label, entity = named.pop()
        return Ref(label, entity, "Organisation")

    def _told_in_clause(self, m: re.Match[str]) -> Ref | None:
        """The body of a role told in a clause: one named in the clause before the role ("die
        im Landratsamt X als Leiterin …"), else one the sentence names again by its noun ("Das
        Unternehmen führt sie mit X, der als technischer Leiter tätig ist")."""
        between = self.index.within(m.end("name"), m.start("role"))
        body = next((x for x in reversed(between) if x.cls == "Organisation"), None)
        if body is not None:
            return Ref(body.label, body.entity, body.cls)
        start = self._sentence_start(m.start())
        for again in reversed(list(_NOUN_AGAIN.finditer(self.text, start, m.start("role")))):
            noun = again.group(1)
            if self.index.overlapping(*again.span(1)):
                continue  # "an der Universität X": a name, not a body named again
            if _COMPANY_NOUN.fullmatch(noun) or any(
                f.lower() in _GENERIC_KINDS for f in _uninflected(noun)
            ):
                return self._named_before(noun, m.start())
        return None

    def _body_after(self, at: int) -> Ref | None:
        """A body right after a role's remit, in the same clause: "Professorin für X an der Y",
        "Leiterin der X bei der Y"."""
        where = _AT_BODY.match(self.text, at)
        if where is None:
            return None
        body = next(
            (x for x in self.index.starting(where.end(), where.end() + 1) if x.cls != "Person"),
            None,
        )
        if body is None:
            tail = _TAIL.match(self.text, where.end(), where.end() + 80)
            first = "" if tail is None else tail.group().split()[0]
            if tail is not None and (first.isupper() or _ORG_NOUN.search(first.lower())):
                return Ref(_body_label(tail.group()), None, "Organisation")  # "an der FH X"
            return None
        if body.cls != "Organisation":
            return None
        return Ref(body.label, body.entity, body.cls)

    def _prefixed_body(self, role: str, position: int) -> Ref | None:
        """The body a role's compound names in its first part, named in the text before (else
        after): "Kreispräsident" → "Kreis X", "Magistratsdirektorin" → "Magistrat der Stadt
        Y", "X-Geschäftsführerin" → "X GmbH"."""
        word = role.split(" für ")[0].split()[-1]
        prefix = _role_prefix(word)
        if prefix is None:
            return None

        head = word.split("-")[0] if "-" in word else ""
        acronym = head if len(head) >= 2 and head.isupper() else None

        def named(m: Mention) -> bool:
            if m.cls != "Organisation":
                return False
            first = _first_key(m.label)
            if first == prefix or key(m.text) == prefix:
                return True  # "ABC-Geschäftsführerin": the body called "ABC" in the text
            rest = first[len(prefix) :] if first.startswith(prefix) else ""
            if prefix == "verband":
                rest = ""  # "Verbandsvorsteher": of the association, read by its kind
            if rest.lstrip("s") in _OFFICE_TAILS or rest.removeprefix("en") in _OFFICE_TAILS:
                return True  # "Bezirksstadträtin": the "Bezirksamt X" named
            if prefix in _BODY_PREFIXES and any(w.endswith(prefix) for w in key(m.label).split()):
                return True  # "Kammerpräsidentin": the "Xische Architektenkammer" named
            if acronym is not None and acronym in m.label.split():
                return True  # "MBG-Geschäftsführer": the "Beteiligungsgesellschaft MBG"
            return acronym is not None and initials_fit(acronym, m.label)  # "VHS-Leiterin"

        def called(m: Mention) -> bool:  # "SSGT-Präsident": the body the text calls "SSGT"
            return m.cls == "Organisation" and m.text == acronym

        body = (
            (self.index.last_before(position, called) if acronym is not None else None)
            or self._home_rather(self.index.last_before(position, named), named)
            or next((m for m in self.mentions if m.start > position and named(m)), None)
        )
        return None if body is None else Ref(body.label, body.entity, body.cls)

    def _owner_before(self, at: int, role: str = "") -> Ref | None:
        """A body named right before a role: in the genitive ("Xbergs Bürgermeister"),
        as an adjective of place ("Xer Bezirksamtsleiterin") or the first part of the
        role's compound ("X-Geschäftsführer")."""
        for x in self.index.overlapping(max(0, at - 40), at + 1):
            between = self.text[x.end : at]
            if x.cls == "Place" and x.end <= at and between in ("s ", "\u2019 ", "' "):
                return self._town_of(x)  # "Xs Bürgermeisterin": the town X
            if x.cls != "Organisation":
                continue
            if x.end <= at and between in (" ", "s ", "\u2019 ", "' "):
                return Ref(x.label, x.entity, x.cls)
            if x.start <= at < x.end:
                return Ref(x.label, x.entity, x.cls)
        genitive = _GENITIVE_NAME.search(self.text, max(0, at - 40), at)
        if genitive is not None:  # "X' Oberbürgermeister", X named as a place elsewhere
            name = genitive.group(1)
            place = next((x for x in self.mentions if x.cls == "Place" and x.text == name), None)
            if place is not None:
                return self._town_of(place)
            kinds = _office_kinds(role) if role else None
            named = key(name)
            body = next(
                (
                    x
                    for x in self.mentions
                    if kinds and x.kind in kinds and named in key(x.label).split()
                ),
                None,
            )  # "Xs Bürgermeister", the text naming "Kreisstadt X an der Y"
            if body is not None:
                return Ref(body.label, body.entity, body.cls)
        word = _PLACE_ER.search(self.text, max(0, at - 30), at)
        if word is not None:
            stem = word.group(1)
            body = self.index.last_before(
                at,
                lambda x: (
                    x.cls == "Organisation"
                    and x.kind in ("district", "city", "municipality", "county")
                    and stem in x.text
                ),
            )  # "Xer Bezirksamtsleiterin", "Der Yer Bürgermeister"
            if body is not None:
                return Ref(body.label, body.entity, body.cls)
        return None

    def _town_of(self, place: Mention) -> Ref:
        """The body of a place named as a place ("Xs Bürgermeister"): the town, county or
        district the text names with its name ("Stadt X"), else the name itself."""
        body = next(
            (
                x
                for x in self.mentions
                if x.cls == "Organisation"
                and x.kind in ("city", "municipality", "county", "district")
                and x.label.endswith(" " + place.label)
            ),
            None,
        )
        if body is not None:
            return Ref(body.label, body.entity, body.cls)
        return Ref(place.label, None, "Organisation")

    def _named_before(self, noun: str, position: int) -> Ref | None:
        """A body named again by its head noun in the genitive: "der Agentur" after "Kommunale
        Digitalagentur X", "des Kreises" after "Kreis Y", "des Verbandes" after "Gemeindetag
        Z" (a body of the noun's kind), "des Unternehmens" (the company told of, see
        :meth:`_company_before`): the later of the last body whose name holds the noun and the
        last body of its kind."""
        if " " in noun or not noun[:1].isupper():
            return None
        if _COMPANY_NOUN.fullmatch(noun):  # "des Unternehmens": the company told of
            body = self._company_before(position, lambda x: x.kind in ("company", "startup"))
            return None if body is None else Ref(body.label, body.entity, body.cls)
        forms = _uninflected(noun)
        stems = tuple(norm(f) for f in forms)
        body = self.index.last_before(
            position,
            lambda x: (
                x.cls == "Organisation" and any(w.endswith(stems) for w in key(x.label).split())
            ),
        )  # a word of the name ends with the noun: "Digitalagentur", not "Kreisstadt" for "Kreis"
        kinds = next((_GENERIC_KINDS[f.lower()] for f in forms if f.lower() in _GENERIC_KINDS), ())
        if kinds:
            of_kind = self.index.last_before(
                position, lambda x: x.cls == "Organisation" and _kind_of(x) in kinds
            )
            if of_kind is not None and (body is None or of_kind.start > body.start):
                body = of_kind
        if body is None and kinds:
            return self._noun_and_name(forms, position)
        return None if body is None else Ref(body.label, body.entity, body.cls)

    def _noun_and_name_before(self, position: int, after: int) -> Ref | None:
        """A body named with its noun and a name after ``after`` and before ``position`` that
        the mentions lack ("vom Verband X Y"), in the sentence before or this one."""
        low = max(after, self._sentence_start(self._sentence_start(position) - 1))
        found = [
            m
            for noun in _GENERIC_KINDS
            for m in _named_by_noun(noun.capitalize()).finditer(self.text, low, position)
            if not self.index.overlapping(m.start(), m.end())
        ]
        if not found:
            return None
        last = max(found, key=lambda m: m.start())
        if last.group("quoted"):
            return Ref(last.group("quoted"), None, "Organisation")
        noun = self.text[last.start() : last.start("name")].strip()
        return Ref(f"{noun} {last.group('name')}", None, "Organisation")

    def _noun_and_name(self, forms: list[str], position: int) -> Ref | None:
        """A body named before with its noun and a name the text did not find as a body
        ("der Verein Digitales X" or "der Verein „X“" for "des Vereins")."""
        for form in sorted(set(forms), key=len):
            matches = list(_named_by_noun(form).finditer(self.text, 0, position))
            if matches:
                found = matches[-1]
                if found.group("quoted"):
                    return Ref(found.group("quoted"), None, "Organisation")
                return Ref(f"{form} {found.group('name')}", None, "Organisation")
        return None

    def _unit_of(self, noun: str, position: int) -> Ref | None:
        """A unit named by its noun alone ("Leiterin des Ordnungsamts"): the town, county or
        district named last, whose unit it is."""
        if " " in noun or not noun.rstrip("s").lower().endswith(_UNIT_ENDS):
            return None
        body = self.index.last_before(
            position,
            lambda x: (
                x.cls == "Organisation" and x.kind in ("city", "municipality", "county", "district")
            ),
        )
        if body is None:
            return None
        self.unit = noun
        return Ref(body.label, body.entity, body.cls)

    def _unit_by_compound(self, role: str, position: int) -> Ref | None:
        """A unit's head by a compound of the unit's noun ("Ordnungsamtsleiterin",
        "Bauhofleiter"): the town, county or district named last, whose unit it is."""
        unit = _UNIT_COMPOUND.fullmatch(role.split()[-1])
        if unit is None or unit.group("unit") in _NOT_UNITS:
            return None
        return self._unit_of(unit.group("unit"), position)

    def _office_of(self, role: str, position: int) -> Ref | None:
        """See :meth:`_body_of_office`; notes that the body was guessed."""
        body = self._body_of_office(role, position)
        if body is not None:
            self.guess = True
        return body

    def _home_rather(self, body: Mention | None, fits: Callable[[Mention], bool]) -> Mention | None:
        """The body of ``body``'s kind or head noun the text is about, when ``body`` is named
        once and that one three times or more ("Bezirksamtsleiter X" in a newsletter of the
        Bezirksamt Y that names the Bezirksamt Z once, where she worked before)."""
        if body is None:
            return None
        head = body.label.split()[0]

        def same_head(m: Mention) -> bool:  # ("Bezirksamt X", "Bezirksamt Y"; not "Verband Z")
            return fits(m) and (m.kind == body.kind or m.label.split()[0] == head)

        times = Counter(m.label for m in self.mentions if same_head(m))
        (home, most), *_ = times.most_common(1)
        if times[body.label] > 1 or home == body.label or most < 3:
            return body
        return self.index.last_before(len(self.text), lambda m: same_head(m) and m.label == home)

    def _body_of_office(self, role: str, position: int) -> Ref | None:
        """The body an office heads, named earlier: a minister's ministry, a Landrat's county,
        a Geschäftsführerin's company (see :func:`_office_kinds`); else the one body of that
        kind the text names after the role; else, for a town's office in a text that names no
        town as a body, the city of the dateline.

        None when the last such body was named together with another one of its kind
        ("Die Stadt A und die Stadt B …; Oberbürgermeister X"): the text leaves it open.
        """
        titled = _office_kinds(role)
        if titled is None:
            return None
        kinds = self._kinds_named_again(position, titled)

        def fits(m: Mention) -> bool:
            return m.cls == "Organisation" and _kind_of(m) in kinds

        if "company" in kinds:
            body = self._company_before(position, fits)
        else:
            body = self.index.last_before(position, fits)
            body = self._home_rather(body, fits)
        if body is None and role.lower().startswith("verbands"):
            # "Verbandsgeschäftsführer X": of the association named last, of whatever kind
            body = self.index.last_before(
                position, lambda m: m.cls == "Organisation" and "verband" in m.label.lower()
            )
        remit = _remit_stem(role) if "ministry" in kinds else None
        if remit is not None:  # "Senatorin für Finanzen": the "Finanzbehörde X" named
            fitting = self.index.last_before(
                position,
                lambda m: (
                    m.cls == "Organisation"
                    and _kind_of(m) in (*kinds, "public_body")
                    and remit in key(m.label).replace(" ", "")
                ),
            )
            if fitting is not None:
                return Ref(fitting.label, fitting.entity, fitting.cls)
        if "ministry" in kinds:
            senator = self._senator_before(position, body.start if body is not None else -1)
            if senator is not None:
                return senator  # "Die Senatorin für X …; Staatsrat Y": her office
        if body is not None and ("municipality" in kinds or "city" in kinds):
            town = self._town_named_since(body, kinds, position)
            if town is not body:
                return Ref(town.label, town.entity, town.cls)
        if body is None and kinds == ("city",):
            dated = self._city_of_dateline(position, told_before=True)
            if dated is not None:  # "In X … Oberbürgermeisterin Y", "X, 3. Mai": Stadt X
                return dated
        if body is None:
            named = {(m.label, m.entity) for m in self.mentions if fits(m)}
            if len(named) == 1:  # the one body of its kind the text names, after the role
                label, entity = named.pop()
                return Ref(label, entity, "Organisation")
            if kinds == ("association",):
                clubs = _CLUB.findall(self.text, 0, position)
                return Ref(clubs[-1], None, "Organisation") if clubs else None
            if "company" in kinds:
                firm = self._noun_and_name(["Firma"], position)  # "die Firma X aus Y"
                if firm is not None:
                    return Ref(firm.label.split(" ", 1)[1], None, "Organisation")
            if "ministry" in kinds:
                offices = {
                    (m.label, m.entity)
                    for m in self.mentions
                    if m.cls == "Organisation" and "kanzlei" in m.label.lower()
                }
                if len(offices) == 1:  # no ministry named: a state's chancellery is his office
                    label, entity = offices.pop()
                    return Ref(label, entity, "Organisation")
            return self._city_of_dateline(position) if "city" in kinds else None
        if "company" not in kinds:
            full = self._in_full(Ref(body.label, body.entity, body.cls))
            other = self.index.last_before(
                body.start,
                lambda m: (
                    fits(m)
                    and m.label != body.label
                    and self._in_full(Ref(m.label, m.entity, m.cls)) != full
                ),
            )  # "das Digitalministerium, das Ministerium für Digitales": one body, two names
            if other is not None and not _SENTENCE_END.search(self.text, other.end, body.start):
                return None
        return Ref(body.label, body.entity, body.cls)

    def _kinds_named_again(self, position: int, kinds: tuple[str, ...]) -> tuple[str, ...]:
        """The kinds of body an office may be held in, narrowed to those its sentence names
        again by a noun ("… zahlt der Kreis selbst, wie Kämmerin X erläuterte": a county, not a
        town named since)."""
        end = _SENTENCE_END.search(self.text, position)
        stop = len(self.text) if end is None else end.start()
        for again in _NOUN_AGAIN.finditer(self.text, self._sentence_start(position), stop):
            fitting = next(
                (
                    _GENERIC_KINDS[f.lower()]
                    for f in _uninflected(again.group(1))
                    if f.lower() in _GENERIC_KINDS
                ),
                (),
            )
            narrowed = tuple(k for k in kinds if k in fitting)
            if narrowed and not self.index.overlapping(*again.span(1)):
                return narrowed
        return kinds

    def _company_before(self, position: int, fits: Callable[[Mention], bool]) -> Mention | None:
        """A company's office without its company: the company named in this sentence or the
        one before, else the one the article is about (an investor or a client named in
        between is not meant): the one its headline names, else the one named most often so
        far, the later on a tie. A company whose name tells an investor ("X
        Beteiligungsgesellschaft", "Y Capital AG") only when no other one fits."""

        def no_investor(m: Mention) -> bool:
            return fits(m) and _INVESTOR.search(m.label) is None

        if any(no_investor(m) for m in self.mentions):
            return self._firm_before(position, no_investor)
        return self._firm_before(position, fits)

    def _firm_before(self, position: int, fits: Callable[[Mention], bool]) -> Mention | None:
        """See :meth:`_company_before`."""
        last = self.index.last_before(position, fits)
        before = self._sentence_start(self._sentence_start(position) - 1)
        if last is None or last.start >= before:
            return last
        if _COMPANY_MEANT.search(self.text, before, position) and last.start >= (
            self._sentence_start(before - 1)
        ):
            return last  # "Die Bank hatte das Start-up … unterstützt": the company named before
        headline = self.text.find("\n")
        title = next((m for m in self.index.items if m.start < headline and fits(m)), None)
        if title is not None:
            return title  # the body the headline is about
        counts: dict[str, int] = {}
        latest: dict[str, Mention] = {}
        for m in self.index.items:
            if m.start >= position:
                break
            if fits(m):
                counts[m.label] = counts.get(m.label, 0) + 1
                latest[m.label] = m
        best = max(counts, key=lambda label: (counts[label], latest[label].start))
        return latest[best]

    def _before_relative_clause(self, body: Mention) -> Mention:
        """The body a possessive ("Dessen Geschäftsführer") refers to when the last one named
        stands in a relative clause ("Daneben gibt es den Verbund X, in dem sich Ämter aus
        den Kreisen A und B zusammengeschlossen haben."): the last named before that clause."""
        start = self._sentence_start(body.start)
        clauses = list(_RELATIVE_CLAUSE.finditer(self.text, start, body.start))
        if not clauses:
            return body
        clause = clauses[-1]
        before = self.index.last_before(clause.start(), lambda x: x.cls == "Organisation")
        return body if before is None or before.start < start else before

    def _sentence_start(self, at: int) -> int:
        """Where the sentence around ``at`` begins (after the last sentence end before it)."""
        low = max(0, at - 600)
        # the last end that is no abbreviation's stop: read back from the last
        for m in reversed(list(_SENTENCE_END.finditer(self.text, low, max(low, at)))):
            if _ABBREVIATION.search(self.text, max(0, m.start() - 6), m.start() + 1) is None:
                return m.end()
        return low

    def _senator_before(self, position: int, after: int) -> Ref | None:
        """The office of a senator the text names between ``after`` and ``position`` ("die
        Senatorin für Bauen", "die Behörde für Y" the mentions lack): a city state's
        ministry, where its Staatsrat works."""
        offices = list(_CITY_STATE_OFFICE.finditer(self.text, max(0, after), position))
        if offices and not self.index.overlapping(*offices[-1].span()):
            after = offices[-1].start()
        else:
            offices = []
        for at in reversed(self.roles):
            if at >= position:
                continue
            if at <= after:
                break
            if self.text.startswith("Senator", at):
                m = _ROLE_AT.match(self.masked, at)
                office = None if m is None else _office(" ".join(self._group(m, "role").split()))
                if office is not None:
                    return office
        if offices:
            return Ref(" ".join(offices[-1].group().split()), None, "Organisation")
        return None

    def _city_of_dateline(self, position: int, *, told_before: bool = False) -> Ref | None:
        """ "Stadt X" for the place of a press release's dateline ("X, 3. Mai 2026 …"), when
        the text names no town as a body and names the place again: the city of an
        Oberbürgermeister, a Kämmerer, a Bürgermeisterin. Of two places ("X/Y, …"), the one
        named again last before the office; only such a one when ``told_before``."""
        if any(m.kind in ("city", "municipality") and m.start < position for m in self.mentions):
            return None  # (a town named as a body before the office is meant)
        dateline = _DATELINE.search(self.text, 0, 400)
        if dateline is None:
            return None
        places = [p for p in (dateline.group("place"), dateline.group("second")) if p]
        before = [(self.text.rfind(p, dateline.end(), position), p) for p in places]
        before = [(at, p) for at, p in before if at >= 0]
        if before:
            place = max(before)[1]
        elif told_before:
            return None
        else:
            later = [p for p in places if self.text.find(p, dateline.end()) >= 0]
            if not later:
                return None  # a place only dated from is not what the article is about
            place = later[0]
        return Ref(f"Stadt {place}", None, "Organisation")

    def _town_named_since(self, body: Mention, kinds: tuple[str, ...], position: int) -> Mention:
        """ "In Y … Bürgermeister X": a town named as a place after the last town body, when
        the text names it as a body elsewhere ("die Gemeinde Y")."""
        place = self.index.last_before(position, lambda m: m.cls == "Place")
        if place is None or place.start < body.end:
            return body
        same = [
            m
            for m in self.mentions
            if m.kind in kinds and m.label != place.label and m.label.endswith(" " + place.label)
        ]
        return same[0] if same else body

    def _ministry_named(self, role: str) -> Ref | None:
        """A minister's ministry among those the text names: the one whose name holds the
        role's remit ("Digitalminister" → "Staatsministerium für Digitales", "Innenministerin"
        → "Ministerium des Innern …"), else the only one named."""
        match = _MINISTER.search(role)
        if match is None or match.group(2) or "präsident" in role.lower().split()[-1]:
            return None
        ministries = {m.label: m for m in self.mentions if m.kind == "ministry"}
        if not ministries:
            return None
        stem = match.group(1).lower()[:4]
        if len(stem) == 4:
            fitting = [m for label, m in ministries.items() if stem in label.lower()]
        else:
            fitting = list(ministries.values())
        if len(fitting) != 1:
            return None
        return Ref(fitting[0].label, fitting[0].entity, fitting[0].cls)

    def _ministry_of(self, role: str) -> Ref | None:
        """``Digitalisierungsminister`` → the Digitalisierungsministerium, when known."""
        match = _MINISTER.search(role)
        if match is None or "präsident" in role.lower().split()[-1]:
            return None
        prefix, remainder = match.group(1), match.group(2)
        name = f"{prefix}ministerium" if prefix else "Ministerium"
        if remainder:
            name += " " + remainder
        entry = self.gazetteer.lookup(name[0].upper() + name[1:])
        if entry is not None and self._of_this_state(entry.label):
            return Ref(entry.label, entry.entity, entry.cls)
        return None

    def _of_this_state(self, label: str) -> bool:
        """Whether a known ministry may be the one meant: its name names no state, or a state
        this text names ("Innenminister" in an article about another state is not that
        state's Innenministerium)."""
        if self._state_keys is None:
            self._state_keys = state_keys(self.gazetteer)
        label_key = f" {key(label)} "
        named = [k for k in self._state_keys if f" {k} " in label_key]
        if not named:
            return True
        here = {key(m.text) for m in self.mentions if m.kind == "state"}
        here |= {key(m.label) for m in self.mentions if m.kind == "state"}
        return any(k in here for k in named)

    def _affiliation(self, m: re.Match[str]) -> None:
        after = m.end()
        org = next((x for x in self.index.starting(after, after + 12) if x.cls != "Person"), None)
        if org is None or org.cls not in ("Organisation",):
            return
        person = self._person(m.start("name"), m.end("name"))
        if person is None:
            return
        fact = Fact(
            m.start(),
            org.end,
            "holds_role",
            Ref(person.label, person.entity, "Person"),
            Ref(org.label, org.entity, org.cls),
            0.5,
        )
        self._keep(fact)

    def _by_surname(self) -> list[Mention]:
        surnames = self._surnames()
        found = []
        taken = Intervals((p.start, p.end) for p in self.people.values())

        def with_role(matches: Iterable[re.Match[str]]) -> None:
            """A surname named before (group ``name``) with the role the match tells."""
            for m in matches:
                named = surnames.get(m.group("name"))
                start, end = m.span("name")
                if named is None or taken.overlaps(start, end):
                    continue
                person = Mention(start, end, m.group("name"), named.label, "Person", named.entity)
                self._role(m, m.start(), m.end("role"), person)
                found.append(person)
                taken.add(start, end)

        with_role(near(SURNAME_APPOSITION, self.after_comma, self.masked, needs=_COMMA_ROLE))
        with_role(near(SURNAME_COPULA, self.roles, self.masked, needs=_COPULA_ROLE))
        for m in near(SURNAME, self.roles, self.masked):
            named = surnames.get(m.group("surname"))
            start, end = m.span("surname")
            if named is None or taken.overlaps(start, end):
                continue
            person = Mention(start, end, m.group("surname"), named.label, "Person", named.entity)
            found.append(person)
            taken.add(start, end)
            self._surname_role(m, person)
        with_role(
            m
            for pattern in (SURNAME_RELATIVE, SURNAME_AS)
            for m in near(pattern, self.as_roles, self.masked)
        )
        pronouns = "Sie " in self.text or "Er " in self.text
        for m in near(PRONOUN_COPULA, self.roles, self.masked, needs=_COPULAS) if pronouns else ():
            meant = self._meant_by(m.group("name"), m.start(), found)
            if meant is not None:
                self._role(m, m.start(), m.end("role"), meant)
        for m in windowed(SURNAME_LEADS, _LEADS_VERB, self.text) if "leitet" in self.text else ():
            named = surnames.get(m.group("name"))
            start, end = m.span("name")
            if named is None or taken.overlaps(start, end) or self._inside_other(start, end):
                continue
            person = Mention(start, end, m.group("name"), named.label, "Person", named.entity)
            found.append(person)
            taken.add(start, end)
            self._leads_body(m, person)
        leads = pronouns and "leitet" in self.text
        for m in windowed(PRONOUN_LEADS, _LEADS_VERB, self.text) if leads else ():
            meant = self._meant_by(m.group("name"), m.start(), found)
            if meant is not None:
                self._leads_body(m, meant, m.group("name"))
        for start, surname in _quoted_by_surname(self.text, surnames):
            named = surnames[surname]
            end = start + len(surname)
            if not taken.overlaps(start, end) and not self._inside_other(start, end):
                found.append(Mention(start, end, surname, named.label, "Person", named.entity))
                taken.add(start, end)
        for surname, named in surnames.items() if "-" in self.text else ():
            if "-" not in surname:
                continue  # a double name ("X-Y") is no common word: the person wherever it stands
            at = self.text.find(surname, named.end)
            while at >= 0:
                end = at + len(surname)
                if (
                    not _word_char(self.text[at - 1])
                    and (end == len(self.text) or not _word_char(self.text[end]))
                    and not taken.overlaps(at, end)
                    and not self._inside_other(at, end)
                ):
                    found.append(Mention(at, end, surname, named.label, "Person", named.entity))
                    taken.add(at, end)
                at = self.text.find(surname, end)
        return found


_SAYING_WORDS: Final = frozenset(re.findall(r"[a-zäöüß]+", SAYING_VERBS))
"""The words of the saying verbs ("sagte", "betonte", "so", "dazu", …)."""
_TITLE_WORDS: Final = frozenset(["Dr.", "Prof.", "Professor", "Professorin"])


def _quoted_by_surname(text: str, surnames: dict[str, Mention]) -> Iterator[tuple[int, str]]:
    """Where a person named before is quoted by surname alone: "sagte X", "X ergänzte"."""
    for surname in surnames:
        if len(surname) < 3:
            continue
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            whole = (at == 0 or not text[at - 1].isalnum()) and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")
            )
            if whole and (
                _said_before(text, at)
                or _said_after(text, end)
                or _acts(text, at, end)
                or _addressed(text, at)
                or _speaks(text, at, end)
                or _in_sentence(text, at, end)
            ):
                yield at, surname
            at = text.find(surname, end)


def _said_before(text: str, at: int) -> bool:
    if not text[at - 1 : at].isspace():
        return False
    words = text[max(0, at - 40) : at].split()
    while words and words[-1] in _TITLE_WORDS:
        words.pop()
    return bool(words) and words[-1] in _SAYING_WORDS


_VERB_AFTER: Final = re.compile(r"[ \t]+[a-zäöüß]+(?=[ \t,])")
_ADDRESS: Final = re.compile(r"(?:Herrn?|Frau)[ \t]+(?:(?:Dr\.|Prof\.)[ \t]+)*$")
"""A form of address before a surname: "Herr X", "Frau Dr. X"."""
_DETERMINERS_WORDS: Final = """der die das den dem des ein eine einen einem einer eines kein
    keine keinen keinem keiner jeder jede jedes jeden jedem dieser diese dieses diesen diesem
    unser unsere unseren unserem ihr ihre ihren ihrem sein seine seinen seinem"""
_DETERMINERS: Final = frozenset(_DETERMINERS_WORDS.split())
"""Articles and pronouns before a noun: a surname after them is a common noun ("der Bauer")."""


def _addressed(text: str, at: int) -> bool:
    """A surname after "Herr" or "Frau": "Frau X, warum …"."""
    return _ADDRESS.search(text, max(0, at - 24), at) is not None


def _speaks(text: str, at: int, end: int) -> bool:
    """A surname opening a line of an interview: "X: Die Werte laufen …"."""
    return (at == 0 or text[at - 1] == "\n") and text.startswith(":", end)


def _in_sentence(text: str, at: int, end: int) -> bool:
    """A surname inside a sentence, after a word that is no article or pronoun ("beantworten
    X und ihr Team") and before no other capitalised word (which would make it part of a name),
    or opening a clause after a comma, a verb after it ("…, X kommt aus …")."""
    if text[at - 1 : at] not in (" ", "\t"):
        return False
    words = text[max(0, at - 30) : at].split()
    if words and words[-1].endswith(",") and _VERB_AFTER.match(text, end) is not None:
        return True  # "…, X kommt aus der Quartiersarbeit": a clause opening with the surname
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return False
    return words[-1] not in _DETERMINERS and _CAPITAL_AFTER.match(text, end) is None


_CAPITAL_AFTER: Final = re.compile(r"[ \t]+[A-ZÄÖÜ]")


def _acts(text: str, at: int, end: int) -> bool:
    """A surname opening a sentence, a verb after it: "X verwies darauf, dass …"."""
    before = text[max(0, at - 2) : at]
    opens = at == 0 or before in (". ", "\n", "“ ", "! ", "? ") or before.endswith("\n")
    return opens and _VERB_AFTER.match(text, end) is not None


def _said_after(text: str, end: int) -> bool:
    if text[end : end + 1] not in (" ", "\t"):
        return False
    words = text[end : end + 20].split(None, 1)
    return bool(words) and words[0].rstrip(",.;:") in _SAYING_WORDS


_STATE_KEYS: dict[int, list[str]] = {}


def state_keys(gazetteer: Gazetteer) -> list[str]:
    """The keys of every name of a state the graph knows ("sachs", "freistaat sachs")."""
    found = _STATE_KEYS.get(id(gazetteer))
    if found is None:
        found = [k for k, e in gazetteer.by_key.items() if e.kind == "state"]
        _STATE_KEYS.clear()
        _STATE_KEYS[id(gazetteer)] = found
    return found


@lru_cache(maxsize=4096)
def _remit_stem(role: str) -> str | None:
    """The first five letters of the key of a role's first remit ("Senatorin für Finanzen" →
    "finan"), which a ministry's name with that remit holds ("Finanzbehörde")."""
    if " für " not in role:
        return None
    words = key(role.split(" für ", 1)[1]).split()
    return words[0][:5] if words and len(words[0]) >= 5 else None


def _office(role: str) -> Ref | None:
    """An office that is a body of its own, named with its remit: "Senatorin für Finanzen",
    "Landesbeauftragte für Datenschutz"."""
    head = role.split()[0].lower()
    if " für " in role and (head.startswith("senator") or "beauftragte" in head):
        return Ref(role, None, "Organisation")
    return None


_GENERAL_PREFIXES: Final = frozenset(
    ["land", "bund", "staat", "ober", "haupt", "stell", "vertret", "mit", "vize", "ehren"]
)
"""First parts of role compounds that name no body ("Landrat", "Oberbürgermeister")."""
_ROLE_END: Final = re.compile(
    "(?:" + "|".join(sorted(ROLE_STEMS, key=len, reverse=True)) + r")(?:in|innen|r|n|s)?$"
)


_BODY_PREFIXES: Final = frozenset(
    key(w) for w in ("Kammer", "Amt", "Stiftung", "Akademie", "Fraktion", "Verein")
)
"""First parts of role compounds that are heads of bodies' names ("Kammerpräsidentin",
"Amtsleiter", "Fraktionschefin"): a body whose name holds a word ending so is meant
("Architektenkammer X", "Standesamt Y", "X-Fraktion"; a "Verbandsvorsteher" is read by
the kind of his body, see :data:`_OFFICE_KINDS`)."""
_OFFICE_TAILS: Final = frozenset(["amt", "verwaltung", "versammlung"])
"""The rest of a body's first word after a role's prefix that makes it that body's office
("Bezirksstadträtin" → "Bezirksamt X", "Stadtverordnetenvorsteher" →
"Stadtverordnetenversammlung Y")."""


@lru_cache(maxsize=4096)
def _role_prefix(word: str) -> str | None:
    """The key of the first part of a role compound ("Kreis" of "Kreispräsident", "X" of
    "X-Geschäftsführerin"), or None when it names no body."""
    m = _ROLE_END.search(word.lower())
    if m is None or m.start() < 4:
        return None
    head = word[: m.start()].rstrip("-")
    if word[m.start() - 1] != "-" and head.endswith("s"):
        head = head[:-1]  # the linking s: "Magistrats-direktorin"
    prefix = key(head)
    if not prefix or " " in prefix or prefix in _GENERAL_PREFIXES:
        return None
    return prefix


@lru_cache(maxsize=4096)
def _first_key(label: str) -> str:
    return key(label.split()[0]) if label.split() else ""


def _looks_like_name(name: str, *, by_role: bool = False) -> bool:
    """Whether two capitalised words may be a person's name: not a noun of a body or a thing
    ("Digitale Verwaltung", "Landkreistag X"). A name next to a role ``by_role`` may end like
    such a noun ("Sonntag", "Jung"), unless its first word is an adjective."""
    words = name.replace("-", " ").split()
    if any(w.lower() in FUNCTION_WORDS for w in (words[0], words[-1])):
        return False
    if len(words) >= 2 and words[0] in given_names():
        return not any(w.lower() in _AMOUNT_WORDS for w in words)  # "Tobias X-Hartung"
    if any(_is_role_word(w) or w in ("Dr", "Prof") or w.lower() in _AMOUNT_WORDS for w in words):
        return False  # "1,2 Millionen Euro vom Bund": a sum, no one
    first, last = words[0].lower(), words[-1].lower()
    if first.endswith(_NOUN_ENDINGS):
        return False
    if last.endswith(_NOUN_ENDINGS):
        return by_role and len(words) == 2 and _ADJECTIVE_END.search(first) is None
    return True


_AMOUNT_WORDS: Final = frozenset(
    ["million", "millionen", "milliarde", "milliarden", "tausend", "euro", "cent", "prozent"]
)
"""Words of sums and shares, never part of a person's name."""
_ADJECTIVE_END: Final = re.compile(r"(?:isch|ig|lich|sch|al|iv|ell|neu|erst|zweit)e[nrsm]?$")
"""Ends of adjectives that open a noun phrase ("Digitale", "Kommunaler", "Neue")."""

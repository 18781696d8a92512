"""Finding names the graph does not know yet, by pattern, each typed by its pattern.

Ministries ("Ministerium für …", "…ministerium"), municipal associations, municipalities
and counties ("Stadt X", "Landkreis X"), companies ("… GmbH", "das Startup X"), agencies,
named programmes, competitions, projects, strategies and portals (a head noun and a quoted or
@-name), events ("…konferenz 2024"), laws ("…gesetz").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from loaders.articles.findings import Mention
from loaders.articles.gazetteer import Gazetteer
from loaders.articles.lexicon import (
    CAP,
    EVENT_ANCHOR,
    EVENT_ANCHOR_END,
    EVENT_HEAD_RE,
    FUNCTION_WORDS,
    INITIATIVE_HEADS,
    LEGAL_FORMS,
    NOT_ADJECTIVES,
    PLACE_HEADS,
)
from loaders.articles.windows import in_words, occurrences, windowed

_S = r"[ \t]+"
_DIGIT_WORD = r"\d[A-Z][\wäöüß]*"
"""A word of a name that opens with a digit and a capital ("3D", "4K")."""
_NOT_ITEM = r"(?![A-ZÄÖÜ][a-zäöü]+(?:ische|sche)[nrs]?[ \t]+[A-ZÄÖÜ])"
"""An item of a list of portfolios is a noun, not the adjective of the next body's name
("… und Sport und der Saarländische Städtetag")."""
# (a capitalised adjective before a remit: "Ländlichen Raum"; not one in -es, a remit of its own:
# "Digitales", "Inneres")
_DETERMINER = (
    r"(?:d(?:en|em|ie|as)|(?:ein|sein|ihr|unser|dies|jed)(?:e|en|em|er|es)?|alle)(?![\wäöüß])"
)
"""An article or a possessive: no portfolio begins with one ("das Ministerium für den Atlas",
"für die Förderrichtlinie" tell what a ministry named before pays for)."""
_ITEM = (
    rf"(?:(?:des|der){_S})?(?:(?!{_DETERMINER})[a-zäöü]+(?:en|er|es|e){_S}"
    rf"|(?![A-ZÄÖÜ][a-zäöü]+(?:ische|sche)[nrs]?\b)[A-ZÄÖÜ][a-zäöü]+(?:en|er|e){_S}(?=[A-ZÄÖÜ]))?"
    rf"{_NOT_ITEM}{CAP}"
)
_PAIR = rf"{_NOT_ITEM}[A-ZÄÖÜ][\wäöüß]*-{_S}(?:und|sowie){_S}{CAP}"
"""Two portfolios that share their last part ("Bundes- und Europaangelegenheiten")."""
_LIST = (
    rf"{_ITEM}(?:(?:,[ \t]*{_ITEM})*(?:{_S}(?:und|sowie){_S}(?:für{_S})?{_ITEM})+|"
    rf"(?:,[ \t]*{_ITEM})*,[ \t]*{_PAIR})?"
)
"""Portfolios: one, or several with "und" before the last ("A, B und C") or ending in a pair
that shares its last part ("A, B, C- und D"); a name after a comma without an "und" to follow
is not one ("Ministerium für X, Vorname Name")."""
_NOT_LOCAL = (
    rf"(?!{_S}(?:(?:Landeshaupt|Haupt|Kreis|Hanse|Universitäts)?[Ss]tadt"
    rf"|(?:Samt|Verbands|Orts|Markt|Stadt)?[Gg]emeinde|Kommune|(?:Land)?[Kk]reis(?:es)?)\b"
    rf"|{_S}[A-ZÄÖÜ][a-zäöü]+er{_S}[A-ZÄÖÜ])"
)
"""No ministry is named "of" a town, a county or a town's adjective and a name: "bewilligte das
Ministerium der Stadt X", "hat das Ministerium der Landeshauptstadt X zugesagt", "hat das
Ministerium der Xer Firma Y übertragen" are datives."""
_STATE_SUFFIX = rf"(?:{_S}(?:des{_S}(?:Landes|Freistaates?){_S})?(?P<state>{CAP}))?"
_STATE_GENITIVE = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:landes|ens|es|s)"
"""A state's name in the genitive after a body: "des Xlandes", "des Landes"."""
_OF_STATE = (
    rf"(?:{_S}(?P<of_state>(?:des{_S}(?:Landes|Freistaates?){_S})?{CAP}|"
    rf"des{_S}[A-ZÄÖÜ][a-zäöüß]+landes(?![\wäöüß-])))?"
)
"""A state after a ministry's portfolios: "des Landes X" and a state named "Xland" in the
genitive ("des Xlandes") always, a bare name when known."""
ADJECTIVE = rf"(?:(?:[A-ZÄÖÜ][a-zäöü]+(?:-[A-ZÄÖÜ][a-zäöü]+)?(?:ische|sche)|Deutsche)[nrs]?{_S})"
"""A capitalised adjective that is part of a name: "Bayerischer", "Sächsischen", "Deutsche"."""
PLACE_ADJECTIVE = rf"(?:{ADJECTIVE}|(?P<place_adj>[A-ZÄÖÜ][a-zäöü]+er){_S})"
"""Also a place name's -er form ("Thüringer", "Münchner"): check it with :func:`is_adjective`."""


_NAMED = (
    r"(?:St\.[ \t]+)?"  # "St. Wendel", "St. Ingbert": Sankt, abbreviated
    r"(?:[A-ZÄÖÜ][\wäöüß]*-[A-ZÄÖÜ][\wäöüß-]*|"
    r"(?:[A-ZÄÖÜ][a-zäöü]+(?:ische|sche)[ \t]+)?[A-ZÄÖÜ][a-zäöüß]+(?=[ \t]*[,.;:)]|[ \t]+[a-zäöü]))"
)
"""The name after a body's noun: a hyphenated name, or one word (after a place's adjective:
"Sächsische Schweiz") before punctuation or a lower-case word ("Universität X begleitet"), not a
noun that goes on ("Hochschule Kurse …")."""


_TWO_PLACES = r"[A-ZÄÖÜ][a-zäöüß]+/[A-ZÄÖÜ][a-zäöüß]+(?![\wäöüß-])"
"""Two places of one university, joined by a slash ("Hochschule X/Y")."""
_CAMEL = r"[a-z]{1,3}[A-Z][\wäöüß]*(?:-[\wäöüß]+)*"
"""A name that opens with a small letter before a capital ("eGo-X"), as brands are written."""
_BRAND = r"(?:[a-z][a-z0-9-]{2,}[aiouy0-9]|[a-z]+[0-9][a-z0-9]*)"
"""A company's name written small, as a brand ("xyzova", "abc21"): not ending like a German
adjective ("die neue GmbH", "eine kommunale AG")."""
_HYPHEN_PART = r"[A-ZÄÖÜ][a-zäöüß]+-"
"""A capitalised part of a hyphenated name ("X-Y-Stiftung": "X-", "Y-")."""
_BODY_HEAD = (
    r"(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*(?:akademie|institut|(?<!ommer)(?<!inter)schule|"
    r"zentrum|verband|verbund|kammer|gemeinschaft|"
    r"beauftragte[rn]?|verwaltung|anstalt|stiftung)|Akademie|Institut|Zentrum|Anstalt|Stiftung|"
    r"Beauftragte[rn]?|Verwaltung)"
)
"""A kind of body that takes a name or a remit: "Fortbildungsakademie X", "Zentrum für Y",
"Verkehrsgemeinschaft Z"."""
_BODY_ANCHOR = (
    r"akademie|institut|schule|zentrum|verband|verbund|eauftragte|verwaltung|Verwaltung für|"
    r"nstalt|Akademie|Institut|Zentrum|tiftung|kammer|gemeinschaft"
)
"""Literal first letters, so the regex engine skips to them (see :func:`windowed`)."""
_BODY_ADJECTIVE = r"(?:(?:Unabhängige|Kommunale|Zentrale|Staatliche)[nrs]?[ \t]+)"
_FOR_ITEM = (
    r"(?:(?:den|die|das)[ \t]+)?(?:[a-zäöüA-ZÄÖÜ][a-zäöü]{3,}(?:en|er|es|e)[ \t]+(?=[A-ZÄÖÜ]))?"
    r"(?:[A-ZÄÖÜ][\wäöüß]*-[ \t]+(?:und|oder)[ \t]+)?[A-ZÄÖÜ][\wäöüß]*"
)
"""A remit: a noun, or two that share their last part ("Umwelt- und Klimatechnik"), after an
adjective, also a capitalised one ("für Angewandte Xkunde")."""
_NO_TIME = (
    r"(?!(?:den|die|das)[ \t]+(?:[a-zäöü]+[ \t]+)?[A-ZÄÖÜ]?[a-zäöüß]*(?:[Pp]hase|[Zz]eit|[Dd]auer|"
    r"[Jj]ahre|[Mm]onate|[Rr]unde)\b)"
)
"""No remit: a time ("dem Zweckverband für die zweijährige Pilotphase X Euro")."""
_FOR_LIST = rf"{_FOR_ITEM}(?:(?:,[ \t]*{_FOR_ITEM})*[ \t]+und[ \t]+{_FOR_ITEM})*"
"""Remits joined by "und", the first ones of a list by commas ("für A, B und C"): a comma
ends the list unless an "und" follows (", X Y, sagte …" is a name after the body's)."""
_OFFICE_VERBS = (
    r"hat|hatte|ist|war|wird|will|soll|stellt|stellte|gibt|gab|fördert|förderte|bewilligt|"
    r"bewilligte|zahlt|zahlte|unterstützt|unterstützte|leitet|betreut"
)
"""Verbs that may follow an office's name with its town ("Das Amt für X Y hat …")."""


_BUILDING_ADJECTIVE = r"(?:(?:Alt|Neu|Rot|Historisch|Groß|Klein|Blau|Weiß)e[nms]?[ \t]+)"
"""Adjectives that open a building's name ("das Rote Rathaus", "im Alten Rathaus")."""
_EVENT_ADJECTIVE = r"(?:(?:Kommunale|Digitale|Nationale|Internationale|Deutsche)[nrs]?[ \t]+)"


def is_adjective(word: str | None) -> bool:
    """Whether a capitalised -er word before a name is a place adjective, not "Der", "Aber"."""
    return word is None or word.lower() not in NOT_ADJECTIVES


_HYPHEN_EVENT_HEADS: Final = (
    "Konferenz|Kongress|Gipfel|Summit|Festival|Hackathon|Barcamp|Messe|Netzwerktreffen|Forum|"
    "Sommerschule|Winterschule"
)
"""Heads of events that may close a hyphenated compound with a capital ("X-Barcamp")."""
_TAL_ANCHOR: Final = re.compile(r"tal |tal,|tal\.|tal;|tal:")
_WALD_ANCHOR: Final = re.compile(r"wald|gebirge|rhein|heide|gau")
_MINISTRY_ANCHOR: Final = re.compile(r"inisteri")
_FOLLOW: Final[dict[re.Pattern[str], re.Pattern[str]]] = {
    _TAL_ANCHOR: re.compile(r"(?<!igital.)(?<!ortal.)(?<!pital.)"),
    _WALD_ANCHOR: re.compile(r"(?![\wäöüß„“\"-])"),
    _MINISTRY_ANCHOR: re.compile(r"(?:um|ums)[ \t]+(?:für|des|der)[ \t]"),
}
"""What follows the anchor of a pattern in every match (``windowed(follow=...)``): "tal "
not after "Digi", "Por", "Kapi" (as the pattern's look-behinds say), a region's head at its
word's end, "Ministerium für". (Events: ``EVENT_ANCHOR_END``, see :func:`discover`.)"""


_PATTERNS: Final[tuple[tuple[re.Pattern[str], str, str, re.Pattern[str] | None], ...]] = (
    (
        re.compile(
            rf"\b(?:Bundes|Staats|Landes)?[Mm]inisteri(?:um|ums){_S}(?:für|des|der{_NOT_LOCAL}){_S}{_LIST}"
            + _OF_STATE
        ),
        "Organisation",
        "ministry",
        _MINISTRY_ANCHOR,
    ),
    (
        re.compile(rf"\b[A-ZÄÖÜ][a-zäöüß]+ministeri(?:um|ums){_STATE_SUFFIX}"),
        "Organisation",
        "ministry",
        re.compile(r"ministeri"),
    ),
    (
        # the ministries of a city state: "der Senator für Finanzen", "die Senatorin für X und
        # Y der Freien Hansestadt Z", "die Behörde für X und Y"
        re.compile(
            rf"(?<![\wäöüß-])(?:Senator(?:in)?|Behörde){_S}für{_S}{_LIST}"
            rf"(?:{_S}der{_S}Freien{_S}(?:und{_S})?Hansestadt{_S}{CAP})?"
        ),
        "Organisation",
        "ministry",
        re.compile(r"Senator|Behörde"),
    ),
    (
        re.compile(
            rf"\b(?:[A-ZÄÖÜ][a-zäöü]+er{_S})?(?:(?:Städte|Gemeinde)-{_S}und{_S})?"
            r"(?:Gemeindetag|Städtetag|Landkreistag|Gemeindebund|Städtebund|"
            r"Städteverband|Landkreisverband)(?:e?s)?" + _STATE_SUFFIX
        ),
        "Organisation",
        "municipal_association",
        re.compile(
            r"Gemeindetag|Städtetag|Landkreistag|Gemeindebund|Städtebund|Städteverband|"
            r"Landkreisverband"
        ),
    ),
    (
        re.compile(
            rf"\b(?:(?:Bundes|Landes)?[A-ZÄÖÜ][a-zäöüß]+agentur|Agentur(?={_S}für))"
            rf"(?:{_S}für{_S}{_LIST}|" + _STATE_SUFFIX + r")"
        ),
        "Organisation",
        "agency",
        re.compile(r"gentur"),
    ),
    (
        re.compile(rf"\b(?:Bundes|Landes)amt(?:es)?{_S}für{_S}{_LIST}"),
        "Organisation",
        "agency",
        re.compile(r"Bundesamt|Landesamt"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:{CAP}(?:{_S}(?:{CAP}|{_DIGIT_WORD})){{0,3}}|{_BRAND})"
            rf"{_S}{LEGAL_FORMS})(?!\w)"
        ),
        "Organisation",
        "company",
        re.compile(r"GmbH|AG|SE|KG|OHG|GbR|UG|eG|V\.|AöR|mbH"),  # a part of every legal form
    ),
    (
        re.compile(
            rf"(?P<name>(?:{EVENT_HEAD_RE})"
            rf"(?P<tail>{_S}(?:19|20)\d\d|{_S}{CAP}(?:{_S}(?:19|20)\d\d)?)?)(?![\wäöüß-])"
        ),
        "Event",
        "event",
        EVENT_ANCHOR,
    ),
    (
        # an event's head closing a hyphenated compound ("Verwaltungs-Barcamp X"): read only
        # near such a head, which is rare
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>[A-ZÄÖÜ][\wäöüß]*-(?:{_HYPHEN_EVENT_HEADS})"
            rf"(?P<tail>{_S}(?:19|20)\d\d|{_S}{CAP}(?:{_S}(?:19|20)\d\d)?)?)(?![\wäöüß-])"
        ),
        "Event",
        "event",
        re.compile(f"-(?:{_HYPHEN_EVENT_HEADS})"),  # (one search: cheaper than ten finds)
    ),
    (
        # a town by a title of its own ending in "-stadt", after an article or adjective ("die
        # Rosenstadt X", "der alten Dichterstadt Y"; not "Innenstadt", nor a town so named: "in
        # Xstadt Projekte")
        re.compile(
            rf"(?<=(?:ie|er|en|em)[ \t])(?P<name>(?!(?:Innen|Alt|Vor)stadt)"
            rf"[A-ZÄÖÜ][a-zäöüß]{{3,}}stadt[ \t]+{CAP})(?![\wäöüß-])"
        ),
        "Organisation",
        "city",
        re.compile(r"stadt "),
    ),
    (
        re.compile(
            r"\b(?P<name>[A-ZÄÖÜ][\wäöüß-]*gesetz)(?:es|s)?(?:[ \t]+\((?P<acro>[A-Z]{2,})\))?"
        ),
        "Law",
        "law",
        re.compile(r"gesetz"),
    ),
    (
        # an office with its remit, and the town it serves: "das Amt für X und Y", "des
        # Amtes für Z der Stadt W", "Das Amt für X Y hat …" (Y the town, before a verb); not
        # "dem Amt für die Entwicklung X Euro": what an Amt named before gets money for
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>Amt(?:es|s)?{_S}für{_S}(?!(?:den|die|das|dem){_S}){_FOR_LIST}"
            rf"(?:{_S}der{_S}(?:Landeshauptstadt|Hansestadt|Stadt|Gemeinde){_S}{CAP}"
            rf"|{_S}{CAP}(?={_S}(?:{_OFFICE_VERBS})\b))?)"
            r"(?![\wäöüß-])"
        ),
        "Organisation",
        "organisational_unit",
        re.compile(r"Amt"),
    ),
    (
        # a town's utilities by its adjective: "die Xer Stadtwerke", "den Yer Verkehrsbetrieben"
        re.compile(
            rf"\b(?P<name>{PLACE_ADJECTIVE}(?:Stadtwerk|Verkehrsbetrieb|Wasserwerk)en?)"
            r"(?![\wäöüß-])"
        ),
        "Organisation",
        "company",
        re.compile(r"Stadtwerk|Verkehrsbetrieb|Wasserwerk"),
    ),
    (
        re.compile(rf"\b(?P<name>{PLACE_ADJECTIVE}(?:Landesregierung|Staatsregierung))\b"),
        "Organisation",
        "state",
        re.compile(r"regierung"),
    ),
    (
        # a state's parliament by the state's adjective ("der Xische Landtag", "die Xer
        # Bürgerschaft", "das Xer Abgeordnetenhaus")
        re.compile(
            rf"\b(?P<name>{PLACE_ADJECTIVE}(?:Landtag|Bürgerschaft|Abgeordnetenhaus)(?:e?s)?)"
            r"(?![\wäöüß-])"
        ),
        "Organisation",
        "committee",
        re.compile(r"Landtag|Bürgerschaft|Abgeordnetenhaus"),
    ),
    (
        re.compile(
            rf"\b(?P<name>{PLACE_ADJECTIVE}[A-ZÄÖÜ][\wäöüß-]*(?:akademie|schule|hochschule|institut)"
            r"(?:en|n|s)?)(?![\wäöüß])"
        ),
        "Organisation",
        "training_provider",
        re.compile(r"akademie|schule|institut"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß])(?P<name>(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:Universität|(?:Fach)?[Hh]ochschule)"
            rf"(?![a-zäöüß])(?:{_S}(?:für{_S}{CAP}(?:{_S}und{_S}{CAP})?(?:{_S}(?:des|der){_S}{CAP})?|"
            rf"(?:des|der){_S}{_STATE_GENITIVE}|(?:zu|in){_S}{CAP}|{_TWO_PLACES}|{_NAMED}))?)"
        ),
        "Organisation",
        "university",
        re.compile(r"Universität|Hochschule|hochschule"),
    ),
    (
        re.compile(
            rf"\b(?P<name>Zweckverband(?:es|s)?(?:{_S}(?:{CAP}|für|der|des|und(?!{_S}(?:der|des|dem|den|die|das)\b)|"
            rf"[a-zäöü]+(?:isch|lich|al|iv)e[nrs]?))*{_S}(?:{CAP}|{_CAMEL}))"
            rf"(?=[ \t]*[,.;:(]|{_S}(?!(?:für|der|des)\b)[a-zäöü])"
        ),
        "Organisation",
        "special_purpose_association",
        re.compile(r"Zweckverband"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:{ADJECTIVE})?(?:Senat|Magistrat|Staatskanzlei)"
            rf"(?:e?s)?(?:{_S}(?:der|des){_S}(?:{ADJECTIVE}|Freien{_S})?{CAP}(?:{_S}{CAP})?"
            rf"|{_S}(?:{_NAMED})|{_S}(?P<of_state>{CAP}))?)(?![\wäöüß-])"
        ),
        "Organisation",
        "state",
        re.compile(r"Senat|Magistrat|Staatskanzlei"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:Gesamt)?Personalrat(?:e?s)?"
            rf"(?:{_S}(?:der|des){_S}{CAP}(?:{_S}{CAP})?)?)(?![\wäöüß-])"
        ),
        "Organisation",
        "committee",
        re.compile(r"Personalrat"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?P<head>{_BODY_HEAD})"
            r"(?:(?<=[Ii]nstitut)s|(?<=[Zz]entrum)s)?(?![\wäöüß-])"  # (or in the genitive)
            rf"(?P<named>{_S}(?:{_NAMED}))?"
            rf"(?P<for>{_S}für{_S}(?(named)(?!(?:den|die|das)[ \t])|{_NO_TIME}){_FOR_LIST}"
            rf"(?:{_S}(?:{_NAMED}))?)?)"  # (with a name, "für den X" is no remit)
        ),
        "Organisation",
        "public_body",
        re.compile(_BODY_ANCHOR),
    ),
    (
        # a school named by where it stands: "die Grundschule an der X", "das Gymnasium am Y"
        # (not "die Volkshochschule im Landkreis X", "die Hochschule im Sommer", nor a quoted
        # name "„Schule im Dialog“")
        re.compile(
            rf"(?<![\wäöüß„\"-])(?P<name>(?:(?:Grund|Ober|Gesamt|Real|Mittel|Förder|Berufs|"
            rf"Haupt|Gemeinschafts)schule|Schule|Gymnasium){_S}"
            rf"(?:am|an{_S}der|an{_S}den|im|in{_S}der|auf{_S}dem){_S}"
            rf"(?!(?:{'|'.join(PLACE_HEADS)}|Land|Jahr|Rahmen|Auftrag|Sommer|Herbst|Winter|"
            rf"Frühjahr|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
            rf"November|Dezember)\b)[A-ZÄÖÜ][\wäöüß]+(?:-[A-ZÄÖÜ][\wäöüß]+)*)(?![\wäöüß-])"
        ),
        "Organisation",
        "training_provider",
        re.compile(r"chule|Gymnasium"),
    ),
    (
        re.compile(
            rf"\b(?:[A-ZÄÖÜ][a-zäöü]*)?(?:[Kk]apitalgeber|[Ii]nvestor|[Gg]eldgeber)(?:in|s)?{_S}"
            rf"(?P<name>(?:{CAP}{_S}){{0,3}}{CAP})(?=[ \t]*[,.;:)]|{_S}[a-zäöü])"
        ),
        "Organisation",
        "investor",
        re.compile(r"apitalgeber|nvestor|eldgeber"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:Kreis|Stadt)?(?:[Ss]parkasse|Volksbank|Raiffeisenbank|"
            rf"Sparkassen-Finanzgruppe|(?:Landes|Investitions|Förder|Entwicklungs)bank|"
            rf"[A-ZÄÖÜ][a-zäöüß]+-{_S}und{_S}[A-ZÄÖÜ][a-zäöüß]+bank)"  # "X- und Ybank Z"
            rf"(?:{_S}[A-ZÄÖÜ][a-zäöüß]+-?)?{_S}(?:(?:am|an{_S}der|im|in{_S}der){_S})?"
            rf"(?:{_NAMED}|[A-ZÄÖÜ][a-zäöüß]+(?=[ \t]+[(\d])))"
        ),
        "Organisation",
        "bank",
        re.compile(r"parkasse|bank"),
    ),
    (
        # a state's bank named with its state ("die Investitionsbank des Landes X")
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:Landes|Investitions|Förder|Entwicklungs|Aufbau)bank{_S}"
            rf"des{_S}(?:Landes|Freistaate?s){_S}{CAP})"
        ),
        "Organisation",
        "bank",
        re.compile(r"bank des"),
    ),
    (
        # a bank named by a place's or state's adjective before it ("die Xer Sparkasse", "der
        # Xischen Investitions- und Förderbank")
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>{PLACE_ADJECTIVE}(?:Sparkasse|Volksbank|Raiffeisenbank|"
            rf"(?:Landes|Investitions|Förder|Entwicklungs|Aufbau)(?:bank|-Bank)|"
            rf"[A-ZÄÖÜ][a-zäöüß]+-{_S}und{_S}[A-ZÄÖÜ][a-zäöüß]+bank))(?![\wäöüß-])"
        ),
        "Organisation",
        "bank",
        re.compile(r"parkasse|bank|Bank"),
    ),
    (
        # a bank's name of a word, a dot and "BANK" ("die X.BANK"; other dotted names are as
        # often portals or short forms defined in brackets, and are left to those readers)
        re.compile(r"(?<![\w.(])(?P<name>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,12}\.BANK)(?![\w.])"),
        "Organisation",
        "bank",
        re.compile(r"\.BANK"),
    ),
    (
        # a bank named by a short name of capitals before "Bank" ("die XBank", "der Y-Bank")
        re.compile(r"(?<![\wäöüß-])(?P<name>[A-ZÄÖÜ]{1,4}-?Bank)(?![\wäöüß-])"),
        "Organisation",
        "bank",
        re.compile(r"Bank"),
    ),
    (
        re.compile(rf"(?<![\wäöüß-])(?P<name>(?:Stadt|Gemeinde|Kreis)werke{_S}(?:{_NAMED}))"),
        "Organisation",
        "company",
        re.compile(r"werke"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>[A-ZÄÖÜ][\wäöüß]*-[A-ZÄÖÜ][\wäöüß]*{_S}"
            r"(?:Frühphasen|Beteiligungs|Wagniskapital|Risikokapital|Gründer|Innovations|Seed-)"
            r"fonds)(?![\wäöüß-])"
        ),
        "Organisation",
        "investor",
        re.compile(r"fonds"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+-{_S}und{_S}[A-ZÄÖÜ][a-zäöüß]+"
            r"(?:amt|behörde|verwaltung)(?:e?s)?)(?![\wäöüß-])"
        ),
        "Organisation",
        "organisational_unit",
        re.compile(r"-[ \t]+und"),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>Fraktion{_S}(?:der|von){_S}(?:{ADJECTIVE})?[A-ZÄÖÜ][\wäöüß]+"
            rf"(?:{_S}(?:im|in{_S}der){_S}{CAP})?)(?![\wäöüß-])"
        ),
        "Organisation",
        "party",
        re.compile(r"Fraktion"),
    ),
    (
        re.compile(rf"(?<![\wäöüß-])(?P<name>(?:{_HYPHEN_PART})+Stiftung)(?![\wäöüß-])"),
        "Organisation",
        "foundation",
        re.compile(r"-Stiftung"),
    ),
    (
        # an association named with the word "Verein" ("vom Verein X Y, der …", "der Verein Z
        # e. V.")
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>Verein{_S}{CAP}(?:{_S}(?:{CAP}|for|im|am|an{_S}der))*"
            rf"(?:{_S}e\.{_S}?V\.)?)(?=[ \t]*[,.;:)]|{_S}[a-zäöü])"
        ),
        "Organisation",
        "association",
        re.compile(r"Verein "),
    ),
    (
        re.compile(
            rf"(?<![\wäöüß-])(?P<name>(?:{_HYPHEN_PART})+(?:Gymnasium|[A-ZÄÖÜ]?[a-zäöü]*[Ss]chule)"
            r"(?:s)?)(?![\wäöüß-])"
        ),
        "Organisation",
        "training_provider",
        re.compile(r"-Gymnasium|-[A-ZÄÖÜ]?[a-zäöü]*[Ss]chule"),
    ),
    (
        re.compile(rf"(?<![\wäöüß-])(?P<name>(?:{_HYPHEN_PART})+(?:Verein|Verband))(?![\wäöüß-])"),
        "Organisation",
        "association",
        re.compile(r"-Verein|-Verband"),
    ),
    (
        re.compile(
            r"^(?:(?P<first>[A-ZÄÖÜ][\wäöüß-]+)/)?(?P<name>[A-ZÄÖÜ][\wäöüß-]+"
            r"(?:[ \t]am[ \t][A-ZÄÖÜ]\w+)?),[ \t]+(?:den[ \t]+)?\d{1,2}\.",
            re.M,
        ),
        "Place",
        "place",
        None,
    ),
    (
        re.compile(
            r"(?:\b(?:[Ii]m|[Aa]m|[Vv]om|[Zz]um|[Aa]us[ \t]+dem|[Ii]n[ \t]+den)[ \t]+)"
            r"(?P<name>[A-ZÄÖÜ][a-zäöü]+"
            r"(?:wald|gebirge|rhein|heide|gau))(?![\wäöüß„“\"-])"
        ),
        "Place",
        "place",
        _WALD_ANCHOR,
    ),
    (
        re.compile(
            r"(?:\b(?:[Ii]m|[Aa]m|[Vv]om|[Zz]um|[Aa]us[ \t]+dem|[Ii]n[ \t]+den)[ \t]+)"
            r"(?P<name>[A-ZÄÖÜ][a-zäöü]+(?<!igi)(?<!or)(?<!api)(?<!pi)tal)(?![\wäöüß„“\"-])"
        ),
        "Place",
        "place",
        _TAL_ANCHOR,  # (words: found with str.find)
    ),
    (
        re.compile(
            r"(?:\b(?:[Ii]m|[Aa]m|[Vv]om|[Zz]um|dem|den|des)[ \t]+)(?P<name>(?P<place_adj>"
            r"[A-ZÄÖÜ][a-zäöü]+(?:er|ischen?))[ \t]+(?:Wald|Waldes|Walde|[A-ZÄÖÜ]?[a-zäöü]*"
            r"[Gg]ebirges?|Berglande?s?))(?![\wäöüß-])"
        ),
        "Place",
        "place",
        re.compile(r"Wald|ebirge|Bergland"),
    ),
    (
        re.compile(
            r"(?:\b(?:[Ii]m|[Aa]us[ \t]+dem|[Vv]om)[ \t]+)"
            r"(?P<name>(?P<place_adj>[A-ZÄÖÜ][a-zäöü]+er)[ \t]+(?:Nord|Süd)?"
            r"(?:[Ww]esten|[Oo]sten|Norden|Süden))(?![\wäöüß-])"
        ),
        "Place",
        "place",
        re.compile(r"Westen|Osten|Norden|Süden|dwesten|dosten"),  # (not "Kosten")
    ),
    (
        # a building or quarter by its place's adjective or an adjective of its own ("im
        # Xer Rathaus", "vom Roten Rathaus", "im Historischen Museum", "aus dem Yer
        # Binnenhafen"), or by a name after it ("in die Stadthalle Z", "ins Nordkolleg W")
        re.compile(
            rf"(?:\b(?:in[ \t]+der|in[ \t]+die|im|ins|vom|am|beim|zum|aus[ \t]+dem)[ \t]+)"
            rf"(?:(?P<name>(?P<adj>{PLACE_ADJECTIVE}|{_BUILDING_ADJECTIVE})"
            r"(?:[A-ZÄÖÜ][a-zäöü]+(?:halle|haus|arena|saal|museum|hafen)|Museum))|"
            r"(?P<named>[A-ZÄÖÜ][a-zäöü]+(?:halle|haus|arena|saal|kolleg)[ \t]+[A-ZÄÖÜ][\wäöüß-]+))"
            r"(?![\wäöüß„“\"-])"
        ),
        "Place",
        "place",
        re.compile(r"halle|haus|arena|saal|useum|hafen|kolleg"),
    ),
    (
        # a school or institute named in English: "die X School", "das Y Z Institute of W"
        re.compile(
            r"(?<![\wäöüß-])(?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?[ \t]+){1,2}"
            r"(?:School|Institute|College)(?:[ \t]+of[ \t]+[A-Z][a-z]+"
            r"(?:[ \t]+(?:and[ \t]+)?[A-Z][a-z]+){0,2})?)(?![\wäöüß-])"
        ),
        "Organisation",
        "university",
        re.compile(r"School|Institute|College"),
    ),
)
"""(A region named after "im", "am": "im Xwald", "am Yrhein", "im Ztal", also with an
adjective: "im Xer Wald", "des Yischen Gebirges"; a part of a town or region by its place's
adjective: "im Xer Westen"; a venue: "in der Xhalle", "im
Yer Zhaus"; a dateline of two places.)"""

_PLACE_HEAD = "|".join(PLACE_HEADS)
_NOT_TIME: Final = (
    r"(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Wochenende|"
    r"Morgen|Vormittag|Mittag|Nachmittag|Abend|Ende|Anfang|Rande|Rahmen|Jahr|Monat)"
    r"[a-zäöüß]*\b|"
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
    r"Frühjahr|Frühling|Sommer|Herbst|Winter)s?\b)"
)
"""A time or a frame after "am"/"im" ("Kreis X am Montagabend", "Landkreis Y im März"), not
part of a place's name."""
_NOT_VENUE: Final = (
    r"(?![A-ZÄÖÜ][a-zäöüß]*(?:haus|häuser|saal|halle|zentrum|gebäude|hof|park|garten|platz)\b)"
)
"""No building after "im"/"am" ("Bezirksamt X im Bürgerhaus Y": where it met), as a place's
name ("Freiburg im Breisgau") never has one."""
_PLACE_HEAD_AT_WORD = "|".join(
    rf"{re.escape(head[0])}(?<!\w{re.escape(head[0])}){re.escape(head[1:])}" for head in PLACE_HEADS
)
"""The heads after a word boundary, each written to start with its first letter (so the engine
skips to those letters)."""
_PLACE_RE: Final = re.compile(
    rf"(?P<head>{_PLACE_HEAD_AT_WORD})(?:es)?[ \t]+"
    rf"(?P<name>[A-ZÄÖÜ][a-zäöüß]+er[ \t]+Land(?![\wäöüß-])|"  # "Landkreis Xer Land"
    rf"(?:[A-ZÄÖÜ][a-zäöüß]+(?:ische[nr]?|er)[ \t]+)?(?:(?:Bad|Sankt)[ \t]+(?=[A-ZÄÖÜ]))?{CAP}"
    rf"(?:[ \t]+(?:am|an der|im|in der|ob der)[ \t]+(?!(?:{_PLACE_HEAD})\b){_NOT_TIME}"
    rf"(?![\wäöüß-]*[Kk]reis(?:es)?\b){_NOT_VENUE}{CAP})?)"
)
_HEADS = "|".join(sorted(INITIATIVE_HEADS, key=len, reverse=True))
_HEAD_END: Final = re.compile(
    r"\b(?P<head>(?:[A-ZÄÖÜ][\wäöüß]*-)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:"
    + _HEADS
    + "|"
    + _HEADS.title()
    + r"))(?:e?s)?$"
)
"""A head noun that introduces a name ("Förderprogramm", "Projekts"), at a word's end."""
_QUOTED: Final = re.compile(r"[„“\"»](?P<quoted>[^„“”\"»«\n]{2,80}?)(?:[“”\"«„]|$)", re.MULTILINE)
_AT: Final = re.compile(r"(?P<at>[\w.-]*[@#][\w.-]+(?:[ \t]+[A-ZÄÖÜ0-9][\w.]*){0,2})")
_TOKEN_CHARS: Final = frozenset("._-")
_NAME_MARK: Final = re.compile(r"[„“\"»@#]")


PERSON_BEFORE: Final = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß]+[ \t]+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?,[ \t]+"
    r"(?:(?:der|die)[ \t]+)?$"
)
"""A person's name and a comma right before a title ("X Y, Senatorin für Z")."""
_STATE_ADJECTIVE: Final = re.compile(ADJECTIVE)
"""A state's adjective ("Hessische Verwaltung für X")."""
_NAMED_PART: Final = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}-[A-ZÄÖÜ]")
"""An event's compound opened by a name of its own ("X-Kommunalhackathon"): a name."""


_DEFINITE_BEFORE: Final = re.compile(r"(?<![\wäöüß])(?:der|dem|den|des|die|das)[ \t]+$")
_FOR_DETERMINER: Final = re.compile(rf"[ \t]+für[ \t]+{_DETERMINER}")


def _named_before_again(text: str, m: re.Match[str], adjectives: int | None) -> bool:
    """A body noun after a definite article with "für" and an article or possessive after it,
    whose body was named in full before ("der Zweckverband X … dem Zweckverband für den
    Aufbau", "für seine Mitglieder"): the body named before, and what it does (no name)."""
    remit = m.group("for")
    if m.group("named") or adjectives is not None or not remit:
        return False
    if _FOR_DETERMINER.match(remit) is None:
        return False
    at = m.start()
    if _DEFINITE_BEFORE.search(text, max(0, at - 5), at) is None:
        return False
    head = m.group("head")
    return re.search(rf"(?<![\wäöüß-]){re.escape(head)}[ \t]+[A-ZÄÖÜ]", text[:at]) is not None


def discover(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Mentions of names found by pattern, linked where the gazetteer knows the name."""
    for pattern, cls, kind, anchor in _PATTERNS:
        if anchor is None:
            found: Iterator[re.Match[str]] = pattern.finditer(text)
        elif anchor is EVENT_ANCHOR:  # (an event's name: its head's word and words after it)
            found = in_words(pattern, anchor, text, follow=EVENT_ANCHOR_END, words_after=4)
        else:
            found = windowed(pattern, anchor, text, follow=_FOLLOW.get(anchor))
        for m in found:
            if not is_adjective(m.groupdict().get("place_adj")):
                continue
            at = m.start()
            adjectives = _adjectives_before(text, at) if kind in ("public_body", "event") else None
            if kind == "public_body" and not (m.group("named") or m.group("for") or adjectives):
                continue  # a body noun names a body with a name, a remit or an adjective
            if (
                kind == "public_body"
                and adjectives is not None
                and "eauftragte" in m.group("head")
                and _surname_adjective(text, adjectives)
            ):
                continue  # "ist Jana Krüger Digitalisierungsbeauftragte": her name and title
            if kind == "public_body" and _named_before_again(text, m, adjectives):
                continue  # "… Zweckverband X …; dem Zweckverband für den Aufbau": X again
            if kind == "public_body" and _POSSESSIVE.search(text, max(0, m.start() - 10), at):
                continue  # "erhalten von unserer Stiftung Geld": the body speaking, no name
            if kind == "public_body" and m.group("head").endswith("kammer") and not adjectives:
                continue  # "Handwerkskammer X" is read with the heads that take a name
            if (
                kind == "public_body"
                and m.group("head") == "Verwaltung"
                and (adjectives is None or _STATE_ADJECTIVE.match(text, adjectives) is None)
            ):
                continue  # "die (Digitale) Verwaltung": a name only with a state's adjective
            if m.group().startswith("Senator") and PERSON_BEFORE.search(
                text, max(0, m.start() - 60), m.start()
            ):
                continue  # "X Y, Senatorin für Z": her title, not the body
            body_kind = kind
            if kind == "public_body" and m.group("head").startswith("Senatsverwaltung"):
                body_kind = "ministry"  # a city state's ministry
            if kind == "public_body" and m.group("head").endswith("erwaltungsverband"):
                body_kind = "special_purpose_association"  # towns administered together
            if kind == "event" and not (
                adjectives or m.group("tail") or _NAMED_PART.match(m.group())
            ):
                continue  # "der Verwaltungskongress": a common noun without a name
            name_group = "name" if "name" in pattern.groupindex and m.group("name") else 0
            if kind == "place" and "named" in pattern.groupindex and m.group("named"):
                name_group = "named"  # "im Rathaus X": the building with its place's name
            start, end = _trim(text, *m.span(name_group))
            if adjectives is not None:
                start = adjectives
            if "of_state" in pattern.groupindex and m.group("of_state"):
                end = _trim(text, start, _state_end(m, gazetteer))[1]
            if kind == "company":
                start = _after_descriptors(text, start, end)
                place = _PLACE_BEFORE_NAME.match(text, start, end)
                if (
                    place is not None
                    and is_adjective(place.group("adj"))
                    and place.group("adj").lower() not in _NOT_PLACES_BEFORE_NAMES
                    and _ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
                    and not _generic_only(text[place.end() : end])
                ):
                    yield _place_of_adjective(text, *place.span("adj"), gazetteer)
                    start = place.end()  # "die Xer Y Software GmbH": the company is Y's
            if end - start >= 3:
                yield _linked(text, start, end, cls, body_kind, gazetteer)
            if "first" in pattern.groupindex and m.group("first"):  # "X/Y, 1. Mai": both
                yield _linked(text, *m.span("first"), cls, body_kind, gazetteer)
    yield from _places(text, gazetteer)
    yield from _adjectives_of_places(text, gazetteer)
    yield from _counties(text, gazetteer)
    yield from _described(text, gazetteer)
    yield from _named(text, gazetteer)
    yield from _works_of_states(text, gazetteer)
    yield from _headed(text, gazetteer)
    yield from _neighbours(text)
    yield from _parties(text)
    yield from _offices_of_places(text, gazetteer)


_NOT_STATE_WORKS: Final = frozenset(["system", "zertifikatskurs", "dienst"])
"""Heads of works that are not named by a state after them ("System X" is rare, "System" in
running text frequent: searching around each would cost more than it finds; "der Geologische
Dienst X" is a state's agency, no programme)."""
_WORK_HEADS: Final = tuple(
    sorted(
        {
            h
            for h, (cls, _) in INITIATIVE_HEADS.items()
            if cls == "Initiative" and len(h) >= 5 and h not in _NOT_STATE_WORKS
        }
        | {"plan", "agenda"},
        key=len,
        reverse=True,
    )
)
_STATE_WORK: Final = re.compile(
    r"(?:(?P<adj>[A-ZÄÖÜ][a-zäöüß]+(?:e|en|er|es))[ \t]+)?"
    r"(?P<head>(?:[A-ZÄÖÜ][\wäöüß-]*?(?:"
    + "|".join(_WORK_HEADS)
    + ")|(?:"
    + "|".join(h.title() for h in _WORK_HEADS)
    + r"))(?:e?s)?)[ \t]+(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)"
    r"(?:[ \t]+(?P<year>(?:19|20)\d\d))?(?![\wäöüß-])"
)
"""A work named by its head and a state or region: "Digitalstrategie Nordland",
"Bauportal Südland", "des Digitalplans Nordland 2030", "der Digitalen Agenda X"."""
_WORK_ANCHOR: Final = re.compile(
    "|".join(h for h in _WORK_HEADS if not any(h != o and h.endswith(o) for o in _WORK_HEADS)),
    re.IGNORECASE,
)
"""How every head of ``_STATE_WORK`` ends, whatever its case ("Förderprogramm", "Programm":
"programm"): fewer words to look for (in the lower-cased text, see ``windows.literals``)."""
_WORK_NAME_AFTER: Final = re.compile(r"(?:e?s)?[ \t]+[A-ZÄÖÜ]")
"""What follows the head of every match of ``_STATE_WORK``: only such heads are read around."""


def _works_of_states(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Works named by a head noun and the name of a state the graph knows, or of a region
    written as two names joined by a hyphen (not in quotes: those are read by
    :func:`_named`)."""
    for m in windowed(_STATE_WORK, _WORK_ANCHOR, text, around=120, follow=_WORK_NAME_AFTER):
        name = m.group("name")
        entry = gazetteer.lookup(name)
        if not ((entry is not None and entry.kind == "state") or "-" in name):
            continue
        adjective = m.group("adj")
        start = m.start("adj") if adjective and not _is_function(adjective) else m.start("head")
        yield _linked(text, start, m.end(), "Initiative", "programme", gazetteer)


def _is_function(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS or word.lower() in NOT_ADJECTIVES


_KREIS: Final = re.compile("[Kk]reis")
_COUNTY: Final = re.compile(
    r"(?:[A-ZÄÖÜ][\wäöüß]*-)+Kreis(?:es|s)?|[A-ZÄÖÜ][a-zäöüß]{2,}kreis(?:es|s)?"
)
"""A county named by a compound of "Kreis" ("X-Kreis", "Ykreis")."""


def _counties(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Counties named by a compound of "Kreis", read from each "kreis" out to its word."""
    done = -1
    for m in _KREIS.finditer(text):
        start, end = m.start(), m.end()
        if start < done or text[start - 4 : start] == "Land":
            continue  # "Landkreis" is a head noun, not a county's name
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1
        done = end
        word = text[start:end]
        if _COUNTY.fullmatch(word) is not None and not _common_circle(word):
            if _INDEFINITE_BEFORE.search(text, max(0, start - 8), start):
                continue  # "für uns als Flächenkreis", "ein Großkreis": a kind, no name
            yield _linked(text, start, end, "Organisation", "county", gazetteer)


_INDEFINITE_BEFORE: Final = re.compile(
    r"(?<![\wäöüß])(?:[Aa]ls|[Ee]in(?:e[mns])?|[Kk]ein(?:e[mns])?|[Jj]ede[mnrs])[ \t]+$"
)
"""What a common noun of a kind stands after, not a name: "als", an indefinite article."""
_ADJECTIVE_END: Final = re.compile(rf"(?:{PLACE_ADJECTIVE}|{_BODY_ADJECTIVE}|{_EVENT_ADJECTIVE})$")


def _name_word_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is capitalised and no article ("Digitale", not "Die")."""
    words = text[max(0, at - 40) : at].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in FUNCTION_WORDS


def _last_word_capitalised(text: str, at: int) -> bool:
    words = text[max(0, at - 40) : at].split()
    return bool(words) and words[-1][:1].isupper()


def _surname_adjective(text: str, at: int) -> bool:
    """Whether the -er word at ``at`` follows a capitalised word that is no function word: a
    surname after a first name ("Jana Krüger"), not a place's adjective ("der Berliner")."""
    if not re.match(r"[A-ZÄÖÜ][a-zäöüß]+er[ \t]", text[at : at + 40]):
        return False
    words = text[max(0, at - 40) : at].split()
    return bool(words) and words[-1][:1].isupper() and words[-1].lower() not in FUNCTION_WORDS


def _adjectives_before(text: str, at: int) -> int | None:
    """Where the capitalised adjectives of a name right before ``at`` start ("Hessischer
    Kommunaler" + "Digitalgipfel"), or None without any. Read back one at a time, so the
    pattern of the head need not try them at every position of the text."""
    start = None
    while (
        at > 1
        and text[at - 1] in " \t"
        and _last_word_capitalised(text, at)
        and (m := _ADJECTIVE_END.search(text, max(0, at - 40), at)) is not None
    ):
        if not is_adjective(m.group("place_adj")):
            break
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            break
        start = at = m.start()
    return start


_CIRCLES: Final = frozenset(
    [
        "arbeits",
        "freundes",
        "teilnehmer",
        "kunden",
        "personen",
        "experten",
        "gesprächs",
        "interessenten",
        "nutzer",
        "wahl",
        "bekannten",
        "familien",
        "kollegen",
        "lese",
        "unterstützer",
        "förder",
        "initiativ",
        "berater",
        "empfänger",
        "stuhl",
        "land",
        "stadt",
        "leser",
        "adressaten",
        "fach",
        "zirkel",
        "nachbar",
        "flächen",
        "groß",
        "heimat",
        "kirchen",  # a church's district: "im Kirchenkreis X"
    ]
)


def _common_circle(name: str) -> bool:
    """A compound of "-kreis" that is a common noun ("Arbeitskreis"), not a county's name."""
    lower = name.lower()
    stem = lower[: lower.rfind("kreis")]
    return "-" not in stem and stem.rstrip("s") in _CIRCLES | {s.rstrip("s") for s in _CIRCLES}


_NAMED_STATE: Final = re.compile(
    r"[A-ZÄÖÜ][\wäöüß]*-[A-ZÄÖÜ][\wäöüß-]*(?![\wäöüß-])(?=[ \t]*[,.;:)]|[ \t]+[a-zäöü])"
)
"""A hyphenated name after a ministry's portfolios, before a verb or a stop: its state."""


_COMMON_ENDINGS: Final = (
    "ung", "heit", "keit", "schaft", "tion", "ität", "nis", "ment", "tät", "innen", "ern",
    "ungen", "kosten", "daten", "mittel", "ende", "enden", "igte", "igten",
)  # fmt: skip


_DESCRIBING: Final = re.compile(
    "nternehmen|ienstleister|oftwarehaus|ystemhaus|nbieter|ersteller|Start|Firma"
)
_DESCRIBING_WORD: Final = re.compile(
    r"(?:Start-?ups?|Startups?|Firma|(?:[A-ZÄÖÜ][\wäöüß-]*?)?(?:[Uu]nternehmen|[Dd]ienstleister|"
    r"[Ss]oftwarehaus|[Ss]ystemhaus|[Aa]nbieter|[Hh]ersteller)s?)"
)
_NAME_AFTER: Final = re.compile(
    r"[ \t]+(?P<name>(?:[A-ZÄÖÜ]|[a-z]{1,5}(?=[A-Z0-9]))[\wäöüß]+(?:[-.][\wäöüß]+)*"
    r"(?:[ \t]+[A-ZÄÖÜ][\wäöüß]+(?:[-.][\wäöüß]+)*)?)(?=[ \t]*[,.;:()]|[ \t]+[a-zäöü])"
)


def _described(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """A company named after a noun that describes it ("das Start-up X", "der IT-Dienstleister
    X", "das Softwarehaus X"), read out from each such noun to its word and the name after."""
    done = -1
    # (the words' occurrences, not the anchor's matches: none of its words starts another, and
    # an occurrence a match overlaps is skipped, as it starts before ``done``)
    for start, end in occurrences(_DESCRIBING, text):
        if start < done:
            continue
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1
        done = end
        if _DESCRIBING_WORD.fullmatch(text, start, end) is None:
            continue
        name = _NAME_AFTER.match(text, end)
        if name is not None and not _common_name(name.group("name")):
            yield _linked(text, *name.span("name"), "Organisation", "startup", gazetteer)


def _common_name(name: str) -> bool:
    """Whether the word after a company's descriptor is a common noun ("das Unternehmen
    Mitarbeitende …"), not its name."""
    first, last = name.split()[0], name.split()[-1]
    return first.lower() in FUNCTION_WORDS or last.lower().endswith(_COMMON_ENDINGS)


def _state_end(m: re.Match[str], gazetteer: Gazetteer) -> int:
    """Where a ministry's name ends: after "des Landes X", after a bare X the graph knows as
    a state, else before X (a word of the sentence, not of the name)."""
    state = m.group("of_state")
    if state.startswith("des") or _NAMED_STATE.match(m.string, m.start("of_state")):
        return m.end()
    entry = gazetteer.lookup(state)
    return m.end() if entry is not None and entry.kind == "state" else m.start("of_state")


_SUPERLATIVE: Final = re.compile(r"[a-zäöüß]{2,}[sß]te[nr]?[ \t]+$")
"""A superlative before a head ("der flächengrößte Landkreis X"): a genitive follows."""
_SUPERLATIVE_ENDS: Final = ("ste", "sten", "ster", "ßte", "ßten", "ßter")
"""How every match of ``_SUPERLATIVE`` ends before its blanks."""


def word_ends_before(text: str, at: int, endings: tuple[str, ...]) -> bool:
    """Whether blanks (spaces, tabs) end at ``at`` after a word ending with one of ``endings``:
    a cheap test before searching a pattern that can only match so, right before ``at``."""
    gap = at
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    return gap < at and text.endswith(endings, 0, gap)


def _places(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    for m in _PLACE_RE.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in FUNCTION_WORDS:
            continue
        kind = PLACE_HEADS[m.group("head")]
        if word_ends_before(text, m.start(), _SUPERLATIVE_ENDS) and _SUPERLATIVE.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "im größten Landkreis Deutschlands": no name
        if m.group("head") == "Region" and _name_word_before(text, m.start()):
            continue  # "Stiftung Digitale Region X": a word of another name
        if (
            " " not in name
            and _COPULA_ENDS.match(text, m.end())
            and _SUBJECT_ARTICLE.get(m.group("head")) == text[max(0, m.start() - 4) : m.start()]
        ):
            continue  # "für die der Kreis Schulträger ist": what the county is, no name
        yield _linked(text, m.start(), m.end(), "Organisation", kind, gazetteer)


_SUBJECT_ARTICLE: Final = {
    "Kreis": "der ",
    "Landkreis": "der ",
    "Bezirk": "der ",
    "Markt": "der ",
    "Amt": "das ",
    "Stadt": "die ",
    "Gemeinde": "die ",
}
"""The article of a local body's head noun as the subject of its clause (not "der Stadt X",
a genitive or dative)."""
_COPULA_ENDS: Final = re.compile(r"[ \t]+(?:ist|war|wird|bleibt)[,.;:]")
"""A copula closing a clause right after a head's noun: the word between is what the body
is ("…, für die der Kreis Schulträger ist."), not its name (a plural copula has a list of
bodies before it: "deren Gesellschafter die Stadt X und der Landkreis Y sind")."""


def _named(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Names in quotes or with an @ or # after a head noun: 'Programm „X“', 'Strategie x@y'.

    Read back from each quotation mark, @ and #, so the text is not scanned for head nouns.
    """
    done = 0
    for mark in _NAME_MARK.finditer(text):
        at = mark.start()
        if at < done:
            continue
        if text[at] in "@#":
            while at > 0 and (text[at - 1].isalnum() or text[at - 1] in _TOKEN_CHARS):
                at -= 1
            m = _AT.match(text, at)
        else:
            m = _QUOTED.match(text, at)
        if m is None or at < done:
            continue
        head = _head_before(text, at)
        if head is None and m.lastgroup == "quoted" and _bare_name(text, at, m.group("quoted")):
            # "das erste „X“", "unter dem Namen „X“": a name of its own; an event if its own
            # head tells so ("die „X-Sommerschule Y“")
            quoted = m.group("quoted")
            own = _own_head(quoted) if _EVENT_HEAD_IN.search(quoted) else None
            head = own if own is not None and INITIATIVE_HEADS[own][0] == "Event" else "projekt"
        if head is None and m.lastgroup == "quoted":
            head = _own_head(m.group("quoted"))  # "des „Sächsischen Digitalpreises“"
        if head is None:
            continue
        done = m.end()
        group = "quoted" if m.lastgroup == "quoted" else "at"
        start, end = _trim(text, *m.span(group))
        cls, kind = next(
            (value for suffix, value in INITIATIVE_HEADS.items() if head.endswith(suffix)),
            ("Initiative", "project"),
        )
        if cls == "Organisation" and kind == "network" and head not in INITIATIVE_HEADS:
            cls, kind = "Initiative", "programme"  # "Qualifizierungsinitiative": a programme
        yield _linked(text, start, end, cls, kind, gazetteer)


_BEFORE_NAME: Final = re.compile(
    r"(?:\b(?:[Dd]ie|[Dd]as|[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]ine?[mnr]?|[Ii]m)"
    r"(?:[ \t]+[a-zäöü]{3,}e[mnr]?)?"
    r"|\bde[mn][ \t]+Namen|\bEuro[ \t]+als"
    r"|\b(?:startet|starten|gründe[nt]|eröffne[nt]|mit|heißt|heißen|hieß))"
    r"[ \t]+$"
)
"""An article (with an adjective: "erste", "neue", "gemeinsame", "des ersten"), "unter dem
Namen", a sum paid as what it names ("X Euro als „Y“"), a verb of founding ("startet",
"gründen") or "heißt" right before a quoted name."""
_NAMING_AFTER: Final = (" heißt ", " heißen ", " hieß ", " nennt sich ", " getauft", " benannt")
"""A verb of naming right after a quoted name ("„X“ heißt die Anwendung", "das wir „X“ getauft
haben")."""
_PRESENTED: Final = re.compile(r"\bstellte?n?[ \t]+(?:[^.!?;:„“\"]{0,60}[ \t])?$")
"""A verb of presenting opened before a quoted name that closes it with "vor" ("stellten sie
im Kreishaus „X“ vor"): what is presented is named."""


_POSSESSIVE: Final = re.compile(r"\b(?:unser|unsere[mnrs]?|sein|seine[mnrs]?)[ \t]+$")
"""A possessive right before a body's noun ("unserer Stiftung"): the noun alone, no name."""
_OWN_HEADS: Final = tuple(head for head in INITIATIVE_HEADS if len(head) >= 5)
_EVENT_HEAD_IN: Final = re.compile(
    "|".join(h for h, (cls, _) in INITIATIVE_HEADS.items() if cls == "Event" and len(h) >= 5),
    re.IGNORECASE,
)
"""A head of an event inside a quoted name (read before the name's own head is looked for)."""


def _own_head(quoted: str) -> str | None:
    """The head noun a short quoted name ends with ("Digitaler Kommunalpreis", "Bürger-App
    Kongress"), so the quote names a thing of that kind, not a statement."""
    words = quoted.split()
    if not 0 < len(words) <= 5 or not quoted[:1].isupper():
        return None
    if any(c in quoted for c in ",.!?:;"):
        return None
    last = words[-1].lower()
    for end in ("es", "s", ""):
        stem = last[: len(last) - len(end)] if end and last.endswith(end) else last
        found = next((h for h in _OWN_HEADS if stem.endswith(h)), None)
        if found is not None:
            return found
    if words[0].lower() in FUNCTION_WORDS or not all(w[:1].isupper() for w in words):
        return None
    for word in words[:-1]:  # "Kommunalpreis Nord", "Digitalpreis Land X": a head, then a name
        stem = word.lower()
        found = next((h for h in _OWN_HEADS if stem.endswith(h) and len(stem) > len(h)), None)
        if found is not None:
            return found
    return None


def _bare_name(text: str, at: int, quoted: str) -> bool:
    """A short quoted name after an article: a name, not a quoted statement."""
    words = quoted.split()
    if not (
        0 < len(words) <= 5
        and quoted[:1].isupper()
        and not any(c in quoted.replace("St. ", "St ") for c in ",.!?:;")  # ("St." Sankt)
    ):
        return False
    if text.startswith(_NAMING_AFTER, at + len(quoted) + 2):
        return True  # "„Mitreden X“ heißt die App": named, whatever its first word
    return (
        not (len(words) > 1 and words[0].endswith("en"))  # "der „Digitalen Verwaltung“"
        and (
            _BEFORE_NAME.search(text, max(0, at - 30), at) is not None
            or (
                text.startswith(" vor", at + len(quoted) + 2)
                and _PRESENTED.search(text, max(0, at - 80), at) is not None
            )
        )
        and not _called(text, at)
    )


_CALLED: Final = re.compile(
    r"\b(?:nenn\w*|nannte\w*|bezeichne\w*|sprach|spricht|sprechen|sieht|sah|sehen|"
    r"wertet\w*|lobt\w*|feiert\w*)\b[^.!?„“\"]*?\b(?:von[ \t]+)?(?:ein|eine[mnrs]?)"
    r"(?:[ \t]+[a-zäöü]{3,}e[mnrs]?)?[ \t]+$"
)
"""A verb of calling before an indefinite article ("nannte die Förderung einen „X“", "sprach
von einem echten „Y Z“"): what is quoted there is a figure of speech, not a name (a name
comes with a definite article, "das Programm „X“"), however many words it has."""


_CALLED_WORDS: Final = ("nenn", "nannte", "bezeichne", "spr", "sieht", "sah", "sehen", "wertet")
_CALLED_WORDS_TOO: Final = ("lobt", "feiert")
"""A word every match of _CALLED contains (a cheap test before the search)."""


def _called(text: str, at: int) -> bool:
    """Whether a verb of calling and an indefinite article come right before ``at``."""
    window = text[max(0, at - 80) : at]
    if not any(w in window for w in _CALLED_WORDS + _CALLED_WORDS_TOO):
        return False
    return _CALLED.search(text, max(0, at - 80), at) is not None


def _head_before(text: str, at: int) -> str | None:
    """The head noun (lower case) right before ``at``, or before "des/der X" there."""
    words: list[str] = []
    end = at
    for _ in range(3):
        gap = end
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        if gap == end:
            return None  # a head is followed by blanks
        start = gap
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        if start == gap:
            return None
        words.append(text[start:gap])
        end = start
        if len(words) == 1:
            head = _head_of(words[0])
            if head is not None:
                return head
        elif len(words) == 2 and words[1] not in ("des", "der"):
            return None
    if not (words[0][:1].isupper() and re.fullmatch(r"[\wäöüß]+", words[0])):
        return None
    return _head_of(words[2])


@lru_cache(maxsize=4096)
def _head_of(word: str) -> str | None:
    m = _HEAD_END.search(word)
    return None if m is None else m.group("head").lower()


_DESCRIPTOR: Final = re.compile(
    r"(?:[A-ZÄÖÜ][a-zäöü]+(?:er|sche[nrs]?|che[nrs]?)[ \t]+)?"
    r"(?:[\wäöüß-]*(?:[Uu]nternehmen|[Dd]ienstleister|[Bb]üro|[Ss]oftwarehaus|[Ss]ystemhaus|"
    r"[Aa]nbieter|[Hh]ersteller|[Vv]ersorger|[Bb]eteiligungsgesellschaft)s?|Firma|Start-?ups?)"
    r"[ \t]+"
)
"""A common noun that describes a company before its name ("IT-Dienstleister X GmbH"), with
an adjective of place before it ("Kieler Unternehmen X GmbH"), also in the genitive ("des
Solinger Start-ups X GmbH")."""


_GENERIC_AFTER_PLACE: Final = (
    r"[\wäöüß-]*(?:betriebe|werke|gesellschaft|service|energie|versorgung|bank|kasse|netze?|"
    r"verkehr|wasser|entsorgung)\b"
)
_OPENING_NOUNS: Final = """
    muster partner berater träger anbieter bürger computer center cluster meister kinder müller
    schneider fischer weber meyer meier maier mayer wagner becker schäfer bauer richter werner
    schröder hofer huber keller jäger winkler schuster förster gärtner metzger schlosser
    brenner dreher pfeiffer ritter gruber kaiser walter peter günter dieter rainer
"""
_GENERIC_NAME_TEXT: Final = """
    labs lab solutions systems system software digital data consulting it tech technologies
    technik services service media group partners ventures capital bau gmbh & co. kg ag se ug
    eg mbh ggmbh kgaa ohg gbr
"""
_NOT_PLACES_BEFORE_NAMES: Final = frozenset(_OPENING_NOUNS.split())
"""Capitalised -er words that open companies' names as nouns or surnames ("die Muster Software
GmbH", "die Müller Bau GmbH"), not as a place's adjective."""
_GENERIC_NAME_WORDS: Final = frozenset(_GENERIC_NAME_TEXT.split())
"""Words of companies' names that name no one company ("Labs", "Software", "IT", "Bau")."""


def _generic_only(name: str) -> bool:
    """Whether a company's name is made only of generic words and its legal form ("Labs
    GmbH"): then the -er word before it is its own word ("die Wegweiser Labs GmbH"), not a
    place's adjective."""
    return all(word.lower() in _GENERIC_NAME_WORDS for word in name.split())


_ARTICLE_BEFORE: Final = re.compile(
    r"(?:\b(?:[Dd]ie|[Dd]er|[Dd]en|[Dd]em|[Dd]es|[Ee]ine[mnrs]?|[Vv]o[nm]|[Bb]ei|[Mm]it|[Zz]u[mr])"
    r"[ \t]+)$"
)
"""An article or preposition right before a company's name: its place's adjective may open it."""
"""Common nouns that make a company's name with a place's adjective before them ("die Xer
Verkehrsbetriebe GmbH", "die Xer Energiewerke GmbH", "die Xer Netz GmbH")."""
_PLACE_BEFORE_NAME: Final = re.compile(
    rf"(?P<adj>[A-ZÄÖÜ][a-zäöü]+er)[ \t]+(?!(?i:{_GENERIC_AFTER_PLACE}))"
    r"(?=[A-ZÄÖÜ][^ \t\n]*[ \t]+\S)"
)
"""A place's -er adjective before a company's own name ("die Xer Y Software GmbH"): the
place the company is from, not a part of its name."""
_ADJECTIVE_BEFORE_BODY: Final = re.compile(
    r"(?<![\wäöüß-])(?P<adj>[A-ZÄÖÜ][a-zäöü]+er)[ \t]+(?="
    r"(?:[\wäöüß-]*(?:[Uu]nternehmen|[Ff]irma|[Bb]üro|[Ss]oftwarehaus|[Ss]ystemhaus|[Aa]gentur|"
    r"[Bb]eteiligungsgesellschaft)|"
    r"Start-?ups?|Ausgründung|Kommunen|Gemeinden|Bezirke?n?|Bezirksämtern?|Stadtteile?n?|"
    r"Stadtverwaltung|Digitalstrategie)(?![\wäöüß-]))"
)
"""A place's -er adjective before a noun of a body or a group of them ("das Xer Start-up",
"die Yer Kommunen", "die Zer Firma"): a mention of the place."""


def _adjectives_of_places(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Places named by their -er adjective before a noun of a body (see
    :data:`_ADJECTIVE_BEFORE_BODY`; before a company's name: :data:`_PLACE_BEFORE_NAME`)."""
    for m in _ADJECTIVE_BEFORE_BODY.finditer(text):  # (scans for capitals: cheap)
        if is_adjective(m.group("adj")):
            yield _place_of_adjective(text, *m.span("adj"), gazetteer)


def _place_of_adjective(text: str, start: int, end: int, gazetteer: Gazetteer) -> Mention:
    """The mention of a place by its -er adjective, labelled with a place the graph knows by
    that stem ("Xer": "X", "Xen", "Xn"), else with the stem ("Xinger": "Xingen")."""
    stem = text[start : end - 2]
    for name in (stem, stem + "en", stem + "n"):
        entry = gazetteer.lookup(name)
        if entry is not None and entry.cls == "Place":
            return Mention(start, end, text[start:end], entry.label, "Place", entry.entity, "place")
        if entry is not None and entry.kind == "state":  # ("Xer": the city state X)
            return Mention(start, end, text[start:end], entry.label, "Place", None, "place")
    label = stem + "en" if stem.endswith("ing") else stem
    return Mention(start, end, text[start:end], label, "Place", None, "place", 0.7)


def _after_descriptors(text: str, start: int, end: int) -> int:
    """The start of a company's name after the common nouns that describe it (a name is left:
    a capitalised word and the legal form, not "die Xische Beteiligungsgesellschaft mbH")."""
    while (
        (m := _DESCRIPTOR.match(text, start, end)) is not None
        and m.end() < end
        and text[m.end()].isupper()
        and " " in text[m.end() : end]
    ):
        start = m.end()
    return start


_TRAILING: Final = ' ,.;:“”"„-\u2013'


_LEADING_WORD: Final = re.compile(r"(\w+)\s+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words and trailing punctuation from a span."""
    while True:
        word = _LEADING_WORD.match(text, start, end)
        if word is None or word.group(1).lower() not in FUNCTION_WORDS:
            break
        start = word.end()
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


_Link = tuple[str, str, str | None, str | None, float]
"""What a name found by pattern is linked to: label, class, entity, kind, confidence."""
_MAX_LINKS: Final = 50_000


_ELIDED_BEFORE: Final = re.compile(
    r"(?<![\wäöüß-])(?:[A-ZÄÖÜ][\wäöüß]*-,[ \t]+)*[A-ZÄÖÜ][\wäöüß]*-[ \t]+(?:und|oder|sowie)[ \t]+$"
)
"""Words before a name that share its head ("Wasser- und Bodenverband X"): part of the name."""
_LOCAL_KINDS: Final = frozenset(["city", "municipality", "county", "district"])


def _linked(text: str, start: int, end: int, cls: str, kind: str, gazetteer: Gazetteer) -> Mention:
    if (
        cls == "Organisation"
        and kind not in _LOCAL_KINDS  # (a town's title, "Universitäts- und Hansestadt X", is
        and text[start - 1 : start] == " "  # not part of the name its bare name links to)
        and "- " in text[max(0, start - 40) : start]
    ):
        elided = _ELIDED_BEFORE.search(text, max(0, start - 60), start)
        if elided is not None:
            start = elided.start()
    surface = text[start:end]
    links = gazetteer.links  # (the same names recur in text after text)
    link = links.get((surface, cls, kind))
    if link is None:
        if len(links) > _MAX_LINKS:
            links.clear()  # bounded, so memory stays flat over any number of articles
        link = links[surface, cls, kind] = _link(surface, cls, kind, gazetteer)
    return Mention(start, end, surface, *link)


def _link(surface: str, cls: str, kind: str, gazetteer: Gazetteer) -> _Link:
    entry = gazetteer.lookup(surface)
    if entry is not None:
        return entry.label, entry.cls, entry.entity, entry.kind, 0.9
    near = gazetteer.closest(surface, cls)
    if near is not None:
        return near.label, near.cls, near.entity, near.kind, 0.75
    return canonical(surface), cls, None, kind, 0.7


_GENITIVE_HEADS: Final = (
    "ministeriums",
    "gesetzes",
    "tages",
    "tags",
    "amtes",
    "amts",
    "programms",
    "kreises",
    "instituts",
    "zentrums",
    "verbands",
    "beirats",
    "ausschusses",
    "dienstes",
    "dezernats",
    "referats",
    "sachgebiets",
    "fachbereichs",
)


@lru_cache(maxsize=16384)
def canonical(surface: str) -> str:
    """A label for a newly found name: one line, without a genitive ending on the head.

    >>> canonical("Onlinezugangsgesetzes"), canonical("Wirtschaftsministeriums Sachsen")
    ('Onlinezugangsgesetz', 'Wirtschaftsministerium Sachsen')
    >>> canonical("Kreises Xstadt")
    'Kreis Xstadt'
    """
    words = " ".join(surface.split()).split(" ")
    for i, word in enumerate(words):
        for head in _GENITIVE_HEADS:
            if word.lower().endswith(head):  # (the head alone too: "des Kreises X")
                words[i] = word[: -2 if head.endswith("es") else -1]
    return " ".join(words)


_HEADED_ANCHOR: Final = re.compile(
    r"kammer|verein|Verein|feuerwehr|Feuerwehr|betrieb|stelle|bibliothek|region|Region|amt|"
    r"Verband|Stiftung|stiftung|Netzwerk|schule|Gymnasium|Verbund|Fachbereich|Fakultät|gesellschaft|"
    r"enter|management|beirat|Beirat|regierung|präsidium|Fachdienst|Sachgebiet|Aktionsgruppe|Abteilung|"
    r"Dezernat"
)
_HEADED_HEAD: Final = re.compile(
    r"(?:(?:[A-ZÄÖÜ][a-zäöüß]*-[ \t]+und[ \t]+)?[A-ZÄÖÜ][a-zäöüß]*(?:kammer|verein|feuerwehr|"
    r"betrieb|stelle|bibliothek|region|Region|amt|schule|gesellschaft|stiftung)|Verein|Verband|Stiftung|"
    r"Netzwerk|Feuerwehr|Gymnasium|(?:[A-ZÄÖÜ][\wäöüß]*-)?Verbund|Fachbereich|Fakultät|"
    r"Fachdienst|Sachgebiet|Abteilung|Dezernat|(?:Lokale[n]?[ \t]+)?Aktionsgruppe|"
    r"Jobcenter|[A-ZÄÖÜ][\wäöüß]*-Center|(?:Quartiers|Stadtteil)management|"
    r"(?:[A-ZÄÖÜ][a-zäöüß]*-)?[A-ZÄÖÜ][a-zäöüß]*beirat|Beirat|Bezirksregierung|Regierungspräsidium)"
    r"(?:e?s)?"
)
"""A head noun of a body that takes a name after it: "Handwerkskammer X", "Industrie- und
Handelskammer zu Y", "Verein Z", "Stiftung W", "Landesbetrieb A und B", "Ortsamt V", "Jobcenter U",
"Xservice-Center T", "Quartiersmanagement S", "Kreiselternbeirat R", "Landes-Seniorenbeirat Q",
"Bezirksregierung P", "Regierungspräsidium O"."""
_WORD: Final = r"[A-ZÄÖÜ][\wäöüß]*(?:[-.][\wäöüß]+)*"
_HEADED_NAME: Final = re.compile(
    rf"[ \t]+(?:(?P<zu>zu)[ \t]+)?(?P<name>(?P<adj>{PLACE_ADJECTIVE})?{_WORD}"
    rf"(?P<more>(?:[ \t]+{_WORD}){{0,2}}))(?=[ \t]*[,.;:()“”\"]|[ \t]+[a-zäöü\d]|[ \t]*$)"
)
"""A name after a body's head: a capitalised word (after a place's or a state's adjective:
"Xer Land", "Xische Y Z"), or up to three after the head of an association ("Verein A B C"),
ending before a stop or a small word."""
_HEADED_AFTER: Final = re.compile(r"[ \t]+(?:zu[ \t]+)?[A-ZÄÖÜ]")
"""How every match of ``_HEADED_NAME`` and ``_HEADED_LIST`` starts."""

_HEADED_LIST: Final = re.compile(
    rf"[ \t]+(?P<name>{_WORD}(?:,[ \t]+{_WORD})*[ \t]+und[ \t]+{_WORD})(?![\wäöüß-])"
)
"""A remit after an office's or an operation's head: "Landesbetrieb A, B und C"."""
_NOT_BODY_HEADS: Final = ("Haupt", "Ehren", "Neben", "Modell", "Pilot", "Test", "Förder")
"""Compounds of a body's head that name an office held ("im Hauptamt"), or a kind of work
("Modellregion"), not a body."""
_HEAD_ONLY_NAMES: Final = ("Verein", "Vereins", "Vereines")
"""Heads the annotators leave out of a name ("der Verein X": X)."""


def _headed(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Bodies named by a head noun and a name after it, read out from each head."""
    done = -1
    # (the words' occurrences, not the anchor's matches: none of its words starts another, and
    # an occurrence a match overlaps is skipped, as it starts before ``done``)
    for start, end in occurrences(_HEADED_ANCHOR, text):
        if start < done:
            continue
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        done = end
        if _HEADED_AFTER.match(text, end) is None:
            continue  # no name after the head (both patterns of a name start so)
        low = max(0, start - 40)
        head = None
        for found in _HEADED_HEAD.finditer(text, low, end):
            if found.end() == end and (found.start() == 0 or not text[found.start() - 1].isalnum()):
                head = found
                break
        if head is None or head.group().startswith(_NOT_BODY_HEADS) or _university(head.group()):
            continue  # (universities are read by their own pattern)
        if head.start() > 0 and text[head.start() - 1] in '„“"':
            continue  # a quoted name, read elsewhere
        if _POSSESSIVE.search(text, max(0, head.start() - 10), head.start()):
            continue  # "erhalten von unserer Stiftung Geld": the body speaking, no name
        word = head.group().split()[-1]
        is_office = word.rstrip("s").endswith(
            (
                "amt",
                "betrieb",
                "ame",
                "betriebe",
                "Fachbereich",
                "Fakultät",
                "Fachdienst",
                "Sachgebiet",
                "Abteilung",
                "Dezernat",
                "stelle",
            )
        )
        unit = word.rstrip("s").endswith(
            ("stelle", "Fachdienst", "Sachgebiet", "Abteilung", "Dezernat")
        )
        m = _HEADED_LIST.match(text, end) if is_office else None
        if m is None:
            m = _HEADED_NAME.match(text, end)
            if m is None:
                continue
        name = m.group("name")
        first = name.split()[0]
        kind = _headed_kind(word)
        if (first.lower() in FUNCTION_WORDS and not _adjective_name(m, kind)) or (
            first in PLACE_HEADS
        ):
            continue
        if (
            m.re is _HEADED_NAME
            and _common_name(name)
            and not _adjective_name(m, kind)
            and not (unit and not m.group("more"))
        ):
            # (a remit is a list of common nouns: "Landesbetrieb Wege und Brücken"; a unit's
            # name may be one: "Stabsstelle Klimaanpassung")
            continue
        if (
            m.re is _HEADED_NAME
            and m.group("more")
            and not m.group("adj")
            and kind not in ("association", "network", "foundation")
        ):
            continue  # "die Stadtbibliothek X Kurse …": a noun of the sentence follows
        if head.group() in _HEAD_ONLY_NAMES:  # "der Verein X": X, the association "Verein X"
            start, end = m.span("name")
            yield Mention(start, end, name, f"Verein {name}", "Organisation", None, kind, 0.7)
        else:
            yield _linked(text, head.start(), m.end("name"), "Organisation", kind, gazetteer)


_NAME_ADJECTIVE: Final = re.compile(r"[A-ZÄÖÜ][a-zäöü]+(?:e|en|er|es)")
"""A capitalised adjective opening a name: "Neue", "Bremer"."""
_NEW: Final = ("neue", "neuer")
"""Words that are no place adjectives but open names after a head ("Stiftung Neue X")."""


def _adjective_name(m: re.Match[str], kind: str) -> bool:
    """Whether the words after a foundation's or association's head are its name though they
    end in a common noun: opened by a capitalised adjective ("Stiftung Neue X",
    "Stiftung Xer Nachbarschaft")."""
    if kind not in ("foundation", "association") or " " not in m.group("name"):
        return False
    first = m.group("name").split()[0]
    return bool(m.group("adj")) or (
        _NAME_ADJECTIVE.fullmatch(first) is not None
        and (first.lower() not in NOT_ADJECTIVES or first.lower() in _NEW)
    )


def _university(head: str) -> bool:
    return "ochschule" in head and not head.startswith("Volks")


def _headed_kind(head: str) -> str:
    """The kind of a body by its head noun."""
    lower = head.lower()
    if lower.startswith("stiftung") or lower.endswith(("stiftung", "stiftungs")):
        return "foundation"  # ("Bürgerstiftung X")
    if "verein" in lower or "verband" in lower or "kammer" in lower:
        return "association"
    if lower.startswith("netzwerk") or "region" in lower or "aktionsgruppe" in lower:
        return "network"  # (a LEADER region's "Lokale Aktionsgruppe X" too)
    if "schule" in lower or lower.startswith("gymnasium"):
        return "training_provider"
    if lower.endswith(("verbund", "verbunds", "verbundes")):
        return "network"
    if "gesellschaft" in lower:
        return "company"
    if "beirat" in lower:
        return "committee"
    if lower.startswith(("bezirksregierung", "regierungspräsidium")):
        return "public_body"
    return "organisational_unit"


_NEIGHBOUR: Final = re.compile(
    r"Nachbar(?P<head>kreis|landkreis|stadt|gemeinde)[ \t]+"
    rf"(?P<name>{CAP}(?:[ \t]+{CAP})?)(?=[ \t]*[,.;:)]|[ \t]+[a-zäöü])"
)
"""A town or county named as a neighbour: "der Nachbarkreis X", "die Nachbarstadt Y"."""
_NEIGHBOUR_HEADS: Final = {
    "kreis": ("Landkreis", "county"),
    "landkreis": ("Landkreis", "county"),
    "stadt": ("Stadt", "city"),
    "gemeinde": ("Gemeinde", "municipality"),
}


_PLACE_OFFICE: Final = re.compile(
    r"(?P<adj>[A-ZÄÖÜ][a-zäöü]+)er[ \t]+(?P<office>[A-ZÄÖÜ][a-zäöüß]+behörde)(?![\wäöüß-])"
)
"""An authority named by its place's -er adjective and its compound: "die Xer Finanzbehörde"."""


def _offices_of_places(text: str, gazetteer: Gazetteer) -> Iterator[Mention]:
    """ "die Xer Schulbehörde" is the "Schulbehörde X" of the place X the text names (also
    "Yen" for "Yer"), a city state's ministry when the graph knows X as a state."""
    if "behörde " not in text and "behörde," not in text and "behörde." not in text:
        return
    for m in _PLACE_OFFICE.finditer(text):
        if not is_adjective(m.group("adj") + "er"):
            continue
        stem = m.group("adj")
        place = next(
            (p for p in (stem, stem + "en") if re.search(rf"(?<![\wäöüß-]){p}(?![\wäöüß])", text)),
            None,
        )
        if place is None:
            continue
        entry = gazetteer.lookup(place)
        kind = "ministry" if entry is not None and entry.kind == "state" else "public_body"
        label = f"{m.group('office')} {place}"
        yield Mention(m.start(), m.end(), m.group(), label, "Organisation", None, kind, 0.7)


def _neighbours(text: str) -> Iterator[Mention]:
    """The body a neighbour's compound names ("im Nachbarkreis X": "Landkreis X")."""
    if "Nachbar" not in text:
        return
    for m in _NEIGHBOUR.finditer(text):
        name = m.group("name")
        if name.split()[0].lower() in FUNCTION_WORDS:
            continue
        head, kind = _NEIGHBOUR_HEADS[m.group("head")]
        start, end = m.span("name")
        yield Mention(start, end, name, f"{head} {name}", "Organisation", None, kind, 0.7)


_PARTY: Final = r"(?:[A-ZÄÖÜ]{2,5}|Freien[ \t]+Wähler[n]?|[A-ZÄÖÜ][a-zäöüß]+en)"
"""A party as groups in a council are named: an acronym, or a plural ("Grünen", "Linken")."""
_PARTIES: Final = re.compile(
    rf"(?<![\wäöüß-])Fraktion(?:en|s(?:vorsitzende[rn]?|chef(?:in)?|sprecher(?:in)?))[ \t]+"
    rf"(?:von|der|den)[ \t]+(?P<list>{_PARTY}(?:(?:,[ \t]*|[ \t]+(?:und|sowie)[ \t]+)"
    rf"(?:(?:der|den|die)[ \t]+)?{_PARTY})*)(?![\wäöüß-])"
)
"""The parties whose groups are named together ("die Fraktionen von A und B sowie der C") or
whose group's head is named ("der Fraktionsvorsitzende der D")."""
_PARTY_ITEM: Final = re.compile(_PARTY)


_PARTY_GROUP: Final = re.compile(
    r"(?<![\wäöüß-])(?:[A-ZÄÖÜ]{2,5}|Grünen|Linken)-Fraktion(?![\wäöüß-])"
)
"""A party's group in a council by a compound: "die ABC-Fraktion", "die Grünen-Fraktion"."""


def _parties(text: str) -> Iterator[Mention]:
    """Parties named by their groups in a council (each a body of its own)."""
    if "Fraktion" not in text:
        return
    for m in _PARTIES.finditer(text):
        for item in _PARTY_ITEM.finditer(text, m.start("list"), m.end("list")):
            name = item.group()
            if name.lower() in FUNCTION_WORDS:
                continue
            yield Mention(item.start(), item.end(), name, name, "Organisation", None, "party", 0.6)
    for m in _PARTY_GROUP.finditer(text):  # "die Grünen-Fraktion": the group, a body
        name = m.group()
        yield Mention(m.start(), m.end(), name, name, "Organisation", None, "party", 0.6)

"""General German vocabulary the patterns use: function words, titles, heads, qualifiers.

Only common nouns and grammar: names of particular entities come from the graph's labels.
"""

from __future__ import annotations

import re
from typing import Final

CAP: Final = r"(?:St\.[ \t]+)?[A-ZÄÖÜ][\wäöüß]*(?:-[\wäöüß]+)*"
"""A capitalised word, hyphenated compounds included (``Baden-Württemberg``), after "St." for
Sankt (``St. Wendel``)."""

_FUNCTION_WORDS: Final = """der die das des dem den ein eine einer eines einem einen und oder sowie
    aber auch
    mit von vom zu zum zur im in am an auf aus bei beim für über unter nach vor seit bis
    als wie so dass sie er es wir ihr ihre sein seine dies diese dieser dieses jede jeder
    jedes alle hier da dort nun heute damit darunter hinzu zugleich mehr weitere neue neuer
    nicht noch nur schon bereits jetzt inzwischen momentan erstmalig außerdem zudem
    um ob wenn weil trotz wegen während nachdem obwohl"""
FUNCTION_WORDS: Final = frozenset(_FUNCTION_WORDS.split())
NOT_ADJECTIVES: Final = FUNCTION_WORDS | frozenset(
    [
        "unser",
        "euer",
        "jeder",
        "aller",
        "weiter",
        "später",
        "immer",
        "unter",
        "hinter",
        "wieder",
        "aber",
        "oder",
        "dieser",
        "jener",
        "mancher",
        "welcher",
        "solcher",
        "außer",
        "sondern",
        "bundesweiter",
        "landesweiter",
        "europaweiter",
        "weltweiter",
        "großer",
        "erster",
        "zweiter",
        "dritter",
        "neuer",
        "kleiner",
        "digitaler",
        "kommunaler",
    ]
)
"""Capitalised words ending in -er that are no place adjectives."""

MONTHS: Final = {
    name: number
    for number, names in enumerate(
        [
            ("Januar", "Jänner"),
            ("Februar",),
            ("März", "Maerz"),
            ("April",),
            ("Mai",),
            ("Juni",),
            ("Juli",),
            ("August",),
            ("September",),
            ("Oktober",),
            ("November",),
            ("Dezember",),
        ],
        start=1,
    )
    for name in names
}
MONTH_RE: Final = "|".join(MONTHS)


def at_word_start(words: list[str] | tuple[str, ...]) -> str:
    """``\\b(?:w1|w2|…)`` for literal words, written to start with their first letters, so
    that the regex engine jumps to those letters instead of trying every position.

    >>> import re
    >>> [m.group() for m in re.finditer(at_word_start(["Mai", "März"]), "Mai xMai März")]
    ['Mai', 'März']
    """
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[0], []).append(re.escape(word[1:]))
    return (
        "(?:"
        + "|".join(
            f"{re.escape(c)}(?<!\\w{re.escape(c)})(?:{'|'.join(rests)})"
            for c, rests in firsts.items()
        )
        + ")"
    )


MONTH_AT_WORD: Final = at_word_start(list(MONTHS))
"""The month names after a word boundary (see :func:`at_word_start`)."""

NUMBER_WORDS: Final = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "hundert": 100,
}
NUMBER_WORD_RE: Final = "|".join(NUMBER_WORDS)

MULTIPLIERS: Final = {
    "tsd.": 1e3,
    "tausend": 1e3,
    "mio.": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millionen": 1e6,
    "mrd.": 1e9,
    "mrd": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
}

QUALIFIERS: Final = {
    "mehr als": "more_than",
    "über": "more_than",
    "gut": "more_than",
    "rund": "approximately",
    "etwa": "approximately",
    "ca.": "approximately",
    "circa": "approximately",
    "knapp": "approximately",
    "fast": "approximately",
    "nahezu": "approximately",
    "annähernd": "approximately",
    "ungefähr": "approximately",
    "bis zu": "up_to",
    "maximal": "up_to",
    "höchstens": "up_to",
    "mindestens": "at_least",
    "wenigstens": "at_least",
    "ab": "at_least",
    "weniger als": "less_than",
    "unter": "less_than",
}
QUALIFIER_RE: Final = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))

# Endings of office titles, longest first ("Hauptgeschäftsführer", "Digitalisierungsministerin").
ROLE_STEMS: Final = (
    "vorstandsmitglied",
    "präsidialmitglied",
    "ratsmitglied",
    "sachbearbeiter",
    "stadtrat",
    "stadträtin",
    "geschäftsführer",
    "bürgermeister",
    "ministerpräsident",
    "ministerialdirigent",
    "präsident",
    "minister",
    "staatssekretär",
    "sekretär",
    "vorsitzende",
    "beigeordnete",
    "dezernent",
    "leiter",
    "sprecher",
    "direktor",
    "rektor",
    "brandmeister",
    "brandinspektor",
    "inspekteur",
    "wehrführer",
    "beauftragte",
    "referent",
    "vorstand",
    "gründer",
    "landrat",
    "landrätin",
    "kreisrat",
    "kreisrätin",
    "staatsrat",
    "staatsrätin",
    "chef",
    "koordinator",
    "manager",
    "forscher",
    "wissenschaftler",
    "abgeordnete",
    "kämmerer",
    "kämmerin",
    "berater",
    "vorsteher",
    "dekan",
    "professor",
    "senator",
    "beamte",
    "beamtin",
    "arzt",
    "ärzt",
    "kanzler",
    "inhaber",
    "trainer",
)
ROLE_ACRONYMS: Final = ("CIO", "CDO", "CEO", "CTO", "COO")
ROLE_WORD_RE: Final = (
    r"(?:[A-ZÄÖÜ][\wäöüß-]*?(?:"
    + "|".join(ROLE_STEMS)
    + r")(?:in|innen|r|n|s)?|(?:[A-ZÄÖÜ][\wäöüß]*-)*(?:"
    + "|".join(stem.capitalize() for stem in ROLE_STEMS)
    + r")(?:in|innen|r|n|s)?|"
    + "|".join(ROLE_ACRONYMS)
    + r"|Chief [A-Z]\w+ Officer)(?![\wäöüß])"
)
ROLE_MODIFIER_RE: Final = (
    r"(?:Stv\.|[Ss]tellvertretende[rn]?|Erste[rn]?|Geschäftsführende[sr]?|[Nn]eue[rn]?|"
    r"Leitende[rn]?|"
    r"[Dd]esignierte[rn]?|[Aa]mtierende[rn]?|[Ee]hemalige[rn]?|[Kk]ommissarische[rn]?|"
    r"Parlamentarische[rn]?|[a-zäöü]+ische[nrs]?|[a-zäöü]+amtliche[rn]?)"
)

_SAYING: Final = (
    "sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "ergänzte", "ergänzt",
    "sagte dazu", "so", "meinte", "meint", "unterstrich", "unterstreicht", "fügte",
    "freute sich", "freut sich", "berichtete", "berichtet", "kündigte", "kündigt", "hob", "hebt",
)  # fmt: skip
SAYING_VERBS: Final = "(?:" + "|".join(_SAYING) + ")"
SAYING_VERBS_AT_WORD: Final = at_word_start(_SAYING)
"""``\\b`` + a saying verb (see :func:`at_word_start`)."""

# Head nouns that introduce a name of an initiative, with the class and kind it gets.
INITIATIVE_HEADS: Final = {
    "förderaufruf": ("Initiative", "funding_call"),
    "förderprogramm": ("Initiative", "programme"),
    "landesprogramm": ("Initiative", "programme"),
    "bundesprogramm": ("Initiative", "programme"),
    "sonderprogramm": ("Initiative", "programme"),
    "förderlinie": ("Initiative", "programme"),
    "schwerpunkt": ("Initiative", "programme"),
    "förderschwerpunkt": ("Initiative", "programme"),
    "programm": ("Initiative", "programme"),
    "qualifizierungsprogramm": ("Initiative", "qualification_programme"),
    "schulungsprogramm": ("Initiative", "qualification_programme"),
    "landeswettbewerb": ("Initiative", "competition"),
    "bundeswettbewerb": ("Initiative", "competition"),
    "wettbewerb": ("Initiative", "competition"),
    "ideenwettbewerb": ("Initiative", "competition"),
    "leuchtturmprojekt": ("Initiative", "lighthouse_project"),
    "modellprojekt": ("Initiative", "model_project"),
    "pilotprojekt": ("Initiative", "project"),
    "projekt": ("Initiative", "project"),
    "verbundprojekt": ("Initiative", "project"),
    "digitalisierungsstrategie": ("Initiative", "strategy"),
    "digitalstrategie": ("Initiative", "strategy"),
    "strategie": ("Initiative", "strategy"),
    "offensive": ("Initiative", "programme"),
    "digitalisierungsoffensive": ("Initiative", "programme"),
    "kampagne": ("Initiative", "campaign"),
    "portal": ("Initiative", "portal"),
    "plattform": ("Initiative", "portal"),
    "app": ("Initiative", "digital_service"),
    "chatbot": ("Initiative", "digital_service"),
    "bot": ("Initiative", "digital_service"),
    "assistent": ("Initiative", "digital_service"),
    "assistentin": ("Initiative", "digital_service"),
    "anwendung": ("Initiative", "digital_service"),
    "software": ("Initiative", "digital_service"),
    "system": ("Initiative", "digital_service"),
    "dienst": ("Initiative", "digital_service"),
    "lösung": ("Initiative", "digital_service"),
    "fonds": ("Initiative", "programme"),
    "preis": ("Initiative", "competition"),
    "förderpreis": ("Initiative", "competition"),
    "initiative": ("Initiative", "programme"),
    "vorhaben": ("Initiative", "project"),
    "zertifikatskurs": ("Initiative", "qualification_programme"),
    "zweckverband": ("Organisation", "special_purpose_association"),
    "netzwerk": ("Organisation", "network"),
    "bündnis": ("Organisation", "network"),
    "allianz": ("Organisation", "network"),
    "verbund": ("Organisation", "network"),
    "konferenz": ("Event", "conference"),
    "messe": ("Event", "event"),
    "forum": ("Event", "event"),
    "gipfel": ("Event", "event"),
    "festival": ("Event", "event"),
    "hackathon": ("Event", "event"),
    "kongress": ("Event", "conference"),
    "tagung": ("Event", "conference"),
    "veranstaltung": ("Event", "event"),
    "onlineveranstaltung": ("Event", "event"),
    "workshop": ("Event", "workshop"),
    "sommerschule": ("Event", "event"),
    "titel": ("Event", "event"),
    "vereinbarung": ("Initiative", "agreement"),
    "abkommen": ("Initiative", "agreement"),
    "gesetz": ("Law", "law"),
}

EVENT_HEAD_RE: Final = (
    r"[A-ZÄÖÜ](?<![\wäöüß][A-ZÄÖÜ])"
    r"(?:[\wäöüß-]*+(?:"
    + "|".join(
        f"(?<={head})"
        for head in (
            "konferenz",
            "kongress",
            "gipfel",
            "summit",
            "festival",
            "hackathon",
            "barcamp",
            "messe",
            "netzwerkevent",
            "netzwerktreffen",
            "forum",
            "sommerschule",
            "winterschule",
        )
    )
    + ")"
    r"|(?:(?<=D)igital|(?<=A)ktions|(?<=F)ach|(?<=Z)ukunfts|(?<=I)nnovations|(?<=K)ommunal)tag"
    r"|[\wäöüß]*+-(?:[A-ZÄÖÜ][a-zäöüß]*tag|Tag))"
)
"""The name of an event by its head ("…konferenz", "Digitaltag", "X-Tag"), at a word's start:
its capital is read first (so the engine skips to capitals), then the rest of each form; a
compound is read to its end and its head looked for behind (the name ends with the word)."""
EVENT_ANCHOR: Final = re.compile(
    r"konferenz|kongress|gipfel|summit|festival|hackathon|barcamp|messe|netzwerk|forum|tag|"
    r"-Tag|erschule"
)
"""A part of every match of ``EVENT_HEAD_RE`` (searched for first, see ``windows.windowed``)."""
EVENT_ANCHOR_END: Final = re.compile(r"(?:(?<=netzwerk)(?:event|treffen))?(?![\wäöüß-])")
"""What follows the part of ``EVENT_HEAD_RE`` found by ``EVENT_ANCHOR`` (the end of its word:
a name read by that pattern ends with its head), so only such parts are read around."""

ORG_KIND_CLASS: Final = {
    "ministry": "Organisation",
    "municipal_association": "Organisation",
    "city": "Organisation",
    "municipality": "Organisation",
    "county": "Organisation",
    "company": "Organisation",
    "startup": "Organisation",
    "agency": "Organisation",
    "network": "Organisation",
    "state": "Organisation",
}

LEGAL_FORMS: Final = (
    r"(?:GmbH(?:\s*&\s*Co\.\s*KG)?|gGmbH|AG|SE|KGaA|KG|OHG|GbR|UG|eG|e\.\s?V\.|AöR|mbH)"
)

OPENING_QUOTES: Final = ("„", "“", '"', "»")
"""Marks that open a quoted name (one character each; an empty slice is none of them)."""
CLOSING_QUOTES: Final = ("“", "”", '"', "«")
"""Marks that close a quoted name."""

PLACE_HEADS: Final = {
    "Stadt": "city",
    "Landeshauptstadt": "city",
    "Hansestadt": "city",
    "Kreisstadt": "city",
    "Universitätsstadt": "city",
    "Gemeinde": "municipality",
    "Markt": "municipality",
    "Samtgemeinde": "municipality",
    "Verbandsgemeinde": "municipality",
    "Landkreis": "county",
    "Kreis": "county",
    "Städteregion": "county",
    "Lutherstadt": "city",
    "Wissenschaftsstadt": "city",
    "Landgemeinde": "municipality",
    "Ortsgemeinde": "municipality",
    "Stadtgemeinde": "municipality",
    "Einheitsgemeinde": "municipality",
    "Bezirksamt": "district",
    "Bezirk": "district",
    "Amt": "municipality",
    "Region": "county",
    "Marktflecken": "municipality",
    "Flecken": "municipality",
    "Verwaltungsgemeinschaft": "municipality",
}

PLURAL_PLACE_HEADS: Final = {
    "Städte": ("Stadt", "city"),
    "Gemeinden": ("Gemeinde", "municipality"),
    "Samtgemeinden": ("Samtgemeinde", "municipality"),
    "Verbandsgemeinden": ("Verbandsgemeinde", "municipality"),
    "Ortsgemeinden": ("Ortsgemeinde", "municipality"),
    "Landkreise": ("Landkreis", "county"),
    "Kreise": ("Kreis", "county"),
    "Bezirksämter": ("Bezirksamt", "district"),
    "Bezirke": ("Bezirk", "district"),
    "Ämter": ("Amt", "municipality"),
    "Verwaltungsgemeinschaften": ("Verwaltungsgemeinschaft", "municipality"),
    "Zweckverbände": ("Zweckverband", "special_purpose_association"),
}
"""The plural of a kind of local body before a list of names ("die Landkreise A und B")."""

ORG_NOUNS: Final = (
    r"anstalt|institut|zentrum|zentrale|verband|bund|amt|agentur|rat\b|beauftragte|"
    r"gesellschaft|stiftung|verein|akademie|schule|universität|hochschule|kammer|behörde|"
    r"dienst|kanzlei|ministeri|senat|netzwerk|gmbh|\bag\b|tag\b|tages\b|werk|kommission|"
    r"landeszentrum|rechenzentrum|büro|betrieb|gemeinschaft|forum|kreis|stadt|gemeinde"
)
"""Nouns (and their endings) that name a kind of body, for names read back from a short form."""

_UNITS: Final = """Euro EUR Prozent Jahr Jahre Jahren Jahres Monat Monate Monaten Woche Wochen
    Tag Tage
    Tagen Stunde Stunden Minute Minuten Uhr Mal Kilogramm Kilometer Meter Gramm Liter Punkte
    Mio Millionen Milliarden Mrd Tausend Seiten Grad Cent"""
COUNT_UNITS_EXCLUDED: Final = frozenset(_UNITS.split())
